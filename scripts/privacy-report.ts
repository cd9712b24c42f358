// npm run privacy:report: how well the personal-data check does on our corpus (development and held-aside sets).
// Targets: recall >= 95 %, false alarms <= 5 %. Lists every miss and every false alarm.
import { scoreCorpus } from './privacy-corpus.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
let ok = true;
for (const set of ['development', 'held-aside'] as const) {
  const s = scoreCorpus(set);
  const pass = s.recall >= 0.95 && s.falseAlarmRate <= 0.05;
  ok &&= pass;
  console.log(`${set}: recall ${pct(s.recall)} (${s.caught}/${s.personal} messages with personal data caught), false alarms ${pct(s.falseAlarmRate)} (${s.falseAlarms}/${s.ordinary} ordinary questions flagged) ${pass ? 'ok' : 'BELOW TARGET'}`);
  for (const m of s.missed) console.log(`  missed [${m.kind}]: ${m.text}`);
  for (const f of s.flagged) console.log(`  false alarm [${f.kinds.join(', ')}]: ${f.text}`);
}
process.exitCode = ok ? 0 : 1;
