// The second partnership profile: PARTNERSHIP=wirral loads knowledge/wirral/ (+ national/) with no code change,
// carries Wirral's 24-hour LADO rules, and answers allegation questions from Wirral's own LADO guidance.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { createAnswerEngine } from '../bot/knowledge/answer.ts';

const kb = loadKnowledge('knowledge', 'wirral');
const engine = createAnswerEngine(kb);

describe('the Wirral profile', () => {
  it('loads the Wirral profile, not the default one', () => {
    expect(kb.partnership.id).toBe('wirral');
    expect(kb.partnership.short_name).toBe('Wirral');
    expect(kb.docs.some((d) => d.partnership === 'wigan')).toBe(false);
    expect(kb.docs.filter((d) => d.partnership === 'wirral').map((d) => d.area)).toEqual(
      expect.arrayContaining(['thresholds', 'escalation', 'lado', 'learning', 'audits']),
    );
  });

  it('refers to the LADO within 24 hours and reports the outcome within 24 hours', () => {
    expect(kb.partnership.lado.referral_rule).toBe('24h');
    expect(kb.partnership.lado.outcome_report_rule).toBe('24h');
    expect(kb.partnership.lado.reminders.length).toBeGreaterThan(0);
  });

  it('invents no contact: unknown front door number and LADO email stay empty, and the profile asks to be verified', () => {
    expect(kb.partnership.front_door.phone).toBeNull();
    expect(kb.partnership.lado.email).toBeNull();
    expect(kb.partnership.status).toBe('verify');
  });

  it('marks every Wirral document verify: all of it rests on the 2016/17 annual report', () => {
    const wirralDocs = kb.docs.filter((d) => d.partnership === 'wirral');
    expect(wirralDocs.length).toBeGreaterThan(10);
    expect(wirralDocs.filter((d) => d.status !== 'verify').map((d) => d.file)).toEqual([]);
    const lado = engine.answer('how do I contact the Wirral LADO?').hits[0];
    expect(lado?.section.status).toBe('verify');
  });

  it('has a practitioner questionnaire of 4-8 kebab-case questions with agency types and reminders', () => {
    const q = kb.partnership.questionnaire;
    expect(q.questions.length).toBeGreaterThanOrEqual(4);
    expect(q.questions.length).toBeLessThanOrEqual(8);
    for (const question of q.questions) expect(question.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(q.questions.map((x) => x.id)).size).toBe(q.questions.length);
    expect(q.agency_types.length).toBeGreaterThan(0);
    expect(q.reminder_days_before_close.length).toBeGreaterThan(0);
  });

  it.each([
    'how quickly must I tell the LADO about an allegation against a teacher?',
    'a member of staff has been accused of hurting a child, what do I do',
    'do we have to report the outcome of our investigation to the LADO',
  ])('answers "%s" from a Wirral LADO section', (question) => {
    const top = engine.answer(question).hits[0];
    expect(top?.doc.partnership).toBe('wirral');
    expect(top?.doc.area).toBe('lado');
  });

  it('says 24 hours, not one working day, in the top answer about the LADO timescale', () => {
    const top = engine.answer('how long do I have to refer an allegation to the LADO?').hits[0];
    expect(top?.doc.id).toBe('wirral-lado-procedure');
    expect(top?.section.text).toMatch(/24 hours/);
    expect(top?.section.text).not.toMatch(/working day/i);
  });

  it('answers a front door question from the Wirral Integrated Front Door guidance', () => {
    const top = engine.answer('how do I make a referral to children’s social care?').hits[0];
    expect(top?.doc.id).toBe('wirral-front-door');
  });
});
