// Validates a card against Adaptive Cards 1.5 with the official parser (its UMD bundle works without a DOM),
// plus the checks it does not make: version <= 1.5, and an Action.Submit fallback on every Action.Execute.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.min.js');

export function cardProblems(card: any): string[] {
  const problems: string[] = [];
  if (card?.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (!(Number(card?.version) <= 1.5)) problems.push(`version ${card?.version} is above 1.5 (what Teams renders)`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  const stack = [card];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'Action.Execute') {
      if (node.fallback?.type !== 'Action.Submit') problems.push(`Action.Execute "${node.title}" has no Action.Submit fallback`);
      else if (JSON.stringify(node.fallback.data) !== JSON.stringify(node.data)) problems.push(`Action.Execute "${node.title}": fallback data differs`);
      if (node.data?.verb !== node.verb) problems.push(`Action.Execute "${node.title}": data.verb must equal verb`);
    }
    if (typeof node.text === 'string' && /\$\{/.test(node.text)) problems.push(`unexpanded template text: ${node.text.slice(0, 60)}`);
    for (const v of Object.values(node)) if (v && typeof v === 'object') stack.push(v);
  }
  return problems;
}
