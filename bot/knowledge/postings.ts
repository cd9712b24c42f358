// Postings lists packed into flat typed arrays for the search index: tens of thousands of short lists (bigrams,
// document terms) cost far less as one array of entries than as an array each.

/** Many short postings lists in flat arrays (a typed array or a small array each would cost more than their
 *  entries): key -> id, and the key's entries are items[start[id]] .. items[start[id + 1] - 1]. */
export interface PackedPostings {
  ids: Map<string, number>;
  start: Int32Array;
  items: Int32Array;
}

/** Packed postings with a number per entry. */
export interface WeightedPostings extends PackedPostings {
  values: Float64Array;
}

/** Collects postings straight into the map the index keeps, as flat (key, item, value) entries rather than a list
 *  per key (tens of thousands of small arrays), then sorts them by key. Items are added in ascending order; the same
 *  item twice in a row for a key is kept once. */
export class PostingsBuilder {
  readonly ids = new Map<string, number>();
  /** Whether entries carry a value (unused ones are not stored: these arrays are the largest the build makes). */
  constructor(private readonly weighted: boolean) {}

  private readonly last: number[] = [];
  private readonly entryIds: number[] = [];
  private readonly entryItems: number[] = [];
  private readonly entryValues: number[] = [];

  add(key: string, item: number, value = 0): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.last.length));
      this.last.push(-1);
    } else if (this.last[id] === item) return;
    this.last[id] = item;
    this.entryIds.push(id);
    this.entryItems.push(item);
    if (this.weighted) this.entryValues.push(value);
  }

  pack(): WeightedPostings {
    // A counting sort by key: each key's entries stay in the order they were added.
    const keys = this.last.length;
    const start = new Int32Array(keys + 1);
    for (const id of this.entryIds) start[id + 1]++;
    for (let id = 0; id < keys; id++) start[id + 1] += start[id];
    const next = start.slice(0, keys);
    const items = new Int32Array(this.entryIds.length);
    const values = new Float64Array(this.weighted ? this.entryIds.length : 0);
    this.entryIds.forEach((id, e) => {
      const at = next[id]++;
      items[at] = this.entryItems[e];
      if (this.weighted) values[at] = this.entryValues[e];
    });
    return { ids: this.ids, start, items, values };
  }

  packItems(): PackedPostings {
    const { ids, start, items } = this.pack();
    return { ids, start, items };
  }
}
