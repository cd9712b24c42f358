// Where drafts may go: knowledge/<partnership>/<area>/ and nowhere else. Every name is checked
// before use, so "--area ../../etc" or "--id ../x" is refused rather than resolved.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS, type Area } from '../../bot/knowledge/types.ts';
import { ImportError } from './import-error.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Target {
  knowledgeDir: string;
  partnership: string;
  area: Area;
  id?: string;
}

export function checkTarget(knowledgeDir: string, partnership: string | undefined, area: string | undefined, id: string | undefined): Target {
  if (!partnership) throw new ImportError('Say which partnership the documents are for: --partnership wigan');
  if (!KEBAB.test(partnership) || partnership === 'national') {
    throw new ImportError(`--partnership "${partnership}": must be the name of a partnership folder under knowledge/, such as wigan.`);
  }
  if (!existsSync(join(knowledgeDir, partnership, 'partnership.yml'))) {
    throw new ImportError(`--partnership "${partnership}": there is no ${join(knowledgeDir, partnership, 'partnership.yml')}. Check the spelling, or set up the partnership's profile first.`);
  }
  if (!area) throw new ImportError(`Say which area the documents belong to: --area ${AREAS.join(' | ')}`);
  if (!(AREAS as readonly string[]).includes(area)) throw new ImportError(`--area "${area}": must be one of ${AREAS.join(', ')}.`);
  if (id !== undefined && !KEBAB.test(id)) {
    throw new ImportError(`--id "${id}": must be lower-case words joined by hyphens, such as ${partnership}-${area}-procedure (no slashes or dots).`);
  }
  return { knowledgeDir, partnership, area: area as Area, id };
}

export function checkSourceUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return url;
  } catch {
    // fall through to the refusal
  }
  throw new ImportError(`--source-url "${url}": must be the published document's web address, starting https://`);
}
