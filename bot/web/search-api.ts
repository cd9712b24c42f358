// GET /api/search?q=...: the ask use case as JSON, for the Procedures tab's script.
import { ask, MAX_QUESTION_CHARS, type AskDeps } from '../ask/ask.ts';
import type { HttpRoute } from './http.ts';
import { SNIPPET_CHARS, truncate } from '../../cards/card-text.ts';
import { sectionUrl } from '../../cards/links.ts';

export function createSearchApi(deps: AskDeps & { publicUrl: string }): HttpRoute[] {
  return [
    {
      method: 'get',
      path: '/api/search',
      handle: async (req) => {
        const q = String(req.query.q ?? '').slice(0, MAX_QUESTION_CHARS);
        if (!q.trim()) return { status: 400, body: { error: 'Type a question or some words to search for.' } };
        const asked = ask(deps, q);
        return {
          status: 200,
          headers: { 'Cache-Control': 'no-store' },
          body: {
            query: q,
            confidence: asked.confidence,
            safety: { immediateDanger: asked.safety.immediateDanger, personalData: asked.safety.personalData },
            results: asked.hits.slice(0, 5).map(({ doc, section }) => ({
              docId: doc.id,
              sectionId: section.id,
              title: doc.title,
              heading: section.heading,
              url: sectionUrl(deps.publicUrl, doc.id, section.slug),
              snippet: truncate(section.text, SNIPPET_CHARS),
              verify: section.status === 'verify',
            })),
          },
        };
      },
    },
  ];
}
