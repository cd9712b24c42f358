// botbuilder builds an HTTP pipeline for every turn's connector and user-token clients; the assistant makes
// each once per app id (and service URL) and reuses it, and a failed creation is tried again next time.
import { describe, expect, it } from 'vitest';
import { CachingBotFrameworkAuthentication } from '../bot/teams/connector-cache.ts';

const authWithoutAppId = () => new CachingBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }, 1_000);
type Claims = Parameters<CachingBotFrameworkAuthentication['createUserTokenClient']>[0];
// What botbuilder reads of a turn's verified identity: the audience claim holds the bot's app id.
const claimsFor = (audience: string) => ({ getClaimValue: (type: string) => (type === 'aud' ? audience : null) }) as unknown as Claims;

describe('clients reused across turns', () => {
  it('one user-token client per app id: the same for a second turn, another for a different app', async () => {
    const auth = authWithoutAppId();
    const first = await auth.createUserTokenClient(claimsFor('app-1'));
    expect(await auth.createUserTokenClient(claimsFor('app-1'))).toBe(first);
    expect(await auth.createUserTokenClient(claimsFor('app-2'))).not.toBe(first);
  });

  it('one connector client per service URL: the same for a second turn, another for a different URL', async () => {
    const auth = authWithoutAppId();
    const factory = auth.createConnectorFactory(claimsFor(''));
    const first = await factory.create('https://smba.example/teams/', undefined);
    expect(await factory.create('https://smba.example/teams/', undefined)).toBe(first);
    expect(await auth.createConnectorFactory(claimsFor('')).create('https://smba.example/teams/', undefined)).toBe(first);
    expect(await factory.create('https://smba.example/emea/', undefined)).not.toBe(first);
  });

  it('a creation that fails is not remembered: the next turn makes a new client', async () => {
    const auth = authWithoutAppId();
    let calls = 0;
    const inner = Object.getPrototypeOf(CachingBotFrameworkAuthentication.prototype) as { createUserTokenClient: (c: Claims) => Promise<unknown> };
    const real = inner.createUserTokenClient;
    inner.createUserTokenClient = function (this: unknown, c: Claims) {
      calls++;
      return calls === 1 ? Promise.reject(new Error('token service unreachable')) : real.call(this, c);
    };
    try {
      await expect(auth.createUserTokenClient(claimsFor('app-1'))).rejects.toThrow('token service unreachable');
      await expect(auth.createUserTokenClient(claimsFor('app-1'))).resolves.toBeDefined();
      expect(calls).toBe(2);
    } finally {
      inner.createUserTokenClient = real;
    }
  });
});
