// Authentication ON (MicrosoftAppId set), against a local copy of the channel's OpenID metadata: forged tokens
// get a bare 401, unreachable signing keys a 503 with one log line, and neither prints a stack.
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { message, person } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const ISSUER = 'https://api.botframework.com';
const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const forgerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
function rs256(key: KeyObject, header: object, payload: object): string {
  const input = `${b64({ alg: 'RS256', typ: 'JWT', ...header })}.${b64(payload)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}
function claims(serviceUrl: string, extra: object = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...extra };
}

/** Serves OpenID metadata and a key set; `fail` makes both answer 500. */
async function startFakeOpenId(): Promise<{ url: string; fail: boolean; close(): Promise<void> }> {
  const jwk = channelKey.publicKey.export({ format: 'jwk' });
  const state = { fail: false };
  const server: Server = createServer((req, res) => {
    if (state.fail) {
      res.statusCode = 500;
      return void res.end();
    }
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/keys') return void res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: 'channel-key', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
    res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `http://127.0.0.1:${(server.address() as { port: number }).port}/keys` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/.well-known/openidconfiguration`;
  return Object.assign(state, { url, close: () => new Promise<void>((r) => {
    server.close(() => r());
    server.closeAllConnections();
  }) });
}

async function post(t: TestAssistant, activity: object, authorization?: string) {
  const res = await fetch(`${t.botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text(), retryAfter: res.headers.get('retry-after') };
}

const consoleError = vi.spyOn(console, 'error');
afterEach(() => consoleError.mockClear());

describe('forged or unverifiable tokens', () => {
  let t: TestAssistant;
  let openId: Awaited<ReturnType<typeof startFakeOpenId>>;
  beforeAll(async () => {
    openId = await startFakeOpenId();
    t = await startTestAssistant({ env: { MicrosoftAppId: APP_ID, MicrosoftAppType: 'MultiTenant', BotOpenIdMetadata: openId.url } });
  });
  afterAll(async () => {
    await t.stop({ removeData: true });
    await openId.close();
  });

  /** An activity the bot accepts without replying, so a turn needs no outbound token. */
  const quiet = () => ({ ...message(t.connector.url, person('auth'), ''), type: 'typing' });

  it('a token signed with the channel key gets through (the control)', async () => {
    const res = await post(t, quiet(), `Bearer ${rs256(channelKey.privateKey, { kid: 'channel-key' }, claims(t.connector.url))}`);
    expect(res.status).toBe(200);
  });

  const forgeries: Array<[string, (serviceUrl: string) => string]> = [
    ['no Authorization header', () => ''],
    ['alg none', (s) => `Bearer ${b64({ alg: 'none', typ: 'JWT', kid: 'channel-key' })}.${b64(claims(s))}.`],
    ['HS256 with a guessed secret', (s) => {
      const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'channel-key' })}.${b64(claims(s))}`;
      return `Bearer ${input}.${createHmac('sha256', 'secret').update(input).digest('base64url')}`;
    }],
    ['self-signed RS256 with a key id of its own', (s) => `Bearer ${rs256(forgerKey.privateKey, { kid: 'forger-key' }, claims(s))}`],
    ['the channel key, but for another bot', (s) => `Bearer ${rs256(channelKey.privateKey, { kid: 'channel-key' }, claims(s, { aud: 'another-bot' }))}`],
    ['the channel key, but another serviceUrl', (s) => `Bearer ${rs256(channelKey.privateKey, { kid: 'channel-key' }, claims(s, { serviceurl: 'https://evil.example' }))}`],
    ['the channel key, but expired an hour ago', (s) => `Bearer ${rs256(channelKey.privateKey, { kid: 'channel-key' }, claims(s, { exp: Math.floor(Date.now() / 1000) - 3600 }))}`],
    ['not a JWT', () => 'Bearer not.a.jwt'],
    ['Basic scheme', () => 'Basic dXNlcjpwYXNz'],
  ];
  it.each(forgeries)('%s: 401 with no internal detail, no stack printed, the bot never runs', async (_name, token) => {
    const since = t.connector.recorded.length;
    const res = await post(t, message(t.connector.url, person('forger'), 'lado due'), token(t.connector.url) || undefined);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({ error: 'Unauthorized' });
    expect(consoleError).not.toHaveBeenCalled();
    expect(t.connector.recorded.length).toBe(since);
    expect(t.logs.entries.filter((e) => JSON.stringify(e.fields).includes('stack'))).toEqual([]);
  });

  it('a self-signed RS256 token claiming the channel key id: 401 with no internal detail', async () => {
    // botbuilder itself prints one line about the key here (jwtTokenExtractor); our answer carries nothing.
    const res = await post(t, message(t.connector.url, person('forger'), 'hi'), `Bearer ${rs256(forgerKey.privateKey, { kid: 'channel-key' }, claims(t.connector.url))}`);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({ error: 'Unauthorized' });
  });
});

describe('signing keys that cannot be fetched', () => {
  let t: TestAssistant;
  let openId: Awaited<ReturnType<typeof startFakeOpenId>>;
  beforeAll(async () => {
    openId = await startFakeOpenId();
    openId.fail = true;
    t = await startTestAssistant({ env: { MicrosoftAppId: APP_ID, MicrosoftAppType: 'MultiTenant', BotOpenIdMetadata: openId.url } });
  });
  afterAll(async () => {
    await t.stop({ removeData: true });
    await openId.close();
  });

  const token = () => `Bearer ${rs256(channelKey.privateKey, { kid: 'channel-key' }, claims(t.connector.url))}`;

  it('metadata answering 500: 503 with Retry-After, one structured log line per request, no stack', async () => {
    const before = t.logs.entries.length;
    for (let i = 0; i < 20; i++) {
      const res = await post(t, message(t.connector.url, person('x'), 'hi'), token());
      expect(res.status).toBe(503);
      expect(res.retryAfter).toBe('30');
      expect(res.text).not.toMatch(/request to|Failed to load|http:\/\/127/);
    }
    const lines = t.logs.entries.slice(before);
    expect(lines.map((e) => e.event)).toEqual(Array(20).fill('auth.signing_keys_unavailable'));
    expect(lines.every((e) => !('stack' in e.fields))).toBe(true);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('metadata unreachable (connection refused): 503 too, with the reason logged', async () => {
    await openId.close();
    expect((await post(t, message(t.connector.url, person('x'), 'hi'), token())).status).toBe(503);
    expect(t.logs.entries.at(-1)).toMatchObject({ event: 'auth.signing_keys_unavailable', fields: { reason: 'fetch-failed' } });
    expect(consoleError).not.toHaveBeenCalled();
  });
});
