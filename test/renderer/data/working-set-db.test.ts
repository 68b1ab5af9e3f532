/**
 * The working set's door never reaches the page's IndexedDB (issue 9, point 3): a recording
 * stand-in is installed as `globalThis.indexedDB` and `globalThis.IDBKeyRange` before the door
 * (and Dexie) load, every touch of it is recorded and throws; the working set still hydrates,
 * answers live queries and empties, and nothing touched the stand-in after loading. The same
 * run with a door whose in-memory factory is the page's own fails, so the check can fail.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Door from '../../../renderer/data/working-set-db';
import { annotation } from './working-set-records';

type Phase = 'loading' | 'running';
let phase: Phase = 'loading';
/** Every touch of the stand-in: the global read, or any property of the factory or key range. */
const touches: { readonly phase: Phase; readonly what: string }[] = [];

/** An object whose every property read is recorded and throws: nothing of it can be used. */
function recordingStandIn(name: string): object {
  return new Proxy(
    {},
    {
      get(_target, property) {
        touches.push({ phase, what: `${name}.${String(property)}` });
        throw new Error(`the page's ${name} was used`);
      },
      has(_target, property) {
        touches.push({ phase, what: `${String(property)} in ${name}` });
        return false;
      },
    },
  );
}

function installRecordingGlobal(name: 'indexedDB' | 'IDBKeyRange'): void {
  const standIn = recordingStandIn(name);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      touches.push({ phase, what: `globalThis.${name}` });
      return standIn;
    },
  });
}

const touchedWhileRunning = () => touches.filter((t) => t.phase === 'running');

let door: typeof Door;

beforeAll(async () => {
  installRecordingGlobal('indexedDB');
  installRecordingGlobal('IDBKeyRange');
  door = await import('../../../renderer/data/working-set-db');
  phase = 'running';
});

/**
 * What the app does with its working set: hydrate a package and a journal, take an append, watch
 * a live query until it sees both records, empty every table. Returns what the query saw.
 */
async function exercise(doorModule: typeof Door): Promise<number[]> {
  const db = doorModule.openWorkingSetDb();
  const seen: number[] = [];
  let answered!: () => void;
  let failed!: (error: unknown) => void;
  const twoRecords = new Promise<void>((resolve, reject) => {
    answered = resolve;
    failed = reject;
  });
  // Awaited below; a write that fails first must not leave this one unhandled.
  twoRecords.catch(() => undefined);
  const stop = db.watch(
    async (reader) => (await reader.recordsOf('a001')).length,
    (count) => {
      seen.push(count);
      if (count === 2) answered();
    },
    (error) => failed(error),
  );
  await db.replacePackage(
    [
      {
        id: 'a001',
        order: 0,
        applicationNo: '2026001',
        applicantName: '甲',
        experienceTitle: '乙',
      },
    ],
    [{ id: 'm1', applicationId: 'a001', order: 0, kind: 'application-text', name: 'x', size: 1 }],
  );
  const journal = {
    key: 'journal' as const,
    caseId: annotation('n', 1).caseId,
    owner: 'AAAA-BBBB-CCCC-DDDD',
  };
  const row = (n: number) => ({
    subject: `annotation:n${n}`,
    recordNumber: n,
    kind: 'annotation' as const,
    applicationId: 'a001',
    materialId: 'm1',
    record: annotation(`n${n}`, n),
  });
  await db.replaceJournal(journal, [row(1)]);
  await db.applyRecord(row(2), false);
  await twoRecords;
  stop();
  expect(await db.counts()).toEqual({ applications: 1, materials: 1, records: 2, journals: 1 });
  await db.empty();
  expect(await db.counts()).toEqual({ applications: 0, materials: 0, records: 0, journals: 0 });
  db.close();

  return seen;
}

describe('the working set door', () => {
  it('hydrates, answers a live query and empties without touching the page’s IndexedDB', async () => {
    const seen = await exercise(door);
    expect(seen.at(-1)).toBe(2);
    expect(touchedWhileRunning()).toEqual([]);
    // Loading, Dexie read the globals for its defaults (which the door then points at memory)
    // and asked IDBKeyRange.only([[]]) once, a pure function, to learn whether arrays are keys;
    // it never looked inside the page's IndexedDB.
    expect(new Set(touches.map((t) => t.what))).toEqual(
      new Set(['globalThis.indexedDB', 'globalThis.IDBKeyRange', 'IDBKeyRange.only']),
    );
  });

  it('points Dexie’s own defaults at memory, so a database opened without options stays there too', async () => {
    const { default: Dexie } = await import('dexie');
    const stray = new Dexie('stray');
    stray.version(1).stores({ things: 'id' });
    await stray.table('things').put({ id: 1 });
    expect(await stray.table('things').count()).toBe(1);
    stray.close();
    expect(touchedWhileRunning()).toEqual([]);
  });

  it('fails, the same way, for a door whose IndexedDB is the page’s (the check can fail)', async () => {
    const before = touchedWhileRunning().length;
    // The door as it would be had its in-memory factory been the page's own.
    vi.resetModules();
    vi.doMock('fake-indexeddb', () => ({
      IDBFactory: class {
        constructor() {
          return globalThis.indexedDB;
        }
      },
      IDBKeyRange: globalThis.IDBKeyRange,
    }));
    try {
      const misbuilt = await import('../../../renderer/data/working-set-db');
      await expect(exercise(misbuilt)).rejects.toThrow(/the page's indexedDB was used/);
    } finally {
      vi.doUnmock('fake-indexeddb');
      vi.resetModules();
    }
    const recorded = touchedWhileRunning().slice(before);
    expect(recorded.some((t) => t.what.startsWith('indexedDB.'))).toBe(true);
  });
});
