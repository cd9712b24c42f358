// The two-instance bench's verdict comes from this count at the connector: a reminder missing, or sent twice
// without the "sent again" note, must show; a repeat carrying the note must not count against the run.
import { describe, expect, it } from 'vitest';
import { countDeliveries } from '../scripts/bench/delivery-count.ts';
import type { Recorded } from '../test/support/fake-connector.ts';

const sent = (n: number, at: number, marked = false): Recorded => ({
  route: 'send',
  conversationId: `a:bench-${n}`,
  body: { text: `Reminder ${n}: the referral clock is still running.${marked ? ' (sent again: ignore if you already have it)' : ''}` },
  at,
});
const dueAt = (n: number) => 1_000 + n * 10;

describe('countDeliveries (bench:instances)', () => {
  it('counts each reminder once and measures lateness from its first copy', () => {
    const c = countDeliveries([sent(0, 1_005), sent(1, 1_030), sent(2, 1_020)], 3, dueAt);
    expect(c.delivered).toBe(3);
    expect(c.missing).toEqual([]);
    expect(c.lateness_ms.max).toBe(20);
    expect(c.sent_twice_marked + c.sent_twice_unmarked).toBe(0);
  });

  it('names the reminders that never arrived', () => {
    const c = countDeliveries([sent(0, 1_000), sent(2, 1_020)], 4, dueAt);
    expect(c.delivered).toBe(2);
    expect(c.missing).toEqual([1, 3]);
  });

  it('allows a second copy marked "sent again", counts an unmarked one against the run', () => {
    const c = countDeliveries([sent(0, 1_000), sent(0, 130_000, true), sent(1, 1_010), sent(1, 1_500)], 2, dueAt);
    expect(c.sent_twice_marked).toBe(1);
    expect(c.sent_twice_unmarked).toBe(1);
    // The first copy's time is the lateness, not the repeat's.
    expect(c.lateness_ms.max).toBeLessThan(1_000);
  });

  it('counts a reminder that waited for a dead instance\'s lease as more than a minute late', () => {
    const c = countDeliveries([sent(0, 1_000), sent(1, 1_010 + 125_000, true)], 2, dueAt);
    expect(c.over_1_min_late).toBe(1);
    expect(c.marked_single).toBe(1);
  });

  it('ignores what is not a bench reminder (replies to turns, updates)', () => {
    const other: Recorded = { route: 'reply', conversationId: 'a:x', body: { text: 'How quickly must the LADO be told?' }, at: 5 };
    const update: Recorded = { route: 'update', conversationId: 'a:bench-0', body: { text: 'Reminder 0: edited' }, at: 9_999 };
    expect(countDeliveries([other, update, sent(0, 1_000)], 1, dueAt).delivered).toBe(1);
  });
});
