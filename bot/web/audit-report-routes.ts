// GET /audits/<round>/report and /audits/<round>/report.csv: only with a valid, unexpired link signed for
// a current committee member, and only once the round has closed. Refusals are kind pages, status 403.
import type { Collation } from '../audits/collate.ts';
import { checkReportLink, reportUrls } from '../audits/report-link.ts';
import type { AuditRound } from '../audits/types.ts';
import type { HttpRequest, HttpResponse, HttpRoute } from './http.ts';
import { auditReportCsv } from './audit-report-csv.ts';
import { renderAuditReport, renderReportRefusal, type RefusalReason } from './audit-report.ts';

export interface AuditReportRouteDeps {
  linkSecret: string;
  committee: readonly string[];
  publicUrl: string;
  partnershipName: string;
  now(): Date;
  find(roundId: string): Promise<AuditRound | undefined>;
  collation(round: AuditRound): Promise<Collation>;
}

// Never cached, never sent on as a referrer: the link is the key.
const PRIVATE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow', 'X-Content-Type-Options': 'nosniff' };

export function createAuditReportRoutes(deps: AuditReportRouteDeps): HttpRoute[] {
  const refuse = (reason: RefusalReason): HttpResponse => ({
    status: reason === 'not-found' ? 404 : reason === 'open' ? 409 : 403,
    contentType: 'text/html; charset=utf-8',
    headers: PRIVATE,
    body: renderReportRefusal(reason),
  });

  async function authorise(req: HttpRequest): Promise<{ round: AuditRound } | HttpResponse> {
    const roundId = (req.params.roundId ?? '').slice(0, 64);
    const check = checkReportLink(deps.linkSecret, roundId, req.query, deps.committee, deps.now());
    if (!check.ok) return refuse(check.reason);
    const round = await deps.find(roundId);
    if (!round) return refuse('not-found');
    if (round.state !== 'closed') return refuse('open');
    return { round };
  }

  return [
    {
      method: 'get',
      path: '/audits/:roundId/report',
      async handle(req) {
        const ok = await authorise(req);
        if (!('round' in ok)) return ok;
        const { round } = ok;
        const q = req.query;
        const csvUrl = reportUrls('', round.id, { exp: q.exp!, m: q.m!, sig: q.sig! }).csv;
        const body = renderAuditReport({ round, collation: await deps.collation(round), partnershipName: deps.partnershipName, now: deps.now(), csvUrl });
        return { status: 200, contentType: 'text/html; charset=utf-8', headers: PRIVATE, body };
      },
    },
    {
      method: 'get',
      path: '/audits/:roundId/report.csv',
      async handle(req) {
        const ok = await authorise(req);
        if (!('round' in ok)) return ok;
        const { round } = ok;
        const file = `audit-${round.ref.replace(/[^A-Za-z0-9._-]+/g, '-')}-reflections.csv`;
        return {
          status: 200,
          contentType: 'text/csv; charset=utf-8',
          headers: { ...PRIVATE, 'Content-Disposition': `attachment; filename="${file}"` },
          body: auditReportCsv(round, await deps.collation(round)),
        };
      },
    },
  ];
}
