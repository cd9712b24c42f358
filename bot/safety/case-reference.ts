// The shape of a case or audit reference: a short letter prefix and numbers, like LADO-2026-0412 or MACA-2026-03.
// Names and dates of birth do not fit it, so "Jayden Whitfield 2015" and "WHITFIELD-J-14032015" are refused
// even where the personal-data check alone would let a surname through.
import { GIVEN_NAMES } from './given-names.ts';
import { findPersonalData } from './personal-data.ts';

export type ReferenceProblem = 'shape' | 'no-number' | 'name' | 'date';

/** Prefix of 1-6 letters, then 1-4 parts of digits (or up to 3 letters, or both) separated by - / or . */
const SHAPE = /^[A-Za-z]{1,6}(?:[-/.][A-Za-z0-9]{1,10}){1,4}$/;

export function referenceProblem(ref: string): ReferenceProblem | undefined {
  const kinds = findPersonalData(ref);
  if (kinds.includes('date-of-birth') || dateLike(ref)) return 'date';
  if (kinds.length) return 'name';
  if (!SHAPE.test(ref)) return /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(ref) || /^[A-Za-z]{7,}/.test(ref) ? 'name' : 'shape';
  const [prefix, ...parts] = ref.split(/[-/.]/);
  if (GIVEN_NAMES.has(prefix!.toLowerCase())) return 'name';
  // A word after the prefix ("WHITFIELD-J", "LADO-SMITH") is a name, not a number; a short suffix ("-A") is fine.
  if (parts.some((p) => /^[A-Za-z]{4,}$/.test(p))) return 'name';
  if (!/\d/.test(ref)) return 'no-number';
  return undefined;
}

/** Six or eight digits that read as a calendar date (14032015, 140315, 20150314): a date of birth, probably. */
function dateLike(ref: string): boolean {
  for (const run of ref.match(/\d+/g) ?? []) {
    if (run.length === 8 && (validDate(+run.slice(4), +run.slice(2, 4), +run.slice(0, 2)) || validDate(+run.slice(0, 4), +run.slice(4, 6), +run.slice(6)))) return true;
    if (run.length === 6 && validDate(2000 + +run.slice(4), +run.slice(2, 4), +run.slice(0, 2))) return true;
  }
  // Day, month and year as separate parts: LADO-14-03-2015.
  return /(?:^|[-/.])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}(?:$|[-/.])/.test(ref);
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A kind sentence for the form: what was wrong, and the shape we expect (`example` is that shape). */
export function referenceAdvice(problem: ReferenceProblem, what: string, example: string): string {
  const shape = `like ${example}: a few letters, then numbers, separated by - / or . (no spaces)`;
  if (problem === 'name') return `The ${what} looks like it includes a name. Please use a reference ${shape}, with no names.`;
  if (problem === 'date') return `The ${what} looks like it includes a date of birth. Please use a reference ${shape}, with no dates of birth.`;
  return `Please write the ${what} ${shape}.`;
}
