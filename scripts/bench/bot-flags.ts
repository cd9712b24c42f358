// The Node flags and environment `npm start` runs the bot with (package.json "start"), so the bench measures the
// bot as it runs. Test: test/start-flags.test.ts.
// The young generation capped at 8 MB per semi-space: Node 24's V8 otherwise grows it to 64 MB on a large machine
// and keeps it, which alone put 100+ MB on the bot's RSS (BENCHMARKS.md, Memory).
export const START_NODE_FLAGS = ['--max-semi-space-size=8'] as const;
// glibc's malloc opens an arena for each thread that allocates (up to eight per core); the bot's work is on one
// thread, and two arenas save about 8 MB of RSS at start with no loss of speed (BENCHMARKS.md, Memory).
export const START_ENV = { MALLOC_ARENA_MAX: '2' } as const;
