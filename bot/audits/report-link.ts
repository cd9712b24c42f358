// Report links: signed with LINK_SECRET, expiring, and tied to the committee member they were made for
// (by a keyed tag, not their id), so a forwarded or old link stops working when they leave the committee.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { pseudonym } from '../shared/hash.ts';

export const LINK_LIFETIME_MS = 7 * 86_400_000;

export interface ReportLinkParams {
  exp: string;
  m: string;
  sig: string;
}

const signature = (secret: string, roundId: string, exp: number, member: string) =>
  createHmac('sha256', secret).update(`audit-report|${roundId}|${exp}|${member}`).digest('base64url');

export const memberTag = (secret: string, memberId: string) => pseudonym(secret, `committee|${memberId}`);

export function signReportLink(secret: string, roundId: string, memberId: string, now: Date): ReportLinkParams {
  const exp = now.getTime() + LINK_LIFETIME_MS;
  const m = memberTag(secret, memberId);
  return { exp: String(exp), m, sig: signature(secret, roundId, exp, m) };
}

export function reportUrls(publicUrl: string, roundId: string, p: ReportLinkParams): { page: string; csv: string } {
  const q = `exp=${encodeURIComponent(p.exp)}&m=${encodeURIComponent(p.m)}&sig=${encodeURIComponent(p.sig)}`;
  const base = `${publicUrl}/audits/${encodeURIComponent(roundId)}/report`;
  return { page: `${base}?${q}`, csv: `${base}.csv?${q}` };
}

export type LinkCheck = { ok: true } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'not-committee' };

export function checkReportLink(secret: string, roundId: string, query: Record<string, unknown>, committee: readonly string[], now: Date): LinkCheck {
  const { exp, m, sig } = query;
  if (typeof exp !== 'string' || typeof m !== 'string' || typeof sig !== 'string' || !/^\d{1,15}$/.test(exp) || sig.length > 100 || m.length > 100) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = Buffer.from(signature(secret, roundId, Number(exp), m));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  if (Number(exp) <= now.getTime()) return { ok: false, reason: 'expired' };
  if (!committee.some((id) => memberTag(secret, id) === m)) return { ok: false, reason: 'not-committee' };
  return { ok: true };
}
