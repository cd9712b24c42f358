// Scores the personal-data check against test/fixtures/personal-data/: recall on messages that carry personal
// data, false alarms on ordinary safeguarding questions. Shared by `npm run privacy:report` and the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPersonalData } from '../bot/safety/personal-data.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'personal-data');

export interface Labelled {
  kind: string;
  text: string;
}

export interface CorpusScore {
  set: 'development' | 'held-aside';
  personal: number;
  caught: number;
  ordinary: number;
  falseAlarms: number;
  recall: number;
  falseAlarmRate: number;
  missed: Labelled[];
  flagged: Array<{ text: string; kinds: string[] }>;
}

function lines(file: string): string[] {
  return readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l && !l.startsWith('#'));
}

export function readCorpus(set: CorpusScore['set']) {
  const prefix = set === 'held-aside' ? 'held-aside-' : '';
  const personal = lines(`${prefix}personal.tsv`).map((l) => {
    const [kind, ...rest] = l.split('\t');
    return { kind: kind!, text: rest.join('\t') };
  });
  return { personal, ordinary: lines(`${prefix}ordinary.tsv`) };
}

export function scoreCorpus(set: CorpusScore['set']): CorpusScore {
  const { personal, ordinary } = readCorpus(set);
  const missed = personal.filter((p) => findPersonalData(p.text).length === 0);
  const flagged = ordinary.map((text) => ({ text, kinds: findPersonalData(text) })).filter((o) => o.kinds.length > 0);
  return {
    set,
    personal: personal.length,
    caught: personal.length - missed.length,
    ordinary: ordinary.length,
    falseAlarms: flagged.length,
    recall: (personal.length - missed.length) / personal.length,
    falseAlarmRate: flagged.length / ordinary.length,
    missed,
    flagged,
  };
}
