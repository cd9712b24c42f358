// England's bank holidays are read from the United Kingdom's rules alone (bot/time/england-holidays.json): they must be
// the installed date-holidays' rules, and give the same days as date-holidays with every country's rules loaded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { addDays, createEnglandCalendar } from '../bot/time/calendar.ts';

const require = createRequire(import.meta.url);

describe('England bank holidays', () => {
  it("are the installed date-holidays' United Kingdom rules (after updating it: node --import tsx scripts/build-england-holidays.ts)", () => {
    const { data } = require('date-holidays/data') as { data: { holidays: Record<string, unknown> } };
    const stored: unknown = JSON.parse(readFileSync(new URL('../bot/time/england-holidays.json', import.meta.url), 'utf8'));
    expect(stored).toEqual({ ...data, holidays: { GB: data.holidays.GB } });
  });

  it('fall on the same days, with the same names, as date-holidays with every country loaded, 2000 to 2050', () => {
    const full = new Holidays('GB', 'ENG');
    const calendar = createEnglandCalendar();
    for (let year = 2000; year <= 2050; year++) {
      const expected = new Map<string, string>();
      for (const h of full.getHolidays(year)) if (h.type === 'public' || h.type === 'bank') expected.set(h.date.slice(0, 10), h.name);
      const found = new Map<string, string>();
      for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
        const name = calendar.holidayName(date);
        if (name) found.set(date, name);
      }
      expect(found, String(year)).toEqual(expected);
      expect(found.size, String(year)).toBeGreaterThanOrEqual(8);
    }
  });
});
