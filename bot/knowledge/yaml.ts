// The knowledge's YAML (situations, immediate danger, glossary, partnership profiles), read with js-yaml's core
// schema: YAML 1.2 as the `yaml` package reads it (no dates, no octal), at a quarter of its cost at start-up.
import { CORE_SCHEMA, load } from 'js-yaml';

/** The parsed document; throws with the line and column of a syntax error. */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}
