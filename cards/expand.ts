// Expands a card template (cards/*.json) with data: each template read and parsed once, on first use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTemplate, type CardTemplate } from './template.ts';
import type { AdaptiveCard } from './types.ts';

const templates = new Map<string, CardTemplate>();

function template(name: string): CardTemplate {
  let t = templates.get(name);
  if (!t) {
    const path = fileURLToPath(new URL(`./${name}.json`, import.meta.url));
    t = compileTemplate(JSON.parse(readFileSync(path, 'utf8')));
    templates.set(name, t);
  }
  return t;
}

export function expandCard(name: string, data: object): AdaptiveCard {
  return template(name).expand(data) as AdaptiveCard;
}
