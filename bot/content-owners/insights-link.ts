// Insights links: signed with LINK_SECRET, expiring, and tied to the content owner they were made for (by a keyed
// tag, not their id), so a forwarded or old link stops working when they stop being a content owner.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { pseudonym } from '../shared/hash.ts';

export const INSIGHTS_LINK_LIFETIME_MS = 7 * 86_400_000;
export const INSIGHTS_PATH = '/insights';

export interface InsightsLinkParams {
  exp: string;
  m: string;
  sig: string;
}

const signature = (secret: string, exp: number, owner: string) => createHmac('sha256', secret).update(`insights|${exp}|${owner}`).digest('base64url');
const ownerTag = (secret: string, ownerId: string) => pseudonym(secret, `content-owner|${ownerId}`);

export function signInsightsLink(secret: string, ownerId: string, now: Date): InsightsLinkParams {
  const exp = now.getTime() + INSIGHTS_LINK_LIFETIME_MS;
  const m = ownerTag(secret, ownerId);
  return { exp: String(exp), m, sig: signature(secret, exp, m) };
}

export function insightsUrls(publicUrl: string, p: InsightsLinkParams, range?: { from: string; to: string }): { page: string; csv: string } {
  const q = `exp=${encodeURIComponent(p.exp)}&m=${encodeURIComponent(p.m)}&sig=${encodeURIComponent(p.sig)}${range ? `&from=${range.from}&to=${range.to}` : ''}`;
  return { page: `${publicUrl}${INSIGHTS_PATH}?${q}`, csv: `${publicUrl}${INSIGHTS_PATH}.csv?${q}` };
}

export type InsightsLinkCheck = { ok: true; params: InsightsLinkParams } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'not-owner' };

export function checkInsightsLink(secret: string, query: Record<string, unknown>, owners: readonly string[], now: Date): InsightsLinkCheck {
  const { exp, m, sig } = query;
  if (typeof exp !== 'string' || typeof m !== 'string' || typeof sig !== 'string' || !/^\d{1,15}$/.test(exp) || sig.length > 100 || m.length > 100) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = Buffer.from(signature(secret, Number(exp), m));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  if (Number(exp) <= now.getTime()) return { ok: false, reason: 'expired' };
  if (!owners.some((id) => ownerTag(secret, id) === m)) return { ok: false, reason: 'not-owner' };
  return { ok: true, params: { exp, m, sig } };
}
