// Teams-shaped activities, as Teams sends them to /api/messages.
let seq = 1_700_000_000_000;

export interface Person {
  id: string;
  aadObjectId: string;
  conversationId: string;
}

export const TENANT = 'tenant-1';

export function person(n: number | string): Person {
  return { id: `29:user-${n}`, aadObjectId: `aad-user-${n}`, conversationId: `a:personal-${n}` };
}

function base(serviceUrl: string, who: Person) {
  return {
    id: String(++seq),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: who.id, name: 'Display Name Never Stored', aadObjectId: who.aadObjectId },
    conversation: { id: who.conversationId, conversationType: 'personal', tenantId: TENANT },
    recipient: { id: '28:bot-app-id', name: 'Safeguarding Assistant' },
    locale: 'en-GB',
    channelData: { tenant: { id: TENANT } },
  };
}

export function message(serviceUrl: string, who: Person, text: string, extra: Record<string, unknown> = {}) {
  return { ...base(serviceUrl, who), type: 'message', text, textFormat: 'plain', ...extra };
}

/** Action.Submit: a message whose value is the card data (Teams mobile path). */
export function submit(serviceUrl: string, who: Person, data: Record<string, unknown>, replyToId = 'card-activity-1') {
  return { ...base(serviceUrl, who), type: 'message', text: '', value: data, replyToId };
}

/** Action.Execute: an adaptiveCard/action invoke (desktop and web path). */
export function execute(serviceUrl: string, who: Person, verb: string, data: Record<string, unknown>) {
  return {
    ...base(serviceUrl, who),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' },
  };
}

export function installed(serviceUrl: string, who: Person) {
  return { ...base(serviceUrl, who), type: 'installationUpdate', action: 'add' };
}

/** Finds a card action anywhere in a card (body ActionSets or actions) by title. */
export function findAction(card: any, title: string): any {
  const stack = [card];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && node.title === title) return node;
    for (const v of Object.values(node)) if (v && typeof v === 'object') stack.push(v);
  }
  return undefined;
}

/** All text in a card, joined: for asserting what a person would read. */
export function cardText(card: any): string {
  const out: string[] = [];
  const stack = [card];
  while (stack.length) {
    const node = stack.shift();
    if (!node || typeof node !== 'object') continue;
    if (typeof node.text === 'string') out.push(node.text);
    if (node.type === 'FactSet') for (const f of node.facts ?? []) out.push(`${f.title}: ${f.value}`);
    if (typeof node.title === 'string' && typeof node.type === 'string' && node.type.startsWith('Action.')) out.push(`[${node.title}]`);
    for (const v of Object.values(node)) if (v && typeof v === 'object') stack.push(v);
  }
  return out.join('\n');
}
