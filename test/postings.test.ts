// Packed postings: each key's items, in the order added, found through its range in one flat array.
import { describe, expect, it } from 'vitest';
import { PostingsBuilder, type PackedPostings } from '../bot/knowledge/postings.ts';

const itemsOf = (p: PackedPostings, key: string) => {
  const id = p.ids.get(key);
  return id === undefined ? [] : [...p.items.subarray(p.start[id], p.start[id + 1])];
};

describe('PostingsBuilder', () => {
  it('keeps each key\'s items in order, however the keys interleave, and the same item twice in a row once', () => {
    const b = new PostingsBuilder(false);
    b.add('lado', 0);
    b.add('refer', 0);
    b.add('lado', 2);
    b.add('lado', 2);
    b.add('refer', 5);
    b.add('lado', 7);
    const p = b.packItems();
    expect(itemsOf(p, 'lado')).toEqual([0, 2, 7]);
    expect(itemsOf(p, 'refer')).toEqual([0, 5]);
    expect(itemsOf(p, 'absent')).toEqual([]);
  });

  it('carries a value per entry when weighted, beside its item', () => {
    const b = new PostingsBuilder(true);
    b.add('bruise', 1, 0.5);
    b.add('baby', 1, 2);
    b.add('bruise', 4, 1.25);
    const p = b.pack();
    const id = p.ids.get('bruise')!;
    expect([...p.values.subarray(p.start[id], p.start[id + 1])]).toEqual([0.5, 1.25]);
  });

  it('packs nothing into empty arrays', () => {
    const p = new PostingsBuilder(true).pack();
    expect(p.items.length).toBe(0);
    expect(p.start).toEqual(new Int32Array([0]));
  });
});
