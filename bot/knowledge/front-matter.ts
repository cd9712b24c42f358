// A knowledge file's front matter (YAML between two "---" lines at its top) and the Markdown after it, read with the
// knowledge's own YAML reader (yaml.ts): no second YAML library at start-up.
import { parseYaml } from './yaml.ts';

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
// The closing line: "---" alone, or at the very end of the file.
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

export interface FrontMatter {
  /** The parsed YAML ({} when the file has no front matter). */
  data: unknown;
  /** The Markdown after the closing line. */
  content: string;
}

/** Throws (with the line and column of a YAML syntax error, or a missing closing line) when it cannot be read. */
export function readFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, content: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new Error('no closing "---" line after the front matter');
  const yaml = rest.slice(0, closing.index);
  return { data: parseYaml(yaml) ?? {}, content: rest.slice(closing.index + closing[0].length) };
}
