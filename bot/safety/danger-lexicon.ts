// The immediate-danger lexicon: knowledge/immediate-danger.yml (national) plus an optional
// knowledge/<partnership>/immediate-danger.yml that adds words. Content, validated at load like the rest.
import { z } from 'zod';

const phrases = z.array(z.string().trim().min(1)).default([]);

export const NEEDS = ['at_risk', 'now'] as const;
export type Need = (typeof NEEDS)[number];

const situation = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    category: z.string().min(1),
    /** Word classes that must also appear somewhere in the message; [] = an emergency on its own. */
    needs: z.array(z.enum(NEEDS)).default([]),
    words: z.array(z.string().trim().min(1)).min(1),
    /** Words of which one must also appear somewhere in the message (another clause will do): a situation told
     *  in two parts ("dad dropped him" ... "now being sick"). Absent = no such need. */
    with: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();

const notNow = z
  .object({
    negation: phrases,
    past: phrases,
    asking: phrases,
    reassurance: phrases,
    not_danger: phrases,
  })
  .strict();

export const lexiconSchema = z
  .object({
    version: z.literal(1),
    spellings: z.record(z.string().regex(/^[a-z0-9']+$/, "a single lower-case word (an apostrophe is allowed: od'd)"), z.string().min(1)).default({}),
    at_risk: phrases,
    now: phrases,
    right_now: phrases,
    not_now: notNow.default({ negation: [], past: [], asking: [], reassurance: [], not_danger: [] }),
    situations: z.array(situation).default([]),
  })
  .strict();

/** A partnership's file adds words: every field optional; a situation with a known id adds to its words. */
export const lexiconExtensionSchema = z
  .object({
    version: z.literal(1),
    spellings: z.record(z.string().regex(/^[a-z0-9']+$/, "a single lower-case word (an apostrophe is allowed: od'd)"), z.string().min(1)).optional(),
    at_risk: z.array(z.string().trim().min(1)).optional(),
    now: z.array(z.string().trim().min(1)).optional(),
    right_now: z.array(z.string().trim().min(1)).optional(),
    not_now: notNow.partial().optional(),
    situations: z
      .array(situation.extend({ category: z.string().min(1).optional(), needs: z.array(z.enum(NEEDS)).optional() }).strict())
      .optional(),
  })
  .strict();

export type DangerLexicon = z.infer<typeof lexiconSchema>;
export type DangerLexiconExtension = z.infer<typeof lexiconExtensionSchema>;
export type Situation = DangerLexicon['situations'][number];

/** The national lexicon with a partnership's additions; problems name the file and the field. */
export function extendLexicon(base: DangerLexicon, ext: DangerLexiconExtension, file: string, problems: string[]): DangerLexicon {
  const nn = ext.not_now ?? {};
  const situations = base.situations.map((s) => ({ ...s, words: [...s.words], ...(s.with ? { with: [...s.with] } : {}) }));
  for (const [i, s] of (ext.situations ?? []).entries()) {
    const known = situations.find((x) => x.id === s.id);
    if (known) {
      known.words.push(...s.words);
      if (s.with) known.with = [...(known.with ?? []), ...s.with];
      // A partnership adds words; what a national situation needs stays national.
      if (s.needs && s.needs.join() !== known.needs.join()) problems.push(`${file}: situations.${i}.needs: "${s.id}" is national; add words to it, or give a new situation its own id`);
    } else if (!s.category) {
      problems.push(`${file}: situations.${i}.category: a new situation "${s.id}" needs a category`);
    } else {
      situations.push({ id: s.id, category: s.category, needs: s.needs ?? [], words: s.words, ...(s.with ? { with: s.with } : {}) });
    }
  }
  return {
    version: 1,
    spellings: { ...base.spellings, ...ext.spellings },
    at_risk: [...base.at_risk, ...(ext.at_risk ?? [])],
    now: [...base.now, ...(ext.now ?? [])],
    right_now: [...base.right_now, ...(ext.right_now ?? [])],
    not_now: {
      negation: [...base.not_now.negation, ...(nn.negation ?? [])],
      past: [...base.not_now.past, ...(nn.past ?? [])],
      asking: [...base.not_now.asking, ...(nn.asking ?? [])],
      reassurance: [...base.not_now.reassurance, ...(nn.reassurance ?? [])],
      not_danger: [...base.not_now.not_danger, ...(nn.not_danger ?? [])],
    },
    situations,
  };
}
