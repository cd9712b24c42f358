// The few Adaptive Expressions our card templates use, parsed once when a template loads and evaluated per card:
// a path (`name`, `safety.frontDoorText`, `$data`), `!x`, a comparison with a '…' string or a number, and
// `count(x)`. Semantics follow the Adaptive Cards templating language (adaptive-expressions) for these forms;
// anything else is refused when the template loads, so a template can't silently mean something else.

export type Expression =
  | { kind: 'path'; path: string; segments: string[] }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'not'; operand: Expression }
  | { kind: 'count'; operand: Expression }
  | { kind: 'compare'; op: CompareOp; left: Expression; right: Expression };

type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=';

/** What a path is read against: the item a `$data` repeat is on (or the root data), the root, the item's index. */
export interface Scope {
  data: unknown;
  root: unknown;
  index?: number;
}

/** Thrown when an expression can't be evaluated (count of a missing value, a comparison of unlike values). */
export class ExpressionError extends Error {}

const TOKEN = /\s*(?:(\$?[A-Za-z_][\w]*(?:\.[A-Za-z_$][\w]*)*)|('(?:[^'\\]|\\.)*')|(-?\d+(?:\.\d+)?)|(==|!=|>=|<=|>|<|!|\(|\)))/y;

export function parseExpression(source: string): Expression {
  const fail = (): never => {
    throw new Error(`card template: "${source}" is not an expression the card templates support`);
  };
  const tokens: string[] = [];
  let at = 0;
  while (at < source.length && !/^\s*$/.test(source.slice(at))) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source) ?? fail();
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
    at = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): Expression => {
    const t = tokens[i++] ?? fail();
    if (t === '!') return { kind: 'not', operand: primary() };
    if (t === 'count' && peek() === '(') {
      i++;
      const operand = comparison();
      if (tokens[i++] !== ')') fail();
      return { kind: 'count', operand };
    }
    if (t === 'true' || t === 'false') return { kind: 'literal', value: t === 'true' };
    if (t.startsWith("'")) return { kind: 'literal', value: t.slice(1, -1).replace(/\\(.)/g, '$1') };
    if (/^-?\d/.test(t)) return { kind: 'literal', value: Number(t) };
    if (/^\$?[A-Za-z_]/.test(t)) return { kind: 'path', path: t, segments: t.split('.') };
    return fail();
  };
  const comparison = (): Expression => {
    const left = primary();
    const op = peek();
    if (op === '==' || op === '!=' || op === '>' || op === '>=' || op === '<' || op === '<=') {
      i++;
      return { kind: 'compare', op, left, right: primary() };
    }
    return left;
  };
  const expression = comparison();
  if (i !== tokens.length) fail();
  return expression;
}

/** A path's value: `$data`, `$root` and `$index` by name, anything else read on the current item. */
function readPath(segments: string[], scope: Scope): unknown {
  const [head, ...rest] = segments;
  let value: unknown = head === '$data' ? scope.data : head === '$root' ? scope.root : head === '$index' ? scope.index : property(scope.data, head);
  for (const key of rest) value = property(value, key);
  return value;
}

function property(from: unknown, key: string): unknown {
  if (from === null || typeof from !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(from, key) ? (from as Record<string, unknown>)[key] : undefined;
}

// adaptive-expressions: only false, null and undefined are false; '' and 0 are true.
const isTrue = (v: unknown) => (typeof v === 'boolean' ? v : v !== null && v !== undefined);

function equals(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a === null || a === undefined) && (b === null || b === undefined);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, k) => equals(x, b[k]));
  return a === b;
}

/**
 * The expression's value. With `substitute` (card text, not `$when`), a missing value reads as its own `${path}`,
 * as the templating language does, so a builder's slip shows on the card instead of an empty field.
 */
export function evaluate(e: Expression, scope: Scope, substitute: boolean): unknown {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'path': {
      const value = readPath(e.segments, scope);
      return substitute && value === undefined ? `\${${e.path}}` : value;
    }
    case 'not':
      return !isTrue(evaluate(e.operand, scope, substitute));
    case 'count': {
      const v = evaluate(e.operand, scope, substitute);
      if (typeof v === 'string' || Array.isArray(v)) return v.length;
      if (v !== null && typeof v === 'object') return Object.keys(v).length;
      throw new ExpressionError(`count() of ${v === undefined ? 'a missing value' : typeof v}`);
    }
    case 'compare': {
      const left = evaluate(e.left, scope, substitute);
      const right = evaluate(e.right, scope, substitute);
      if (e.op === '==') return equals(left, right);
      if (e.op === '!=') return !equals(left, right);
      if (!((typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string'))) {
        throw new ExpressionError(`${e.op} between ${typeof left} and ${typeof right}`);
      }
      return e.op === '>' ? left > right : e.op === '>=' ? left >= right : e.op === '<' ? left < right : left <= right;
    }
  }
}
