// The card templates' expander (cards/template.ts): the templating language's rules for the forms our cards use,
// and every template in cards/ accepted when it loads.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../cards/template.ts';

const expand = (template: unknown, data: object) => compileTemplate(template).expand(data);

describe('card template expander', () => {
  it('puts a value in as itself when the string is one expression, so a list stays a list', () => {
    expect(expand({ actions: '${actions}', n: '${count}' }, { actions: [{ type: 'Action.Submit' }], count: 2 })).toEqual({ actions: [{ type: 'Action.Submit' }], n: 2 });
  });

  it('reads a dotted path and writes values into text', () => {
    expect(expand({ text: 'Ring ${safety.frontDoor} or ${safety.police}.' }, { safety: { frontDoor: 'the front door', police: '999' } })).toEqual({ text: 'Ring the front door or 999.' });
  });

  it("shows a missing value as its own ${path}, so a builder's slip is seen on the card rather than hidden", () => {
    expect(expand({ text: '${heading}', line: 'Source: ${source}' }, {})).toEqual({ text: '${heading}', line: 'Source: ${source}' });
  });

  it('writes nothing for a value that is null in the data, so a card never says "null"', () => {
    expect(expand({ line: 'Owner: ${owner}.' }, { owner: null })).toEqual({ line: 'Owner: .' });
  });

  it('repeats an object once per item of a $data list, each item its own scope', () => {
    const template = { body: [{ $data: '${rows}', type: 'TextBlock', text: '${label}: ${$data.value}' }] };
    expect(expand(template, { rows: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] })).toEqual({
      body: [{ type: 'TextBlock', text: 'a: 1' }, { type: 'TextBlock', text: 'b: 2' }],
    });
  });

  it('writes each string of a $data list with ${$data}', () => {
    expect(expand({ body: [{ $data: '${lines}', text: '- ${$data}' }] }, { lines: ['one', 'two'] })).toEqual({ body: [{ text: '- one' }, { text: '- two' }] });
  });

  it('drops an element whose $data list is empty', () => {
    expect(expand({ body: [{ type: 'Heading' }, { $data: '${rows}', text: '${$data}' }] }, { rows: [] })).toEqual({ body: [{ type: 'Heading' }] });
  });

  it('keeps an element only when $when is exactly true: a non-empty string is not true', () => {
    const template = { body: [{ $when: '${shown}', text: 'a' }, { $when: "${note != ''}", text: '${note}' }, { $when: '${!own}', text: 'not yours' }] };
    expect(expand(template, { shown: 'yes', note: '', own: true })).toEqual({ body: [] });
    expect(expand(template, { shown: true, note: 'n', own: false })).toEqual({ body: [{ text: 'a' }, { text: 'n' }, { text: 'not yours' }] });
  });

  it('reads a missing value in $when as missing: != "" holds, count() fails and drops the element', () => {
    const template = { body: [{ $when: "${note != ''}", text: 'note' }, { $when: '${count(items) > 0}', text: 'items' }, { $when: '${!own}', text: 'not own' }] };
    expect(expand(template, {})).toEqual({ body: [{ text: 'note' }, { text: 'not own' }] });
  });

  it('flattens a list put into a list, as the actions row of a card needs', () => {
    expect(expand({ actions: [{ type: 'first' }, '${more}'] }, { more: [{ type: 'second' }, { type: 'third' }] })).toEqual({ actions: [{ type: 'first' }, { type: 'second' }, { type: 'third' }] });
  });

  it('never expands a value a second time: text from the data stays as written', () => {
    expect(expand({ text: '${question}' }, { question: 'what does ${threshold} mean' })).toEqual({ text: 'what does ${threshold} mean' });
  });

  it('refuses, when the template loads, an expression the expander does not support', () => {
    expect(() => compileTemplate({ text: '${join(lines, ", ")}' })).toThrow(/not an expression the card templates support/);
    expect(() => compileTemplate({ text: '${a + b}' })).toThrow(/not an expression/);
    expect(() => compileTemplate({ body: [{ $when: 'true', text: 'x' }] })).toThrow(/\$when must be one expression/);
  });

  it('accepts every template in cards/', () => {
    const dir = new URL('../cards/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(() => compileTemplate(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))), file).not.toThrow();
  });
});
