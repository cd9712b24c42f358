// The content owner's answer to "knowledge reload": what is live now and what changed, or every problem
// that stopped the edit going live (the last good version stays live).
import type { AdaptiveCard, CardAction } from './types.ts';
import { buildNoticeCard } from './notice.ts';
import { openUrlAction } from './actions.ts';

const MAX_PROBLEMS = 25;

export interface ReloadSummary {
  documents: number;
  sections: number;
  added: number;
  changed: number;
  removed: number;
  followersTold: number;
  /** partnership.yml changed: its contacts and rules apply after a restart. */
  profileChanged?: boolean;
}

export function buildReloadedCard(s: ReloadSummary, whatsNewUrl: string): AdaptiveCard {
  const changes = s.added + s.changed + s.removed;
  const actions: CardAction[] = [openUrlAction("See what's new", whatsNewUrl)];
  return buildNoticeCard({
    title: changes ? 'The new knowledge is live' : 'Reloaded: no section had changed',
    text: changes
      ? `Practitioners' next questions are answered from it. ${s.followersTold ? `${s.followersTold} ${s.followersTold === 1 ? 'person following' : 'people following'} a changed section will be told.` : 'Nobody was following the changed sections.'}`
      : 'The files are valid and the same as what was already live.',
    style: 'good',
    facts: [
      { title: 'Live now', value: `${s.documents} documents, ${s.sections} sections` },
      ...(changes ? [{ title: 'Changes', value: `${s.added} added, ${s.changed} changed, ${s.removed} removed` }] : []),
      ...(s.profileChanged ? [{ title: 'partnership.yml', value: 'changed and valid; restart the assistant to apply its contacts, LADO rules and questionnaire' }] : []),
    ],
    actions,
  });
}

export function buildReloadRejectedCard(input: { problems: string[]; documents: number; sections: number; trigger: 'command' | 'watch' }): AdaptiveCard {
  const shown = input.problems.slice(0, MAX_PROBLEMS);
  const more = input.problems.length - shown.length;
  return buildNoticeCard({
    title: input.trigger === 'watch' ? 'An edit to the knowledge was not published' : 'The knowledge was not reloaded',
    text: `The last good version is still live (${input.documents} documents, ${input.sections} sections). Fix ${input.problems.length === 1 ? 'this problem' : `these ${input.problems.length} problems`} and reload again${more ? ` (${more} more are listed by npm run knowledge:check)` : ''}:`,
    style: 'warning',
    facts: shown.map((p) => {
      const at = p.indexOf(': ');
      return at > 0 ? { title: p.slice(0, at), value: p.slice(at + 2) } : { title: 'Problem', value: p };
    }),
  });
}

export function buildNotContentOwnerCard(): AdaptiveCard {
  return buildNoticeCard({
    title: 'Only content owners can do that',
    text: 'Reloading the knowledge and the insights page are for the people who keep the procedures current. If something in an answer looks wrong or out of date, choose "Not helpful" under it, or tell your safeguarding partnership.',
    style: 'warning',
  });
}
