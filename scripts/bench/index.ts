// npm run bench: every figure of issue 7 in one run, printed as a table and written to bench/results.json.
//   npm run bench                      full run (under 3 minutes), real knowledge if it loads
//   npm run bench -- --smoke           tiny run on the test fixture (what npm test runs)
//   npm run bench -- --knowledge fixture | --no-eval | --out file.json | --http-seconds 30 (memory soak)
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { benchOptions } from './options.ts';
import { runBench } from './run-bench.ts';
import { formatTable } from './table.ts';
import { REPO_ROOT } from './knowledge-source.ts';

const options = benchOptions(process.argv.slice(2), {
  out: join(REPO_ROOT, 'bench', 'results.json'),
  smokeOut: join(tmpdir(), 'bench-smoke-results.json'),
});
const results = await runBench(options, (step) => process.stderr.write(`bench: ${step}\n`));
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
console.log(formatTable(results));
console.log(`\nwritten to ${options.out}`);
