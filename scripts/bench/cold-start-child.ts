// One cold start in a fresh process: read and validate the Markdown, build the index, answer once.
// Run by cold-start.ts, compiled (as `npm start` runs the bot) or through tsx; prints one JSON line. Loading the
// modules is timed apart from the work that grows with content.
const t0 = performance.now();
const { loadKnowledge } = await import('../../bot/knowledge/load.ts');
const { createAnswerEngine } = await import('../../bot/knowledge/answer.ts');
const t1 = performance.now();

const [dir, partnership] = process.argv.slice(2);
const kb = loadKnowledge(dir, partnership);
const t2 = performance.now();
const engine = createAnswerEngine(kb);
const t3 = performance.now();
engine.answer('how quickly must the LADO be told about an allegation');
const t4 = performance.now();

process.stdout.write(
  JSON.stringify({
    sections: engine.sectionCount,
    import_ms: t1 - t0,
    load_ms: t2 - t1,
    index_ms: t3 - t2,
    first_answer_ms: t4 - t3,
    rss_mb: process.memoryUsage().rss / 2 ** 20,
  }) + '\n',
);
