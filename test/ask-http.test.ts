// A practitioner asks in Teams: through the real restify server and CloudAdapter to a fake Bot Connector.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardText, execute, findAction, installed, message, person, submit } from './support/activities.ts';
import { startTestAssistant, type TestAssistant } from './support/test-assistant.ts';
import { cardProblems } from './support/validate-card.ts';
import { rawSql } from './support/raw-sql.ts';

let t: TestAssistant;
const alice = person('alice');

beforeAll(async () => {
  t = await startTestAssistant();
});
afterAll(async () => {
  await t.stop({ removeData: true });
});
afterEach(() => {
  expect(t.logs.unexpectedErrors()).toEqual([]);
});

async function ask(text: string, who = alice) {
  const since = t.connector.recorded.length;
  const res = await t.post(message(t.connector.url, who, text));
  expect(res.status).toBe(200);
  const sent = await t.connector.waitFor((r) => r.route !== 'update', { since });
  return sent.body.attachments?.[0]?.content;
}

describe('asking a question', () => {
  it('answers with the section, its source link and the next step', async () => {
    const card = await ask('how fast do I tell the LADO?');
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('How quickly must the LADO be told?');
    expect(text).toContain('within one working day');
    expect(text).toContain('Not yet confirmed by Testshire');
    expect(text).toContain('Tell your designated officer today');
    expect(findAction(card, 'Open section').url).toBe('http://assistant.test/docs/testshire-lado#how-quickly-must-the-lado-be-told');
    expect(findAction(card, 'Published source').url).toBe('https://safeguarding.testshire.example/lado');
  });

  it('puts 999 and the front door first when a child may be in danger now', async () => {
    const card = await ask('a child told me she is scared to go home tonight');
    expect(card.body[0].style).toBe('attention');
    expect(cardText(card.body[0])).toContain('call 999 now');
    expect(cardText(card.body[0])).toContain('01000 000000');
  });

  it('warns about personal data and does not carry it in the card data', async () => {
    const card = await ask('a boy called Jayden has a bruise, what level is that?');
    expect(cardText(card)).toMatch(/don't share identifying details/);
    expect(JSON.stringify(card)).not.toContain('Jayden');
  });

  it('says when it is not sure, and who to ask', async () => {
    const card = await ask('what is the weather in Paris tomorrow');
    const text = cardText(card);
    expect(text).toContain("I'm not sure");
    expect(text).toContain("Testshire Children's Front Door");
    expect(text).toContain('lado@testshire.example');
  });

  it('welcomes a new install with example questions', async () => {
    const since = t.connector.recorded.length;
    await t.post(installed(t.connector.url, person('new')));
    const sent = await t.connector.waitFor(() => true, { since });
    const card = sent.body.attachments[0].content;
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('supports your professional judgement');
    expect(cardText(card)).toContain('[What are the levels of need?]');
  });
});

describe('Helpful / Not helpful, both card paths', () => {
  it('records a vote through Action.Execute and returns the updated card', async () => {
    const res = await t.post(execute(t.connector.url, alice, 'feedback', { sectionId: 'testshire-lado#when-to-contact-the-lado', helpful: true }));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(res.body.value)).toContain('your feedback was recorded');
    expect(findAction(res.body.value, 'Helpful')).toBeUndefined();
    expect((await rawSql(t.assistant.stores).count('select count(*) from feedback where helpful = 1'))).toBe(1);
  });

  it('records the same vote through Action.Submit and updates the card in place', async () => {
    const since = t.connector.recorded.length;
    const res = await t.post(submit(t.connector.url, person('bob'), { verb: 'feedback', sectionId: 'testshire-lado#when-to-contact-the-lado', helpful: false }, 'card-42'));
    expect(res.status).toBe(200);
    const update = await t.connector.waitFor((r) => r.route === 'update', { since });
    expect(update.activityId).toBe('card-42');
    expect(cardText(update.body.attachments[0].content)).toContain('Thank you');
    expect((await rawSql(t.assistant.stores).count('select count(*) from feedback where helpful = 0'))).toBe(1);
  });

  it('answers an unknown verb with a typed error, and the next message still works', async () => {
    const res = await t.post(execute(t.connector.url, alice, 'no.such.verb', {}));
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('application/vnd.microsoft.error');
    const card = await ask('when to contact the LADO');
    expect(cardText(card)).toContain('When to contact the LADO');
  });

  it('asks one clarifying question when it matters who did it; each button re-asks, by Execute and by Submit', async () => {
    const card = await ask('a boy says he was slapped, what do I do?');
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain("Is the person you're worried about someone who works with children, or a family member?");
    const worker = findAction(card, 'Someone who works with children');
    const family = findAction(card, 'A family member');
    expect(worker.type).toBe('Action.Execute');
    expect(worker.fallback.type).toBe('Action.Submit');
    expect(worker.fallback.data).toEqual(worker.data);

    // Teams desktop and web: Action.Execute (an invoke).
    let since = t.connector.recorded.length;
    let res = await t.post(execute(t.connector.url, alice, worker.verb, worker.data));
    expect(res.status).toBe(200);
    let sent = await t.connector.waitFor((r) => r.route !== 'update', { since });
    expect(cardText(sent.body.attachments[0].content)).toContain('When to contact the LADO');
    // The clarifying card itself is replaced by the choice made, so its buttons cannot act twice.
    const invoke = JSON.stringify(res.body);
    expect(invoke).toContain('You said: Someone who works with children');

    // Teams mobile: the Action.Submit fallback (a message with a value), same handler.
    since = t.connector.recorded.length;
    res = await t.post(submit(t.connector.url, alice, family.fallback.data, 'card-clarify'));
    expect(res.status).toBe(200);
    sent = await t.connector.waitFor((r) => r.route !== 'update', { since });
    const answer = cardText(sent.body.attachments[0].content);
    expect(answer).toContain('What are the levels of need?');
    expect(answer).not.toContain('One question first');
  });

  it('does not carry a question with personal data in clarify buttons', async () => {
    const card = await ask('a boy called Jayden was slapped, what do I do');
    expect(JSON.stringify(card)).not.toContain('Jayden');
    expect(cardText(card)).not.toContain('One question first');
  });

  it('a clarify button with missing or odd data gets a kind answer, not an error', async () => {
    const since = t.connector.recorded.length;
    const res = await t.post(execute(t.connector.url, alice, 'ask.clarify', { q: 42, adds: null }));
    expect(res.status).toBe(200);
    const sent = await t.connector.waitFor(() => true, { since });
    expect(cardText(sent.body.attachments[0].content)).toContain('What would you like to know?');
  });

  it('example buttons and "other sections" work through Action.Execute too', async () => {
    let since = t.connector.recorded.length;
    let res = await t.post(execute(t.connector.url, alice, 'ask', { q: 'what are the levels of need' }));
    expect(res.status).toBe(200);
    let sent = await t.connector.waitFor(() => true, { since });
    expect(cardText(sent.body.attachments[0].content)).toContain('There are four levels of need');

    since = t.connector.recorded.length;
    res = await t.post(execute(t.connector.url, alice, 'ask.section', { sectionId: 'testshire-levels#bruising-on-a-baby-who-is-not-mobile' }));
    expect(res.status).toBe(200);
    sent = await t.connector.waitFor(() => true, { since });
    expect(cardText(sent.body.attachments[0].content)).toContain('Any bruise or injury on a baby');
  });
});

// Last, so its votes don't change the counts above.
describe('personal data the check used to miss (issue 16)', () => {
  it.each([
    'I called the social worker yesterday about a child called Barnaby',
    'Called Barnaby, he is 6',
    'Barnaby Quartermaine has a bruise',
    'born 2015-03-14, what level',
  ])('"%s": warned, and a Helpful press carrying it stores no question', async (text) => {
    expect(cardText(await ask(text))).toMatch(/don't share identifying details/);
    // A card made before the check knew better still carries the text: the vote is kept, the text is not.
    const who = person(`helpful-${text.length}`);
    const res = await t.post(execute(t.connector.url, who, 'feedback', { sectionId: 'testshire-lado#when-to-contact-the-lado', helpful: true, q: text }));
    expect(res.status).toBe(200);
    const stored = (await rawSql(t.assistant.stores).all<{ question: string | null }>('select question from feedback where section_id = ?', 'testshire-lado#when-to-contact-the-lado')).map((r) => r.question);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((q) => q && /Barnaby|2015/.test(q))).toEqual([]);
  });
});
