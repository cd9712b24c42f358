// Regenerates bot/time/england-holidays.json: date-holidays' rules for the United Kingdom only, with the holiday names
// they use, so the bot reads England's bank holidays without loading every country's rules (those took about 10 MB of
// the bot's RSS at start, Node 20 and Node 24).
//   node --import tsx scripts/build-england-holidays.ts      (after updating date-holidays: test/england-holidays.test.ts
//   fails until the file matches the installed data)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { data } = require('date-holidays/data') as { data: { holidays: Record<string, unknown> } };
const out = join(import.meta.dirname, '..', 'bot', 'time', 'england-holidays.json');
writeFileSync(out, `${JSON.stringify({ ...data, holidays: { GB: data.holidays.GB } })}\n`);
console.log(`wrote ${out}`);
