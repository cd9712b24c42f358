// GET /insights and /insights.csv: only with a valid, unexpired link signed for a current content owner.
// Refusals and bad date ranges are kind pages (403 / 400) and change nothing.
import { buildInsights } from '../content-owners/insights.ts';
import { checkInsightsLink, insightsUrls, INSIGHTS_PATH } from '../content-owners/insights-link.ts';
import { parseRange } from '../content-owners/range.ts';
import type { QuestionLogStore } from '../content-owners/types.ts';
import type { KnowledgeDoc } from '../knowledge/types.ts';
import type { HttpRequest, HttpResponse, HttpRoute } from './http.ts';
import { insightsCsv } from './insights-csv.ts';
import { renderBadRange, renderInsights, renderInsightsRefusal } from './insights-page.ts';

export interface InsightsRouteDeps {
  linkSecret: string;
  owners: readonly string[];
  partnershipName: string;
  retentionDays: number;
  store: QuestionLogStore;
  docs(): readonly KnowledgeDoc[];
  now(): Date;
}

const PRIVATE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow', 'X-Content-Type-Options': 'nosniff' };
const htmlResponse = (status: number, body: string): HttpResponse => ({ status, contentType: 'text/html; charset=utf-8', headers: PRIVATE, body });

export function createInsightsRoutes(deps: InsightsRouteDeps): HttpRoute[] {
  async function prepare(req: HttpRequest) {
    const now = deps.now();
    const link = checkInsightsLink(deps.linkSecret, req.query, deps.owners, now);
    if (!link.ok) return { refusal: htmlResponse(link.reason === 'malformed' ? 400 : 403, renderInsightsRefusal(link.reason)) };
    const range = parseRange(req.query, now);
    if (!range.ok) {
      const keep = (k: string) => (typeof req.query[k] === 'string' ? String(req.query[k]).slice(0, 20) : '');
      return { refusal: htmlResponse(400, renderBadRange(range.message, link.params, keep('from'), keep('to'))) };
    }
    const insights = buildInsights({
      from: range.from,
      to: range.to,
      asked: await deps.store.between(range.start, range.end),
      feedback: await deps.store.feedbackBetween(range.start, range.end),
      docs: deps.docs(),
      textCutoff: new Date(now.getTime() - deps.retentionDays * 86_400_000),
    });
    return { insights, link: link.params, range };
  }

  return [
    {
      method: 'get',
      path: INSIGHTS_PATH,
      async handle(req) {
        const r = await prepare(req);
        if (r.refusal) return r.refusal;
        const csvUrl = insightsUrls('', r.link, r.range).csv;
        return htmlResponse(200, renderInsights({ insights: r.insights, partnershipName: deps.partnershipName, retentionDays: deps.retentionDays, link: r.link, csvUrl }));
      },
    },
    {
      method: 'get',
      path: `${INSIGHTS_PATH}.csv`,
      async handle(req) {
        const r = await prepare(req);
        if (r.refusal) return r.refusal;
        return {
          status: 200,
          contentType: 'text/csv; charset=utf-8',
          headers: { ...PRIVATE, 'Content-Disposition': `attachment; filename="insights-${r.range.from}-to-${r.range.to}.csv"` },
          body: insightsCsv(r.insights),
        };
      },
    },
  ];
}
