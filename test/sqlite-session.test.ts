// The SQLite gate on a real file: an asynchronous transaction (the amendments log's) takes in only the store
// calls made from inside it; a write from another turn waits for it and is never rolled back with it.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, disposeTestDatabases } from './support/stores.ts';

afterEach(disposeTestDatabases);

const at = new Date('2026-11-30T10:00:00Z');
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

function held() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { gate, release };
}

describe('SQLite gate', () => {
  it('a write from outside waits while a transaction is open; when the transaction throws, the outside write is kept and its own are not', async () => {
    const database = await createTestDatabase('sqlite');
    const stores = await database.open();
    const inside = held();
    const entered = held();
    const tx = stores.amendments.transaction(async () => {
      await stores.follows.follow('inside-user', 'doc#a', at);
      entered.release();
      await inside.gate;
      throw new Error('publish failed');
    });
    await entered.gate;

    // Another turn, in its own async context.
    let outsideDone = false;
    const outside = stores.follows.follow('outside-user', 'doc#b', at).then((added) => {
      outsideDone = true;
      return added;
    });
    await tick();
    expect(outsideDone).toBe(false);

    inside.release();
    await expect(tx).rejects.toThrow('publish failed');
    expect(await outside).toBe(true);

    // Read back through a second connection: only what was committed is there.
    const reader = await database.open();
    expect(await reader.follows.list('outside-user')).toEqual([{ sectionId: 'doc#b', since: at }]);
    expect(await reader.follows.list('inside-user')).toEqual([]);
  });

  it('commits everything written inside, including through nested store transactions', async () => {
    const database = await createTestDatabase('sqlite');
    const stores = await database.open();
    const batchId = await stores.amendments.transaction(async () => {
      await stores.follows.follow('u1', 'doc#a', at);
      await stores.schedule.schedule([{ kind: 'test.kind', subjectId: 'subject-1', recipient: { kind: 'user', userKey: 'u1' }, dueAt: at, payload: {} }]);
      return stores.amendments.record({ docs: new Map([['doc', { hash: 'h', title: 'Doc', lastReviewed: '2026-11-01' }]]), sections: new Map() }, at, true, []);
    });
    expect(batchId).toBeGreaterThan(0);
    const reader = await database.open();
    expect(await reader.follows.list('u1')).toHaveLength(1);
    expect(await reader.schedule.list('subject-1')).toHaveLength(1);
    expect((await reader.amendments.snapshot())?.docs.get('doc')?.title).toBe('Doc');
  });

  it('a nested transaction that throws rolls back alone; the outer one still commits', async () => {
    const database = await createTestDatabase('sqlite');
    const stores = await database.open();
    await stores.amendments.transaction(async () => {
      await stores.follows.follow('kept', 'doc#a', at);
      await expect(
        stores.amendments.transaction(async () => {
          await stores.follows.follow('dropped', 'doc#b', at);
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
    });
    const reader = await database.open();
    expect(await reader.follows.list('kept')).toHaveLength(1);
    expect(await reader.follows.list('dropped')).toEqual([]);
  });

  it('two transactions from different turns run one after the other, never interleaved', async () => {
    const stores = await (await createTestDatabase('sqlite')).open();
    const order: string[] = [];
    const run = (name: string) =>
      stores.amendments.transaction(async () => {
        order.push(`${name} begin`);
        await tick();
        await stores.follows.follow(name, 'doc#a', at);
        order.push(`${name} end`);
      });
    await Promise.all([run('first'), run('second')]);
    expect(order).toEqual(['first begin', 'first end', 'second begin', 'second end']);
  });
});
