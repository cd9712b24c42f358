// GET /api/search?q=...: the same engine as the bot, for the Procedures tab.
import type { AskDeps } from '../handlers/ask.ts';
import { respondToQuestion, MAX_QUESTION_CHARS } from '../handlers/ask.ts';
import type { HttpRoute } from './http.ts';
import { SNIPPET_CHARS, truncate } from '../../cards/card-text.ts';

export function createSearchApi(deps: AskDeps): HttpRoute[] {
  return [
    {
      method: 'get',
      path: '/api/search',
      handle: async (req) => {
        const q = String(req.query.q ?? '').slice(0, MAX_QUESTION_CHARS);
        if (!q.trim()) return { status: 400, body: { error: 'Type a question or some words to search for.' } };
        const r = respondToQuestion(deps, q);
        return {
          status: 200,
          headers: { 'Cache-Control': 'no-store' },
          body: {
            query: q,
            confidence: r.confidence,
            safety: r.safety,
            results: r.results.map(({ docId, sectionId, title, heading, url, text, status }) => ({
              docId,
              sectionId,
              title,
              heading,
              url,
              snippet: truncate(text, SNIPPET_CHARS),
              verify: status === 'verify',
            })),
          },
        };
      },
    },
  ];
}
