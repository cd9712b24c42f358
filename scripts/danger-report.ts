// npm run danger:report [-- --partnership wirral] [--held-aside] [--all]: how the immediate-danger detector does on
// the labelled corpus (test/fixtures/immediate-danger/): recall on emergencies, false alarms on ordinary questions,
// with every miss and false alarm listed. The held-aside files are only read with --held-aside (or --all).
import { join } from 'node:path';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { dangerCorpus, scoreCorpus, type CorpusPart } from './danger-corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const partnership = opt('--partnership') ?? 'wigan';
const parts: CorpusPart[] = args.includes('--all') ? ['main', 'held-aside'] : args.includes('--held-aside') ? ['held-aside'] : ['main'];
const detector = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), partnership).immediateDanger;

for (const part of parts) {
  for (const file of dangerCorpus(part)) {
    const s = scoreCorpus(file, detector);
    const rate = file.label === 'emergency' ? `recall ${s.percent}% (${s.right}/${s.n})` : `false alarms ${s.percent}% (${s.n - s.right}/${s.n})`;
    console.log(`${file.name}: ${rate}`);
    for (const w of s.wrong) console.log(`   ${file.label === 'emergency' ? 'missed' : 'false alarm'}: ${w.q}${w.situations.length ? `  [${w.situations.join(', ')}]` : ''}`);
  }
}
