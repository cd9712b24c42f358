// The knowledge's YAML reader: YAML 1.2 core, as content owners' files have always been read.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../bot/knowledge/yaml.ts';

describe('parseYaml', () => {
  it('reads words, lists and numbers as YAML 1.2 core does', () => {
    expect(parseYaml('term: LADO\nalso: [designated officer, "999"]\nversion: 1\n')).toEqual({ term: 'LADO', also: ['designated officer', '999'], version: 1 });
  });

  it('leaves dates, yes/no and times as text (no YAML 1.1 surprises)', () => {
    expect(parseYaml('reviewed: 2026-11-01\nanswer: yes\nat: 1:30\n')).toEqual({ reviewed: '2026-11-01', answer: 'yes', at: '1:30' });
  });

  it.each([
    ['a bad indent', 'classes:\n  a: [x\n b: y\n'],
    ['an unclosed quote', 'term: "LADO\n'],
    ['a tab for indentation', 'classes:\n\ta: x\n'],
  ])('throws on %s, with where it is', (_kind, text) => {
    expect(() => parseYaml(text)).toThrow(/\d+:\d+/);
  });
});
