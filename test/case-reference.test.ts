// Case and audit references: the documented shapes pass; names and dates of birth do not.
import { describe, expect, it } from 'vitest';
import { referenceProblem } from '../bot/safety/case-reference.ts';

describe('reference shape', () => {
  it.each(['LADO-2026-0412', 'MACA-2026-03', 'SCH-2026-14', 'lado-2026-0412', 'LADO/2026/0412', 'LADO.2026.0412', 'LADO-2026-0412-A', 'X-1', 'LADO-77'])('accepts %s', (ref) => {
    expect(referenceProblem(ref)).toBeUndefined();
  });

  it.each([
    ['Jayden Whitfield 2015', 'name'],
    ['Mr Smith 12', 'name'],
    ['JAYDEN-2015', 'name'],
    ['LADO-SMITH-1', 'name'],
    ['WHITFIELDJ-1', 'name'],
    ['WHITFIELD-J-14032015', 'date'],
    ['SMITH-J-140315', 'date'],
    ['LADO-14-03-2015', 'date'],
    ['CR-20150314', 'date'],
    ['LADO 2026 0412', 'shape'],
    ['LADO_2026', 'shape'],
    ['MACA', 'shape'],
    ['LADO-ABC', 'no-number'],
  ])('refuses %s (%s)', (ref, problem) => {
    expect(referenceProblem(ref)).toBe(problem);
  });
});
