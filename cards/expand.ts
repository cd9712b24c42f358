// Expands a JSON template (cards/*.json) with data through adaptivecards-templating.
import * as ACData from 'adaptivecards-templating';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AdaptiveCard } from './types.ts';

const templates = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let t = templates.get(name);
  if (!t) {
    const path = fileURLToPath(new URL(`./${name}.json`, import.meta.url));
    t = new ACData.Template(JSON.parse(readFileSync(path, 'utf8')));
    templates.set(name, t);
  }
  return t;
}

export function expandCard(name: string, data: object): AdaptiveCard {
  return template(name).expand({ $root: data }) as AdaptiveCard;
}
