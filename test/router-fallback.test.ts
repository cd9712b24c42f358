// The router: a message that names no command takes the fallback route (a question); the welcome card is
// the help feature's; two features can't both claim either.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../bot/handlers/router.ts';
import type { Feature } from '../bot/handlers/types.ts';

const actor = { userKey: 'u', conversationId: 'c', conversationType: 'personal' as const };
const card = (title: string) => ({ card: { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: title }] } });
const help: Feature = { name: 'help', welcome: () => card('welcome'), commands: [{ name: 'help', description: 'd', run: async () => [card('help')] }] };
const ask: Feature = { name: 'ask', fallback: async ({ text }) => [card(`answer to ${text}`)] };

describe('router fallback', () => {
  it('takes a command when one is named, and the question route otherwise', async () => {
    const router = createRouter([help, ask]);
    const command = router.route('help');
    expect(command.kind).toBe('command');
    expect(await command.run({ actor, args: '', text: 'help' })).toEqual([card('help')]);
    const question = router.route('what are the levels of need');
    expect(question).toMatchObject({ kind: 'fallback', feature: 'ask' });
    expect(await question.run({ actor, args: '', text: 'what are the levels of need' })).toEqual([card('answer to what are the levels of need')]);
  });

  it('welcomes through the feature that offers it, and falls back to the welcome when nothing answers questions', async () => {
    const router = createRouter([help]);
    expect(router.welcome()).toEqual([card('welcome')]);
    expect(await router.route('anything').run({ actor, args: '', text: 'anything' })).toEqual([card('welcome')]);
  });

  it('refuses two features that both claim the fallback', () => {
    expect(() => createRouter([ask, { ...ask, name: 'ask-2' }])).toThrow(/fallback is defined twice \(in ask, ask-2\)/);
  });
});
