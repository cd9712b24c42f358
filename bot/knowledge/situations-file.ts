// The shape of knowledge/situations.yml: classes of everyday words ("TA", "coach"; "pinched", "shoved") and the
// situations their combinations describe, pointing at areas, tags and words of the content, never at section
// ids, so one file serves any partnership's documents. Validated at load, with every problem listed.
import { z } from 'zod';
import { AREAS } from './types.ts';

const phrase = z.string().trim().min(1, 'is empty');
const className = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case class name');

const target = z
  .object({
    /** Documents in these areas. */
    areas: z.array(z.enum(AREAS)).default([]),
    /** Documents tagged with any of these (front matter tags). */
    tags: z.array(phrase).default([]),
    /** Sections whose heading or questions say any of these. */
    words: z.array(phrase).default([]),
  })
  .strict();

const situationSchema = z
  .object({
    id: className,
    /** What the situation is, in a practitioner's words (shown in logs and the clarifying card). */
    about: phrase,
    /** Any one line fits; a line fits when the question has a word from every class it names. */
    when: z.array(z.array(className).min(1)).min(1),
    /** Classes that rule the situation out ("another pupil" is not an allegation against staff). */
    unless: z.array(className).default([]),
    prefer: target,
    avoid: target.optional(),
    /** Broader situations this one is a special case of: when this one fits, they are set aside, so the general
     * one ("a disagreement") does not pull towards its own sections against the specific one ("my own head won't act"). */
    replaces: z.array(className).default([]),
    /** How strongly the situation steers the ranking, 0.5-2 (1 by default). */
    strength: z.number().min(0.25).max(3).default(1),
    /** In a message about immediate danger, the section this situation finds may come before the emergency section,
     *  when that section itself says to call 999 ("who do I ring at 2am?": the out-of-hours number). The 999 banner
     *  still comes first. `unless_danger`: not when the danger read is one of these situations or categories
     *  (knowledge/immediate-danger.yml), e.g. a drunk parent who is also violent: the police first. */
    before_emergency: z.union([z.boolean(), z.object({ unless_danger: z.array(z.string().min(1)).min(1) }).strict()]).default(false),
  })
  .strict();

const clarifySchema = z
  .object({
    when: z.array(className).min(1),
    unless: z.array(className).default([]),
    ask: phrase.max(200),
    choices: z
      .array(z.object({ label: phrase.max(60), adds: phrase.max(80) }).strict())
      .min(2)
      .max(4),
  })
  .strict();

/** Office, IT and HR talk ("locked out of my laptop", "reset my password"): a question using one of `classes` is
 * about safeguarding only when it also uses one of `unless` (a child, a harm), not a procedure word alone
 * ("case management system"). */
const officeRule = z.object({ classes: z.array(className).default([]), unless: z.array(className).default([]) }).strict();

const fileSchema = z
  .object({
    speaker: z
      .object({
        before: z.array(phrase).default([]),
        after: z.array(phrase).default([]),
        /** Said after a role that opens a sentence ("HV here, ..."): "wait till baby's here" names no speaker. */
        opening_after: z.array(phrase).default([]),
        /** The classes whose words can be the speaker (people); empty: any. "cuts on his wrists, says it's nothing" is a harm, not who speaks. */
        classes: z.array(className).default([]),
      })
      .strict()
      .default({ before: [], after: [], opening_after: [], classes: [] }),
    classes: z.record(className, z.array(phrase).min(1)).default({}),
    /** Classes that say who and what happened: once a situation is recognised, they count less in choosing
     * its section, and the rest of the question (what the practitioner wants to know) counts more. */
    background: z.array(className).default([]),
    /** Classes that say where or when (a club, a classroom, the lunch hall): background whenever a situation fits. */
    incidental: z.array(className).default([]),
    /** Classes read on their own, beside the others rather than competing with them for the longest phrase:
     * "my headteacher" is both the practitioner's own organisation and a senior leader. */
    overlay: z.array(className).default([]),
    /** Classes whose words show a question is about safeguarding (a child, a harm, a procedure's word). A
     * question with none is never answered confidently: a chance overlap ("meeting", "room", "form") with the
     * content is not evidence. Empty: no such check. */
    domain: z.array(className).default([]),
    /** Domain classes that, used alone, are weak evidence ("ideas for a year 3 science lesson" names only a child). */
    weak: z.array(className).default([]),
    /** Weak classes two of whose different words, said together, are evidence enough: the procedure's words rarely pair
     * up by chance ("the social work assessment", "a case conference"), where one alone ("book the room for my
     * supervision") says nothing. */
    paired: z.array(className).default([]),
    /** Domain classes whose one word is evidence enough: words that mean safeguarding wherever they are said ("the
     * LADO"). One word of any other domain class, with no situation, is weak evidence ("the spider
     * plant looks neglected", "a referral code for the staff gym"). */
    strong: z.array(className).default([]),
    /** Office, IT and HR talk: one rule or a list (see officeRule). */
    office: z
      .union([officeRule, z.array(officeRule)])
      .default([])
      .transform((r) => (Array.isArray(r) ? r : [r])),
    /** The speaker's own life ("my mum", "my son's school"): a question using one of these classes, with no domain
     * word and no situation, is personal, and a chance overlap with the content is not evidence to answer on. */
    personal: z.array(className).default([]),
    /** Who did what: an act (`acts`) is done by the nearest `doers` word before it in the same sentence. A doer
     * class none of whose words did anything ("a parent says the head grabbed her son": the parent) makes no
     * situation of its own, once some act has a doer. */
    doers: z.array(className).default([]),
    acts: z.array(className).default([]),
    /** Classes that make a heading conditional ("It's the weekend: ...", "The child lives outside ..."): a section
     * whose heading names one fits a question without it less. */
    conditions: z.array(className).default([]),
    /** A heading naming one doer answers for others too: `works-with-children: [senior-leader]` (the head is staff). */
    covers: z.record(className, z.array(className)).default({}),
    /** A doer an act is done to ("messaging a year 10 girl") is read as the class given here, not as a doer:
     * `another-child: about-a-child` says the child harmed is not another child who did it. */
    harmed: z.record(className, className).default({}),
    /** A class that names a content area as its own word does ("a review about..." names learning): a situation that
     * steers away from the area does not, for a question that names it. */
    names_area: z.record(className, z.enum(AREAS)).default({}),
    /** An act done to a partner or a parent ("her fella hit her", "dad shoved mum"): abuse of a parent, read as `as`.
     * A partner said as someone's (`to_partner`: "her" fella) with that someone right after the act ("hit her"), unless
     * one of `child_after` follows ("her fella hit her son" is harm to the child); or a doer in `partners` or `by` with
     * one of `to_parent` ("mum's boyfriend hit mum", not "mum's boyfriend hit him"). */
    partner_harm: z
      .object({ partners: className, by: z.array(className).default([]), to_partner: z.record(phrase, z.array(phrase).min(1)), to_parent: z.array(phrase).default([]), child_after: z.array(phrase).default([]), as: className })
      .strict()
      .optional(),
    situations: z.array(situationSchema).default([]),
    clarify: z.array(clarifySchema).default([]),
  })
  .strict();

export type SituationsFile = z.infer<typeof fileSchema>;
export type SituationSpec = SituationsFile['situations'][number];
export type ClarifySpec = SituationsFile['clarify'][number];
export type TargetSpec = z.infer<typeof target>;

export const EMPTY_SITUATIONS: SituationsFile = { speaker: { before: [], after: [], opening_after: [], classes: [] }, classes: {}, background: [], incidental: [], overlay: [], domain: [], weak: [], paired: [], strong: [], office: [], personal: [], doers: [], acts: [], conditions: [], covers: {}, harmed: {}, names_area: {}, situations: [], clarify: [] };

export function parseSituations(raw: unknown): { situations: SituationsFile; problems: string[] } {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    return { situations: EMPTY_SITUATIONS, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`) };
  }
  const file = parsed.data;
  const problems: string[] = [];
  const known = (where: string, names: string[]) => {
    for (const n of names) if (!file.classes[n]) problems.push(`${where}: no class "${n}" under classes:`);
  };
  known('speaker.classes', file.speaker.classes);
  known('background', file.background);
  known('domain', file.domain);
  known('weak', file.weak);
  known('strong', file.strong);
  known('paired', file.paired);
  for (const n of file.paired) if (!file.weak.includes(n)) problems.push(`paired: "${n}" is not a weak class (listed under weak:)`);
  known('overlay', file.overlay);
  known('incidental', file.incidental);
  for (const rule of file.office) {
    known('office.classes', rule.classes);
    known('office.unless', rule.unless);
  }
  known('personal', file.personal);
  known('doers', file.doers);
  known('acts', file.acts);
  known('harmed', [...Object.keys(file.harmed), ...Object.values(file.harmed)]);
  known('covers', [...Object.keys(file.covers), ...Object.values(file.covers).flat()]);
  known('conditions', file.conditions);
  // A `*` stands for one word and `...` for a few, after the first word: phrases are looked up by their first word.
  for (const [cls, list] of Object.entries(file.classes)) {
    for (const phrase of list) {
      if (/^\s*\*|\*\s*\*/.test(phrase)) problems.push(`classes.${cls}: "${phrase}" — a * stands for one word inside a phrase, never its first word, and never two in a row`);
      if (/^\s*\.\.\.|\.\.\.\s*$|\.\.\.\s*(\*|\.\.\.)|\*\s*\.\.\./.test(phrase)) problems.push(`classes.${cls}: "${phrase}" — a ... skips words between two parts of a phrase: never first, last, or beside a * or another ...`);
    }
  }
  known('names_area', Object.keys(file.names_area));
  if (file.partner_harm) known('partner_harm', [file.partner_harm.partners, file.partner_harm.as, ...file.partner_harm.by]);
  const ids = new Set<string>();
  file.situations.forEach((s, i) => {
    if (ids.has(s.id)) problems.push(`situations.${i}: duplicate id "${s.id}"`);
    ids.add(s.id);
    s.when.forEach((line, k) => known(`situations.${i} (${s.id}).when.${k}`, line));
    known(`situations.${i} (${s.id}).unless`, s.unless);
    for (const r of s.replaces) if (!file.situations.some((o) => o.id === r)) problems.push(`situations.${i} (${s.id}).replaces: no situation "${r}"`);
    const p = s.prefer;
    if (!p.areas.length && !p.tags.length && !p.words.length) problems.push(`situations.${i} (${s.id}).prefer: names no areas, tags or words`);
  });
  file.clarify.forEach((c, i) => {
    known(`clarify.${i}.when`, c.when);
    known(`clarify.${i}.unless`, c.unless);
  });
  return { situations: file, problems };
}
