// The ask CLI's presenter (DESIGN contract 3): the question, the answer as a practitioner reads it, the
// safety flags, the confidence, five results and the Teams card. The bench scores the same object.
import { ask, type AskDeps } from '../bot/ask/ask.ts';
import { buildAskCard } from '../cards/ask-card.ts';
import { askText } from '../cards/ask-text.ts';
import { sectionUrl } from '../cards/links.ts';
import type { AdaptiveCard } from '../cards/types.ts';

export interface AskResponseDeps extends AskDeps {
  publicUrl: string;
  teamsAppId?: string;
}

export interface AskResponse {
  question: string;
  answer: string;
  safety: { immediateDanger: boolean; personalData: boolean };
  confidence: 'high' | 'low' | 'none';
  results: Array<{ docId: string; sectionId: string; title: string; heading: string; url: string; text: string; score: number; status: string }>;
  card: AdaptiveCard;
}

export function askResponse(deps: AskResponseDeps, question: string): AskResponse {
  const asked = ask(deps, question);
  return {
    question,
    answer: askText(asked, deps.profile),
    safety: { immediateDanger: asked.safety.immediateDanger, personalData: asked.safety.personalData },
    confidence: asked.confidence,
    results: asked.hits.slice(0, 5).map((h) => ({
      docId: h.doc.id,
      sectionId: h.section.id,
      title: h.doc.title,
      heading: h.section.heading,
      url: sectionUrl(deps.publicUrl, h.doc.id, h.section.slug),
      text: h.section.text,
      score: h.score,
      status: h.section.status,
    })),
    card: buildAskCard(asked, { profile: deps.profile, publicUrl: deps.publicUrl, teamsAppId: deps.teamsAppId }),
  };
}
