// Signs that a message carries identifying details. We warn, and never store or log such text.

export type PersonalDataKind = 'name' | 'date-of-birth' | 'nhs-number' | 'phone' | 'email' | 'postcode' | 'address';

const CHECKS: Array<[PersonalDataKind, RegExp]> = [
  ['email', /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/],
  ['nhs-number', /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/],
  ['phone', /(\+44\s?|\b0)(\d[\s-]?){9,10}\b/],
  ['postcode', /\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/i],
  ['date-of-birth', /\b(d\.?o\.?b\.?|date of birth|born on|birthday)\b|\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)?\d{2}\b/i],
  ['address', /\b\d{1,4}\s+[A-Z][a-z]+\s+(Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Court|Terrace)\b/],
  // A capitalised word after "called", "named", "name is" — the usual way a name slips into chat.
  ['name', /\b(called|named|name is|name's|goes by|known as)\s+[A-Z][a-z'-]+/],
  ['name', /\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'-]+/],
];

// Job titles and document names that follow "called" without being a person.
const NOT_A_NAME = /\b(called|named|known as)\s+(the|a|an|my|our|their|his|her|Early|Level|Team|Children|Child|Start|Working|Keeping|Section|LADO|MASH|TAF|EHA)\b/;

export function findPersonalData(text: string): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  for (const [kind, re] of CHECKS) {
    if (!re.test(text)) continue;
    if (kind === 'name' && NOT_A_NAME.test(text) && !/\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]/.test(text)) continue;
    found.add(kind);
  }
  return [...found];
}

export function describePersonalData(kinds: PersonalDataKind[]): string {
  const words: Record<PersonalDataKind, string> = {
    name: 'a name',
    'date-of-birth': 'a date of birth',
    'nhs-number': 'an NHS number',
    phone: 'a phone number',
    email: 'an email address',
    postcode: 'a postcode',
    address: 'an address',
  };
  const list = kinds.map((k) => words[k]);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
