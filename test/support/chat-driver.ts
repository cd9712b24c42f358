// Drives the real assistant as Teams users would, for the feature HTTP tests: typed messages, card presses
// (Action.Execute), what the fake connector received, and the manual clock with the shared dispatcher.
import { expect } from 'vitest';
import { rawSql } from './raw-sql.ts';
import type { ManualClock } from '../../bot/shared/clock.ts';
import { execute, message, type Person } from './activities.ts';
import type { FakeConnector } from './fake-connector.ts';
import type { TestAssistant } from './test-assistant.ts';
import { cardProblems as allCardProblems } from './validate-card.ts';

// The Teams people picker (choices.data = graph.microsoft.com/users, no static choices) is a Teams extension
// the generic 1.5 parser doesn't know; only those two messages are allowed, and only on a card with the picker.
const PICKER = [/^UnsupportedProperty: Property "choices\.data"/, /^CollectionCantBeEmpty: An Input\.ChoiceSet must have at least one choice/];

export function cardProblems(card: any): string[] {
  const hasPicker = JSON.stringify(card).includes('graph.microsoft.com/users');
  return allCardProblems(card).filter((p) => !(hasPicker && PICKER.some((re) => re.test(p))));
}

export interface ChatWorld {
  t: TestAssistant;
  connector: FakeConnector;
  clock: ManualClock;
}

/** `world` is read on every call: tests create it in beforeAll, and restart tests replace the assistant. */
export function chatDriver(world: () => ChatWorld) {
  const assistant = () => world().t;
  /** Types a message; returns the card the bot replied with (checked to be a valid card). */
  async function say(who: Person, text: string) {
    const since = world().connector.recorded.length;
    const activity = message(world().connector.url, who, text);
    expect((await assistant().post(activity)).status).toBe(200);
    // The reply to this message, not a scheduled card that a woken dispatcher sends to the same chat meanwhile.
    const sent = await world().connector.waitFor((r) => r.conversationId === who.conversationId && r.activityId === activity.id, { since });
    const card = sent.body.attachments?.[0]?.content;
    if (card) expect(cardProblems(card)).toEqual([]);
    return card;
  }

  /** Presses a card button by Action.Execute; returns the card that replaces it (or undefined). */
  async function press(who: Person, verb: string, data: Record<string, unknown>) {
    return (await pressed(who, verb, data)).card;
  }

  async function pressed(who: Person, verb: string, data: Record<string, unknown>) {
    const activity = execute(world().connector.url, who, verb, data);
    const res = await assistant().post(activity);
    expect(res.status).toBe(200);
    const card = res.body?.type === 'application/vnd.microsoft.card.adaptive' ? res.body.value : undefined;
    if (card) expect(cardProblems(card)).toEqual([]);
    return { card, activity };
  }
  const pressActivity = async (who: Person, verb: string, data: Record<string, unknown>) => (await pressed(who, verb, data)).activity;

  /** Presses and returns the card the bot then sends to the chat (refusals and notices come that way). */
  async function pressForReply(who: Person, verb: string, data: Record<string, unknown>) {
    const since = world().connector.recorded.length;
    const activity = await pressActivity(who, verb, data);
    const sent = await world().connector.waitFor((r) => r.conversationId === who.conversationId && r.route === 'reply' && r.activityId === activity.id, { since });
    return sent.body.attachments[0].content;
  }

  /** Cards sent (not updates) to a person's chat after `since`. */
  const cardsTo = (who: Person, since = 0) =>
    world().connector.recorded
      .slice(since)
      .filter((r) => r.route !== 'update' && r.conversationId === who.conversationId)
      .flatMap((r) => (r.body.attachments ?? []).map((a: any) => a.content));

  /**
   * Waits until no message is mid-send. A press wakes the dispatcher, whose tick runs in the background;
   * jumping the manual clock ahead while it is mid-send would make its claim look stale.
   */
  async function settle() {
    const sending = () => rawSql(assistant().assistant.stores).count(`select count(*) from scheduled_messages where status = 'sending'`);
    // The count that ended the wait is the one checked: a tick woken just after it (PostgreSQL's NOTIFY wakes come
    // a moment later than SQLite's in-process ones) runs before the next manual tick, which waits for it.
    let n = await sending();
    for (let i = 0; i < 1500 && n > 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      n = await sending();
    }
    expect(n).toBe(0);
  }

  /** Moves time and runs the dispatcher once; returns what it did. */
  async function at(iso: string) {
    await settle();
    world().clock.set(iso);
    return assistant().assistant.dispatcher.tick();
  }

  return { say, press, pressForReply, cardsTo, settle, at };
}
