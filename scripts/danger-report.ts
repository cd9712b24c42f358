// npm run danger:report [-- --partnership wirral] [--held-aside] [--all]: how the immediate-danger detector does on
// the labelled corpus (test/fixtures/immediate-danger/): recall on emergencies, false alarms on ordinary questions,
// with every miss and false alarm listed. The held-aside files are only read with --held-aside (or --all).
// `-- --set bench/danger-sets/set-18.jsonl`: a blind set kept unread, totals only (add --list to read it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../bot/knowledge/load.ts';
import { dangerCorpus, dangerSet, scoreCorpus, type CorpusPart } from './danger-corpus.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const partnership = opt('--partnership') ?? 'wigan';
const parts: CorpusPart[] = args.includes('--all') ? ['main', 'held-aside'] : args.includes('--held-aside') ? ['held-aside'] : ['main'];
const detector = loadKnowledge(join(import.meta.dirname, '..', 'knowledge'), partnership).immediateDanger;

const set = opt('--set');
if (args.includes('--set') && (set === undefined || !existsSync(set))) {
  console.error(`No such set: ${set ?? '(none given)'}. The blind danger sets are in bench/danger-sets/ (set-18.jsonl, set-21.jsonl).`);
  process.exit(1);
}
const files = set ? dangerSet(set) : parts.flatMap((part) => dangerCorpus(part));
// An unread set stays unread: its lines are listed only when asked for.
const list = !set || args.includes('--list');
for (const file of files) {
  const s = scoreCorpus(file, detector);
  const rate = file.label === 'emergency' ? `recall ${s.percent}% (${s.right}/${s.n})` : `false alarms ${s.percent}% (${s.n - s.right}/${s.n})`;
  console.log(`${file.name}: ${rate}`);
  if (list) for (const w of s.wrong) console.log(`   ${file.label === 'emergency' ? 'missed' : 'false alarm'}: ${w.q}${w.situations.length ? `  [${w.situations.join(', ')}]` : ''}`);
}
