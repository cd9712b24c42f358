// A knowledge file's front matter and its Markdown (bot/knowledge/front-matter.ts), as content owners write them and
// as they get them wrong.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../bot/knowledge/front-matter.ts';

describe('front matter', () => {
  it('reads the YAML between the two --- lines and gives the Markdown after the closing one', () => {
    const f = readFrontMatter('---\nid: wigan-levels\nlast_reviewed: 2026-01-05\ntags: [levels, threshold]\n---\n## What are the levels?\n\nFour levels.\n');
    expect(f.data).toEqual({ id: 'wigan-levels', last_reviewed: '2026-01-05', tags: ['levels', 'threshold'] });
    expect(f.content).toBe('## What are the levels?\n\nFour levels.\n');
  });

  it('keeps a date as typed: an unquoted date is the same text as a quoted one, not a timestamp', () => {
    expect(readFrontMatter('---\nlast_reviewed: 2026-01-05\n---\n').data).toEqual(readFrontMatter('---\nlast_reviewed: "2026-01-05"\n---\n').data);
  });

  it('reads files saved on Windows (CRLF) or with a byte order mark', () => {
    const f = readFrontMatter('\uFEFF---\r\nid: a\r\n---\r\n## Heading\r\n');
    expect(f.data).toEqual({ id: 'a' });
    expect(f.content).toBe('## Heading\r\n');
  });

  it('reads a closing line at the very end of the file, and empty front matter', () => {
    expect(readFrontMatter('---\nid: a\n---')).toEqual({ data: { id: 'a' }, content: '' });
    expect(readFrontMatter('---\n---\n## H\n')).toEqual({ data: {}, content: '## H\n' });
  });

  it('takes a file with no front matter as all Markdown (the schema then says what is missing)', () => {
    expect(readFrontMatter('## Just a heading\n')).toEqual({ data: {}, content: '## Just a heading\n' });
  });

  it('does not end the front matter at a rule or a longer dash line inside the YAML', () => {
    const f = readFrontMatter('---\nsummary: "--- not the end"\n---\nbody\n');
    expect(f.data).toEqual({ summary: '--- not the end' });
    expect(f.content).toBe('body\n');
  });

  it('says what is wrong with YAML it cannot read, and with front matter never closed', () => {
    expect(() => readFrontMatter('---\nid: [unclosed\n---\n')).toThrow(/end of the stream.*\(2:1\)/);
    expect(() => readFrontMatter('---\nid: a\n## Heading with no closing line\n')).toThrow(/no closing "---" line/);
  });
});
