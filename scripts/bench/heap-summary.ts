// Where a V8 heap snapshot's bytes are: self size summed by node type and constructor name, largest first.
//   node --import tsx scripts/bench/heap-summary.ts file.heapsnapshot [other.heapsnapshot]  (the second: growth)
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

function summarise(file: string): Map<string, number> {
  const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const totals = new Map<string, number>();
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + typeAt]];
    const name = type === 'object' || type === 'closure' || type === 'native' ? s.strings[s.nodes[i + nameAt]] : '';
    const key = `${type}${name ? `: ${name.slice(0, 60)}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + s.nodes[i + sizeAt]);
  }
  return totals;
}

const [first, second] = process.argv.slice(2);
const a = summarise(first);
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
if (!second) {
  console.log(`${first}: ${mb(total(a))} MB`);
  for (const [k, v] of [...a].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${mb(v).padStart(8)} MB  ${k}`);
} else {
  const b = summarise(second);
  console.log(`${first} ${mb(total(a))} MB -> ${second} ${mb(total(b))} MB`);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const growth = [...keys].map((k) => [k, (b.get(k) ?? 0) - (a.get(k) ?? 0)] as const).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  for (const [k, v] of growth.slice(0, 20)) console.log(`${(v >= 0 ? '+' : '') + mb(v)} MB  ${k}`);
}
