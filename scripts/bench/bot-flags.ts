// The Node flags `npm start` runs the bot with (package.json "start"), so the bench measures the bot as it runs.
// The young generation capped at 8 MB per semi-space: Node 24's V8 otherwise grows it to 64 MB on a large machine
// and keeps it, which alone put 100+ MB on the bot's RSS (BENCHMARKS.md, Memory). Test: test/start-flags.test.ts.
export const START_NODE_FLAGS = ['--max-semi-space-size=8'] as const;
