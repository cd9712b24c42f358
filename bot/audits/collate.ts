// The anonymised collation of a closed round: counts, response rate, answers grouped by question and an
// agency-type breakdown. The small-group rule keeps anyone from being picked out: with fewer than
// MIN_GROUP responses nothing is shown per answer, and any group smaller than MIN_GROUP is combined or hidden.
import { redact } from './redact.ts';
import type { QuestionnaireSnapshot } from './types.ts';

export const MIN_GROUP = 3;

export interface CollationInput {
  questionnaire: QuestionnaireSnapshot;
  invited: number;
  responses: Array<{ agencyType?: string; answers: Record<string, string> }>;
}

export interface AgencyRow {
  label: string;
  /** undefined when the group is too small to show a number. */
  count?: number;
}

export interface QuestionSummary {
  id: string;
  text: string;
  answered: number;
  /** Redacted answers, sorted so their order reveals nothing; empty when suppressed. */
  answers: string[];
  suppressed: boolean;
}

export interface Collation {
  invited: number;
  responded: number;
  /** Whole percent, 0 when nobody was invited. */
  responseRate: number;
  /** True when fewer than MIN_GROUP people answered: no answers or breakdown are shown at all. */
  suppressed: boolean;
  agencies: AgencyRow[];
  /** Said on the report when some agency groups were combined or hidden. */
  agencyNote?: string;
  questions: QuestionSummary[];
}

const COMBINED = `Other agency types (groups of fewer than ${MIN_GROUP} combined)`;
const NOT_GIVEN = 'Not given';

export function collate(input: CollationInput): Collation {
  const responded = input.responses.length;
  const suppressed = responded < MIN_GROUP;
  const responseRate = input.invited > 0 ? Math.round((100 * responded) / input.invited) : 0;
  const questions: QuestionSummary[] = input.questionnaire.questions.map((q) => {
    const texts = input.responses.map((r) => (r.answers[q.id] ?? '').trim()).filter(Boolean);
    const small = suppressed || texts.length < MIN_GROUP;
    return {
      id: q.id,
      text: q.text,
      answered: texts.length,
      answers: small ? [] : texts.map(redact).sort((a, b) => a.localeCompare(b, 'en-GB')),
      suppressed: small,
    };
  });
  if (suppressed) return { invited: input.invited, responded, responseRate, suppressed, agencies: [], questions };

  const counts = new Map<string, number>();
  for (const r of input.responses) {
    const label = r.agencyType && input.questionnaire.agencyTypes.includes(r.agencyType) ? r.agencyType : NOT_GIVEN;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const agencies: AgencyRow[] = [];
  let small = 0;
  for (const label of [...input.questionnaire.agencyTypes, NOT_GIVEN]) {
    const n = counts.get(label) ?? 0;
    if (n >= MIN_GROUP) agencies.push({ label, count: n });
    else small += n;
  }
  let agencyNote: string | undefined;
  if (small > 0) {
    // A combined group that is itself small is shown without its number.
    agencies.push(small >= MIN_GROUP ? { label: COMBINED, count: small } : { label: COMBINED });
    agencyNote = `Agency types with fewer than ${MIN_GROUP} responses are combined${small < MIN_GROUP ? `, and the combined number is not shown because it is also fewer than ${MIN_GROUP}` : ''}, so no one can be identified.`;
  }
  return { invited: input.invited, responded, responseRate, suppressed, agencies, agencyNote, questions };
}

/** The words every report uses for the small-group rule. */
export const SMALL_ROUND_TEXT = `Fewer than ${MIN_GROUP} practitioners answered, so individual answers and the agency breakdown are not shown: with so few responses, someone could be identified.`;
export const SMALL_QUESTION_TEXT = `Fewer than ${MIN_GROUP} practitioners answered this question, so the answers are not shown.`;
