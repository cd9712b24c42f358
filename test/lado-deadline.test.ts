// Deadlines in Europe/London: 24 elapsed hours, or 17:00 at the end of the first whole working day,
// skipping weekends and England bank holidays; clock changes never move a working-day deadline off 17:00.
import { describe, expect, it } from 'vitest';
import { createEnglandCalendar, fromLondon, londonParts } from '../bot/time/calendar.ts';
import { computeDeadline, planReminders } from '../bot/lado/deadline.ts';
import { whenInWords } from '../bot/time/in-words.ts';

const calendar = createEnglandCalendar();
const workingDay = (iso: string) => computeDeadline('1-working-day', new Date(iso), calendar).toISOString();
const hours24 = (iso: string) => computeDeadline('24h', new Date(iso), calendar).toISOString();
const local = (iso: string) => {
  const p = londonParts(new Date(iso));
  return `${p.date} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

describe('London time', () => {
  it('turns a London wall-clock time into the right instant in winter and summer', () => {
    expect(fromLondon('2026-11-23', 17).toISOString()).toBe('2026-11-23T17:00:00.000Z');
    expect(fromLondon('2026-07-01', 17).toISOString()).toBe('2026-07-01T16:00:00.000Z');
    // Clock-change days themselves.
    expect(fromLondon('2026-03-29', 17).toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(fromLondon('2026-10-25', 17).toISOString()).toBe('2026-10-25T17:00:00.000Z');
  });

  it('knows the England bank holidays, substitute days included', () => {
    expect(calendar.holidayName('2026-12-28')).toMatch(/Boxing Day/);
    expect(calendar.isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(calendar.isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(calendar.isWorkingDay('2026-04-07')).toBe(true);
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2027-12-27')).toBe(false); // Christmas Day substitute
  });
});

describe('1-working-day rule', () => {
  it('an ordinary weekday: 17:00 the next working day', () => {
    expect(workingDay('2026-11-23T10:00:00Z')).toBe('2026-11-24T17:00:00.000Z'); // Mon 10:00 -> Tue 17:00
  });

  it('before the working day starts, that same day counts as the whole working day', () => {
    expect(workingDay('2026-11-23T08:00:00Z')).toBe('2026-11-23T17:00:00.000Z');
    expect(workingDay('2026-11-23T09:00:00Z')).toBe('2026-11-23T17:00:00.000Z');
    expect(workingDay('2026-11-23T09:01:00Z')).toBe('2026-11-24T17:00:00.000Z');
  });

  it('skips the weekend: Friday afternoon, Saturday and Sunday all give Monday 17:00', () => {
    expect(workingDay('2026-11-27T16:59:00Z')).toBe('2026-11-30T17:00:00.000Z');
    expect(workingDay('2026-11-28T12:00:00Z')).toBe('2026-11-30T17:00:00.000Z');
    expect(workingDay('2026-11-29T23:30:00Z')).toBe('2026-11-30T17:00:00.000Z');
  });

  it('Christmas and New Year: Christmas Day, Boxing Day substitute and New Year’s Day are skipped', () => {
    // Thu 24 Dec 2026 -> Fri 25 (Christmas), Mon 28 (Boxing Day substitute) skipped -> Tue 29 Dec.
    expect(workingDay('2026-12-24T10:00:00Z')).toBe('2026-12-29T17:00:00.000Z');
    expect(workingDay('2026-12-30T10:00:00Z')).toBe('2026-12-31T17:00:00.000Z');
    // Thu 31 Dec -> Fri 1 Jan is a bank holiday -> Mon 4 Jan 2027.
    expect(workingDay('2026-12-31T10:00:00Z')).toBe('2027-01-04T17:00:00.000Z');
    // 2027: Christmas and Boxing Day fall at the weekend, so Mon 27 and Tue 28 are substitutes.
    expect(workingDay('2027-12-24T10:00:00Z')).toBe('2027-12-29T17:00:00.000Z');
  });

  it('Easter: Good Friday and Easter Monday are skipped (summer time, so 17:00 is 16:00 UTC)', () => {
    expect(workingDay('2026-04-02T09:00:00Z')).toBe('2026-04-07T16:00:00.000Z'); // Thu 10:00 BST -> Tue 7 Apr
    expect(local(workingDay('2026-04-02T09:00:00Z'))).toBe('2026-04-07 17:00');
  });

  it('spring clock change: Friday in GMT -> Monday 17:00 BST, not 18:00', () => {
    expect(workingDay('2026-03-27T10:00:00Z')).toBe('2026-03-30T16:00:00.000Z');
    expect(local(workingDay('2026-03-27T10:00:00Z'))).toBe('2026-03-30 17:00');
    // 2027: Easter and the clock change share a weekend (Good Friday 26 Mar, change 28 Mar, Easter Monday 29 Mar).
    expect(local(workingDay('2027-03-25T12:00:00Z'))).toBe('2027-03-30 17:00');
  });

  it('autumn clock change: Friday in BST -> Monday 17:00 GMT, not 16:00', () => {
    expect(workingDay('2026-10-23T09:00:00Z')).toBe('2026-10-26T17:00:00.000Z');
    expect(local(workingDay('2026-10-23T09:00:00Z'))).toBe('2026-10-26 17:00');
  });
});

describe('24h rule', () => {
  it('is 24 elapsed hours, weekends and bank holidays included', () => {
    expect(hours24('2026-11-23T10:00:00Z')).toBe('2026-11-24T10:00:00.000Z');
    expect(hours24('2026-11-28T10:00:00Z')).toBe('2026-11-29T10:00:00.000Z'); // Saturday -> Sunday
    expect(hours24('2026-12-24T15:00:00Z')).toBe('2026-12-25T15:00:00.000Z'); // into Christmas Day
    expect(hours24('2026-12-31T23:30:00Z')).toBe('2027-01-01T23:30:00.000Z'); // into New Year's Day
    expect(hours24('2026-04-02T09:00:00Z')).toBe('2026-04-03T09:00:00.000Z'); // into Good Friday
  });

  it('across the spring change: 24 hours later reads an hour later on the London clock', () => {
    expect(hours24('2026-03-28T10:00:00Z')).toBe('2026-03-29T10:00:00.000Z');
    expect(local('2026-03-28T10:00:00Z')).toBe('2026-03-28 10:00');
    expect(local(hours24('2026-03-28T10:00:00Z'))).toBe('2026-03-29 11:00');
  });

  it('across the autumn change: 24 hours later reads an hour earlier on the London clock', () => {
    expect(local('2026-10-24T09:00:00Z')).toBe('2026-10-24 10:00');
    expect(local(hours24('2026-10-24T09:00:00Z'))).toBe('2026-10-25 09:00');
  });
});

describe('deadline in words', () => {
  it('says the London time, day and date', () => {
    expect(whenInWords(new Date('2026-12-29T17:00:00Z'), new Date('2026-12-24T10:00:00Z'))).toBe('17:00 on Tuesday 29 December');
    expect(whenInWords(new Date('2027-01-04T17:00:00Z'), new Date('2026-12-31T10:00:00Z'))).toBe('17:00 on Monday 4 January 2027');
  });
});

describe('reminder plan', () => {
  const defaults = [{ at: 'start' as const }, { at: 'halfway' as const }, { before_minutes: 120 }, { at: 'deadline' as const }];

  it('start, halfway, 2 hours before and the deadline, in order', () => {
    const plan = planReminders(defaults, new Date('2026-11-23T10:00:00Z'), new Date('2026-11-24T17:00:00Z'));
    expect(plan.map((r) => [r.name, r.at.toISOString()])).toEqual([
      ['start', '2026-11-23T10:00:00.000Z'],
      ['halfway', '2026-11-24T01:30:00.000Z'],
      ['before-120', '2026-11-24T15:00:00.000Z'],
      ['deadline', '2026-11-24T17:00:00.000Z'],
    ]);
  });

  it('skips points already past, and sends only the first card when the deadline has gone', () => {
    const late = planReminders(defaults, new Date('2026-11-24T16:00:00Z'), new Date('2026-11-24T17:00:00Z'));
    expect(late.map((r) => r.name)).toEqual(['start', 'halfway', 'deadline']);
    expect(planReminders(defaults, new Date('2026-11-25T09:00:00Z'), new Date('2026-11-24T17:00:00Z')).map((r) => r.name)).toEqual(['start']);
  });

  it('with the calendar, reminders in between wait for working hours; the first card and the deadline keep their times', () => {
    const cal = createEnglandCalendar();
    // Thursday 11:20 to Friday 17:00 (1 working day): halfway is 02:10 Friday, so it waits until 09:00.
    const overnight = planReminders(defaults, new Date('2026-12-03T11:20:00Z'), new Date('2026-12-04T17:00:00Z'), cal);
    expect(overnight.map((r) => [r.name, r.at.toISOString()])).toEqual([
      ['start', '2026-12-03T11:20:00.000Z'],
      ['halfway', '2026-12-04T09:00:00.000Z'],
      ['before-120', '2026-12-04T15:00:00.000Z'],
      ['deadline', '2026-12-04T17:00:00.000Z'],
    ]);
    // 24 hours from Friday 18:00 over the weekend: halfway (Saturday 06:00) and 2 hours before (Saturday 16:00)
    // would wait until Monday, after the deadline, so only the first card and the deadline card go.
    const weekend = planReminders(defaults, new Date('2026-12-04T18:00:00Z'), new Date('2026-12-05T18:00:00Z'), cal);
    expect(weekend.map((r) => r.name)).toEqual(['start', 'deadline']);
    // In summer time the working day starts at 09:00 London, 08:00 UTC.
    const summer = planReminders(defaults, new Date('2026-07-01T08:30:00Z'), new Date('2026-07-02T16:00:00Z'), cal);
    expect(summer.map((r) => [r.name, r.at.toISOString()])).toEqual([
      ['start', '2026-07-01T08:30:00.000Z'],
      ['halfway', '2026-07-02T08:00:00.000Z'],
      ['before-120', '2026-07-02T14:00:00.000Z'],
      ['deadline', '2026-07-02T16:00:00.000Z'],
    ]);
  });

  it('always sends the deadline card, even when the profile leaves it out', () => {
    expect(planReminders([{ at: 'start' }], new Date('2026-11-23T10:00:00Z'), new Date('2026-11-24T17:00:00Z')).map((r) => r.name)).toEqual(['start', 'deadline']);
  });
});
