// Reads knowledge/<partnership>/ and knowledge/national/ into validated documents.
// Collects every problem (file, field, why) before failing, so one run of knowledge:check lists them all.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYaml } from './yaml.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { z } from 'zod';
import { AREAS, type GlossaryEntry, type KnowledgeDoc } from './types.ts';
import { splitSections } from './sections.ts';
import { KnowledgeError, parsePartnership, type PartnershipProfile } from '../partnership/profile.ts';
import { EMPTY_SITUATIONS, parseSituations, type SituationsFile } from './situations-file.ts';
import { extendLexicon, lexiconExtensionSchema, lexiconSchema, type DangerLexicon } from '../safety/danger-lexicon.ts';
import { createDangerDetector, lexiconProblems, type DangerDetector } from '../safety/immediate-danger.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a quoted date "YYYY-MM-DD"');
const stringList = z.array(z.string().min(1)).default([]);
/** A practitioner's question is a sentence, not a paragraph: long ones drown the words that matter. */
export const MAX_QUESTION_CHARS = 160;
const practitionerQuestion = z
  .string()
  .trim()
  .min(3, 'is empty: write how a practitioner would ask it')
  .max(MAX_QUESTION_CHARS, `is longer than ${MAX_QUESTION_CHARS} characters: one question, in everyday words`);

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  title: z.string().min(1),
  area: z.enum(AREAS),
  partnership: z.string().min(1),
  source_title: z.string().min(1),
  source_url: z.string().url(),
  last_reviewed: isoDate,
  owner: z.string().min(1),
  status: z.enum(['current', 'verify']),
  tags: stringList,
  audience: stringList,
  related: stringList,
  sources: stringList,
  // Checked on its own (questionsSchema), so a bad question and an unknown slug are both reported.
  questions: z.unknown().optional(),
  /** What practitioners call the publication this document summarises ("Working Together", "KCSIE"). */
  known_as: stringList,
  /** One line for "What's new" saying what this edit changed. */
  change_note: z.string().trim().min(1).max(200).regex(/^[^\n]*$/, 'must be one line').optional(),
});

// section slug -> the ways practitioners ask for it (indexed as one of the section's strongest fields)
const questionsSchema = z.record(z.string(), z.array(practitionerQuestion).min(1, 'lists no questions')).default({});

const glossarySchema = z.array(
  z.object({
    term: z.string().min(1),
    means: z.string().optional(),
    also: stringList,
    misspellings: stringList,
  }),
);

export interface KnowledgeBase {
  partnership: PartnershipProfile;
  docs: KnowledgeDoc[];
  glossary: GlossaryEntry[];
  situations: SituationsFile;
  /** Immediate danger, recognised from knowledge/immediate-danger.yml plus the partnership's additions; compiled once. */
  immediateDanger: DangerDetector;
  dangerLexicon: DangerLexicon;
}

export interface LoadOptions {
  /** Where section word counts fall outside 40-300: reported as warnings, not problems. */
  onWarning?: (message: string) => void;
}

export function loadKnowledge(knowledgeDir: string, partnership: string, options: LoadOptions = {}): KnowledgeBase {
  const problems: string[] = [];
  const profileFile = join(knowledgeDir, partnership, 'partnership.yml');
  let profile: PartnershipProfile | undefined;
  if (!existsSync(profileFile)) problems.push(`${rel(knowledgeDir, profileFile)}: missing (PARTNERSHIP=${partnership})`);
  else {
    try {
      profile = parsePartnership(parseYaml(readFileSync(profileFile, 'utf8')), rel(knowledgeDir, profileFile));
    } catch (err) {
      problems.push(...(err instanceof KnowledgeError ? err.problems : [`${rel(knowledgeDir, profileFile)}: ${String(err)}`]));
    }
  }

  const docs: KnowledgeDoc[] = [];
  for (const folder of [partnership, 'national']) {
    const dir = join(knowledgeDir, folder);
    for (const file of markdownFiles(dir)) {
      const doc = readDoc(knowledgeDir, file, folder, problems, options);
      if (doc) docs.push(doc);
    }
  }

  const ids = new Map<string, string>();
  for (const doc of docs) {
    const other = ids.get(doc.id);
    if (other) problems.push(`${doc.file}: id: duplicate document id "${doc.id}" (also in ${other})`);
    ids.set(doc.id, doc.file);
  }
  for (const doc of docs) {
    for (const r of doc.related) if (!ids.has(r)) problems.push(`${doc.file}: related: no document with id "${r}"`);
  }
  if (docs.length === 0) problems.push(`${partnership}: no knowledge documents found under ${knowledgeDir}`);

  if (profile) {
    const emergency = profile.emergency.section;
    const [docId] = emergency.split('#');
    const doc = docs.find((d) => d.id === docId);
    if (!doc?.sections.some((s) => s.id === emergency)) {
      problems.push(`${partnership}/partnership.yml: emergency.section: no section "${emergency}" (the 999-then-front-door section shown first in an emergency)`);
    }
  }

  const glossary = readGlossary(knowledgeDir, problems);
  const situations = readSituations(knowledgeDir, problems);
  const dangerLexicon = readDangerLexicon(knowledgeDir, partnership, problems);
  if (situations && dangerLexicon) problems.push(...unknownDangerKinds(situations, dangerLexicon));
  if (problems.length || !profile || !dangerLexicon) throw new KnowledgeError(problems);
  return { partnership: profile, docs, glossary, situations, immediateDanger: createDangerDetector(dangerLexicon), dangerLexicon };
}

const DANGER_FILE = 'immediate-danger.yml';

/** The national lexicon (required: without it no emergency is recognised) and the partnership's additions. */
function readDangerLexicon(root: string, partnership: string, problems: string[]): DangerLexicon | undefined {
  const read = (file: string): unknown => {
    try {
      const text = readFileSync(join(root, file), 'utf8');
      problems.push(...phrasesCutByComments(text, file));
      return parseYaml(text) ?? {};
    } catch (err) {
      problems.push(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
      return undefined;
    }
  };
  if (!existsSync(join(root, DANGER_FILE))) {
    problems.push(`${DANGER_FILE}: missing: the assistant cannot recognise a child in immediate danger without it`);
    return undefined;
  }
  const raw = read(DANGER_FILE);
  if (raw === undefined) return undefined;
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) problems.push(`${DANGER_FILE}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    return undefined;
  }
  let lexicon = parsed.data;
  const localFile = join(partnership, DANGER_FILE);
  if (existsSync(join(root, localFile))) {
    const local = read(localFile);
    if (local === undefined) return undefined;
    const ext = lexiconExtensionSchema.safeParse(local);
    if (!ext.success) {
      for (const i of ext.error.issues) problems.push(`${localFile}: ${i.path.join('.') || '(root)'}: ${i.message}`);
      return undefined;
    }
    lexicon = extendLexicon(lexicon, ext.data, localFile, problems);
  }
  const found = lexiconProblems(lexicon, existsSync(join(root, localFile)) ? `${DANGER_FILE} + ${localFile}` : DANGER_FILE);
  problems.push(...found);
  return found.length ? undefined : lexicon;
}

/** A problem for each line of a YAML file that matches `pattern`: comment slips the parser reads without complaint. */
function linesLike(text: string, file: string, pattern: RegExp, problem: string): string[] {
  return text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}: line ${i + 1}: ${problem}`] : []));
}

// "[# why, ...": js-yaml reads the comment as the list's first phrase, other YAML readers refuse the line.
function commentsOpeningAList(text: string): string[] {
  return linesLike(text, 'situations.yml', /^\s*\[\s*#/, 'a comment opens the list; put it on a line of its own above');
}

/** In the lexicon "#" stands for a number, but in YAML " #" starts a comment: an unquoted phrase with one would be cut
 *  short there without a word of warning ("is leaving (a|an) # year old" read as "is leaving (a|an)"). */
function phrasesCutByComments(text: string, file: string): string[] {
  return linesLike(text, file, /^\s*-\s+[^"'\s#][^#]*\s#/, 'a phrase with " #" must be in quotes, or YAML reads the rest of the line as a comment');
}

function readDoc(root: string, file: string, folder: string, problems: string[], options: LoadOptions): KnowledgeDoc | undefined {
  const name = rel(root, file);
  let parsed: FrontMatter;
  try {
    parsed = readFrontMatter(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${name}: front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const fm = frontMatterSchema.safeParse(parsed.data);
  if (!fm.success) {
    for (const i of fm.error.issues) problems.push(`${name}: ${i.path.join('.') || 'front matter'}: ${i.message}`);
    return undefined;
  }
  const d = fm.data;
  const expectedPartnership = folder;
  if (d.partnership !== expectedPartnership) {
    problems.push(`${name}: partnership: "${d.partnership}" but the file is under ${folder}/`);
  }
  const split = splitSections(d.id, parsed.content, d.status);
  for (const p of split.problems) problems.push(`${name}: ${p}`);
  const bySlug = new Map(split.sections.map((s) => [s.slug, s]));
  const asked = questionsSchema.safeParse(d.questions);
  if (!asked.success) for (const i of asked.error.issues) problems.push(`${name}: ${['questions', ...i.path].join('.')}: ${i.message}`);
  const questionLists: Record<string, string[]> = asked.success
    ? asked.data
    : Object.fromEntries(
        Object.entries(d.questions && typeof d.questions === 'object' ? (d.questions as Record<string, unknown>) : {}).map(([slug, list]) => [
          slug,
          Array.isArray(list) ? list.filter((q): q is string => typeof q === 'string' && practitionerQuestion.safeParse(q).success).map((q) => q.trim()) : [],
        ]),
      );
  for (const [slug, list] of Object.entries(questionLists)) {
    const section = bySlug.get(slug);
    if (!section) {
      problems.push(`${name}: questions: no section with slug "${slug}" (slugs: ${[...bySlug.keys()].slice(0, 6).join(', ')}${bySlug.size > 6 ? ', …' : ''})`);
      continue;
    }
    const seen = new Set<string>();
    for (const q of list) {
      const key = q.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) options.onWarning?.(`${name}: questions: "${slug}" lists "${q}" twice`);
      seen.add(key);
    }
    section.questions = list;
  }
  const unasked = split.sections.filter((s) => (s.questions ?? []).length === 0);
  if (unasked.length && unasked.length < split.sections.length) {
    options.onWarning?.(`${name}: ${unasked.length} section(s) without questions: ${unasked.map((s) => s.slug).join(', ')}`);
  } else if (unasked.length) options.onWarning?.(`${name}: no questions yet (front matter questions:, see knowledge/README.md)`);
  if (split.sections.length === 0) problems.push(`${name}: no sections (## headings)`);
  for (const s of split.sections) {
    const words = s.text.split(/\s+/).filter(Boolean).length;
    if (words < 15) problems.push(`${name}: section "${s.heading}" has ${words} words; answer the question`);
    else if (words < 40 || words > 320) options.onWarning?.(`${name}: section "${s.heading}" has ${words} words (aim for 60-250)`);
  }
  return {
    id: d.id,
    title: d.title,
    area: d.area,
    partnership: d.partnership,
    sourceTitle: d.source_title,
    sourceUrl: d.source_url,
    lastReviewed: d.last_reviewed,
    owner: d.owner,
    status: d.status,
    tags: d.tags,
    audience: d.audience,
    related: d.related,
    sources: d.sources,
    ...(d.change_note ? { changeNote: d.change_note } : {}),
    ...(d.known_as.length ? { knownAs: d.known_as } : {}),
    intro: split.intro,
    file: name,
    sections: split.sections,
  };
}

function readGlossary(root: string, problems: string[]): GlossaryEntry[] {
  const file = join(root, 'glossary.yml');
  if (!existsSync(file)) return [];
  try {
    const parsed = glossarySchema.safeParse(parseYaml(readFileSync(file, 'utf8')) ?? []);
    if (parsed.success) return parsed.data;
    for (const i of parsed.error.issues) problems.push(`glossary.yml: [${i.path.join('.')}]: ${i.message}`);
  } catch (err) {
    problems.push(`glossary.yml: not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  return [];
}

function readSituations(root: string, problems: string[]): SituationsFile {
  const file = join(root, 'situations.yml');
  if (!existsSync(file)) return EMPTY_SITUATIONS;
  try {
    const text = readFileSync(file, 'utf8');
    const result = parseSituations(parseYaml(text) ?? {});
    problems.push(...result.problems.map((p) => `situations.yml: ${p}`), ...commentsOpeningAList(text));
    return result.situations;
  } catch (err) {
    problems.push(`situations.yml: not valid YAML (${(err as Error).message.split('\n')[0]})`);
    return EMPTY_SITUATIONS;
  }
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (entry.endsWith('.md') && entry.toLowerCase() !== 'readme.md') out.push(p);
  }
  return out;
}

const rel = (root: string, file: string) => relative(root, file) || file;

/** A situation's before_emergency.unless_danger names immediate-danger situations or categories: a typo would never match. */
function unknownDangerKinds(situations: SituationsFile, lexicon: DangerLexicon): string[] {
  const known = new Set(lexicon.situations.flatMap((s) => [s.id, s.category]));
  return situations.situations.flatMap((s) =>
    typeof s.before_emergency === 'object'
      ? s.before_emergency.unless_danger.filter((k) => !known.has(k)).map((k) => `situations.yml: ${s.id}: before_emergency.unless_danger: "${k}" is no situation or category in immediate-danger.yml`)
      : [],
  );
}
