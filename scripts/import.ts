// npm run import -- <file or folder> --partnership wigan --area lado [--id …] [--title …] [--source-url …]
//   [--source-title …] [--force] [--max-mb 50] [--dir knowledge]
// Turns .docx, .pdf and saved .html procedures into draft knowledge documents and says what needs a person.
// Exit code: 0 drafts written and the knowledge check passes; 2 drafts written, the check lists problems; 1 refused, nothing written.
import { parseArgs } from 'node:util';
import { importDocuments } from './import/import-documents.ts';
import { ImportError } from './import/import-error.ts';
import { formatReport } from './import/format-report.ts';

const USAGE = 'Usage: npm run import -- <file or folder> --partnership wigan --area lado [--id wigan-lado-procedure] [--title …] [--source-url https://…] [--source-title …] [--force] [--max-mb 50]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        partnership: { type: 'string' },
        area: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        'source-url': { type: 'string' },
        'source-title': { type: 'string' },
        force: { type: 'boolean', default: false },
        'max-mb': { type: 'string', default: '50' },
        dir: { type: 'string', default: 'knowledge' },
      },
    });
  } catch (err) {
    console.error(`import: ${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const maxMb = Number(values['max-mb']);
  if (positionals.length !== 1 || !(maxMb > 0)) {
    console.error(positionals.length !== 1 ? `import: name one file or folder.\n${USAGE}` : `import: --max-mb "${values['max-mb']}" must be a number of megabytes above 0.`);
    return 1;
  }
  try {
    const report = await importDocuments({
      input: positionals[0],
      knowledgeDir: values.dir,
      partnership: values.partnership,
      area: values.area,
      id: values.id,
      title: values.title,
      sourceUrl: values['source-url'],
      sourceTitle: values['source-title'],
      force: values.force,
      maxBytes: maxMb * 1024 * 1024,
      today: londonDate(new Date()),
    });
    console.log(formatReport(report, values.partnership!));
    return report.check.ok ? 0 : 2;
  } catch (err) {
    if (err instanceof ImportError) {
      console.error(`import: ${err.message}\nNothing was written.`);
      return 1;
    }
    throw err;
  }
}

// Review dates are the partnership's calendar day.
const londonDate = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

process.exitCode = await main();
