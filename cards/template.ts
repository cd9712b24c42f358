// Expands an Adaptive Card template (cards/*.json) with data, in the Adaptive Cards templating language:
// "${expr}" alone is replaced by the value itself (a list stays a list), "text ${expr}" by text; an object with
// "$data" is repeated once per item of a list (or scoped to an object); "$when" drops an object unless it is
// exactly true. Our own small expander rather than adaptivecards-templating, whose expression engine (an ANTLR
// parser, moment, lodash) put 6 MB on the bot's heap at start and 200 ms on its import for the handful of
// expressions the cards use (template-expression.ts; BENCHMARKS.md, the thirtieth pass).
import { evaluate, ExpressionError, parseExpression, type Expression, type Scope } from './template-expression.ts';

type Prepared =
  | { kind: 'value'; value: unknown }
  | { kind: 'expression'; expression: Expression }
  | { kind: 'text'; parts: (string | { source: string; expression: Expression })[] }
  | { kind: 'list'; items: Prepared[] }
  | { kind: 'object'; data?: Expression; when?: Expression; entries: [string, Prepared][] };

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const EMBEDDED = /\$\{([^}]*)\}/g;
const WHOLE = /^\$\{([^}]*)\}$/;

function prepare(node: unknown): Prepared {
  if (typeof node === 'string') return prepareString(node);
  if (Array.isArray(node)) return { kind: 'list', items: node.map(prepare) };
  if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    return {
      kind: 'object',
      data: '$data' in record ? directive('$data', record.$data) : undefined,
      when: '$when' in record ? directive('$when', record.$when) : undefined,
      entries: Object.entries(record).filter(([key]) => !RESERVED.has(key)).map(([key, value]) => [key, prepare(value)]),
    };
  }
  return { kind: 'value', value: node };
}

/** `$data` and `$when` hold one expression ("${items}"); anything else is refused when the template loads. */
function directive(name: string, value: unknown): Expression {
  const whole = typeof value === 'string' ? WHOLE.exec(value) : null;
  if (!whole) throw new Error(`card template: ${name} must be one expression, like "\${items}", not ${JSON.stringify(value)}`);
  return parseExpression(whole[1]);
}

function prepareString(text: string): Prepared {
  if (!text.includes('${')) return { kind: 'value', value: text };
  const whole = WHOLE.exec(text);
  if (whole) return { kind: 'expression', expression: parseExpression(whole[1]) };
  const parts: (string | { source: string; expression: Expression })[] = [];
  let last = 0;
  for (const m of text.matchAll(EMBEDDED)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ source: m[1], expression: parseExpression(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return { kind: 'text', parts };
}

/** `null` stands for "dropped": an object whose `$when` is false or whose `$data` list is empty. */
function expand(node: Prepared, scope: Scope): unknown {
  switch (node.kind) {
    case 'value':
      return node.value;
    case 'expression':
      return evaluate(node.expression, scope, true);
    case 'text':
      return node.parts.map((part) => (typeof part === 'string' ? part : textOf(part, scope))).join('');
    case 'list': {
      const out: unknown[] = [];
      for (const item of node.items) {
        const value = expand(item, scope);
        if (Array.isArray(value)) out.push(...value);
        else if (value !== null) out.push(value);
      }
      return out;
    }
    case 'object':
      return expandObject(node, scope);
  }
}

/** The expression's value, or `fallback` when it can't be evaluated (count of a missing value, unlike values compared). */
function evaluateOr(e: Expression, scope: Scope, substitute: boolean, fallback: unknown): unknown {
  try {
    return evaluate(e, scope, substitute);
  } catch (err) {
    if (err instanceof ExpressionError) return fallback;
    throw err;
  }
}

/** A value written into text. One that is null in the data is written as nothing: a card never says "null". */
function textOf(part: { source: string; expression: Expression }, scope: Scope): string {
  const value = evaluateOr(part.expression, scope, true, `\${${part.source}}`);
  return value === null ? '' : String(value);
}

function expandObject(node: Extract<Prepared, { kind: 'object' }>, scope: Scope): unknown {
  const data = node.data === undefined ? undefined : evaluate(node.data, scope, true);
  const repeated = Array.isArray(data);
  const contexts = node.data === undefined ? [undefined] : repeated ? data : [data];
  const results: Record<string, unknown>[] = [];
  contexts.forEach((item, index) => {
    const inner: Scope = { root: scope.root, data: item === undefined ? scope.data : item, index: repeated ? index : scope.index };
    if (node.when !== undefined && whenOf(node.when, inner) !== true) return;
    const out: Record<string, unknown> = {};
    for (const [key, value] of node.entries) {
      const expanded = expand(value, inner);
      if (expanded !== undefined) out[key] = expanded;
    }
    results.push(out);
  });
  return results.length === 0 ? null : results.length === 1 ? results[0] : results;
}

/** `$when` reads missing values as missing (no `${path}` text), and anything it can't evaluate as false. */
const whenOf = (when: Expression, scope: Scope): unknown => evaluateOr(when, scope, false, false);

export interface CardTemplate {
  expand(data: object): unknown;
}

/** Parses a template once (refusing expressions it doesn't support); `expand` then fills it per card. */
export function compileTemplate(json: unknown): CardTemplate {
  const prepared = prepare(json);
  return { expand: (data) => expand(prepared, { data, root: data }) };
}
