/**
 * The one door to Dexie and to the in-memory IndexedDB it runs on (STYLE.md habit 4, issue 9
 * point 3): the expert's working set, the open package's applications and materials and the
 * journal's live records, in tables the screens query live. Dexie never sees the browser's
 * IndexedDB: every database is opened on a fresh `IDBFactory` of fake-indexeddb, an IndexedDB
 * held in this page's JavaScript memory, so the working set stays off the disk whatever the
 * session partition does (the in-memory partition, without `persist:`, is the second wall).
 */
import Dexie, { liveQuery } from 'dexie';
import type { EntityTable } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { JournalRecord } from '../../shared/journal';

/** 申报 of the open package, in the package's order. */
export interface ApplicationRow {
  readonly id: string;
  readonly order: number;
  /** 申报编号 */
  readonly applicationNo: string;
  /** 申报单位 */
  readonly applicantName: string;
  /** 经验名称 */
  readonly experienceTitle: string;
}

/** A material of an application, by its public description only: its bytes are never here. */
export interface MaterialRow {
  readonly id: string;
  readonly applicationId: string;
  readonly order: number;
  readonly kind: string;
  readonly name: string;
  readonly size: number;
  readonly mediaType?: string;
}

/** One live journal record (the last of its subject), indexed by what the screens ask for. */
export interface RecordRow {
  /** `annotation:<id>`, `reading-position:<material id>`: one row per subject. */
  readonly subject: string;
  readonly recordNumber: number;
  readonly kind: JournalRecord['kind'];
  readonly applicationId?: string;
  readonly materialId?: string;
  readonly record: JournalRecord;
}

/** Which journal the records are of: an append for another one is not taken. */
export interface JournalRow {
  readonly key: 'journal';
  readonly caseId: string;
  readonly owner: string;
}

/** What an IndexedDB is made of, for Dexie: the in-memory one unless a test says otherwise. */
export interface IndexedDbDependencies {
  readonly indexedDB: globalThis.IDBFactory;
  readonly IDBKeyRange: typeof globalThis.IDBKeyRange;
}

/** A fresh, empty IndexedDB in this page's memory, shared with nothing else. */
export function inMemoryIndexedDb(): IndexedDbDependencies {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

// Dexie's own defaults (what a `new Dexie(name)` without options and its liveQuery fall back on)
// point at memory too: no path inside Dexie leads to the browser's IndexedDB.
Dexie.dependencies.indexedDB = inMemoryIndexedDb().indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

type WorkingSetDexie = Dexie & {
  applications: EntityTable<ApplicationRow, 'id'>;
  materials: EntityTable<MaterialRow, 'id'>;
  records: EntityTable<RecordRow, 'subject'>;
  journal: EntityTable<JournalRow, 'key'>;
};

/** The reads a live query may make; each one is watched, and the query runs again on a change. */
export interface WorkingSetReader {
  applications(): Promise<ApplicationRow[]>;
  materialsOf(applicationId: string): Promise<MaterialRow[]>;
  /** The live records of one application, in journal order. */
  recordsOf(applicationId: string): Promise<JournalRecord[]>;
  /** Every live record, in journal order. */
  allRecords(): Promise<JournalRecord[]>;
  /**
   * Which journal the records are of (null: none held). Matched against main's status, it says
   * whether the working set has been hydrated for the journal that status names.
   */
  heldJournal(): Promise<{ readonly caseId: string; readonly owner: string } | null>;
}

export interface WorkingSetCounts {
  readonly applications: number;
  readonly materials: number;
  readonly records: number;
  readonly journals: number;
}

export interface WorkingSetDb {
  /** The open package's applications and materials replace the ones held (none: emptied). */
  replacePackage(applications: ApplicationRow[], materials: MaterialRow[]): Promise<void>;
  /** The journal's live records replace the ones held (null: no journal open, none held). */
  replaceJournal(journal: JournalRow | null, records: RecordRow[]): Promise<void>;
  /** One record main has written: it replaces its subject's row, or removes it. */
  applyRecord(row: RecordRow, removes: boolean): Promise<void>;
  /** Every table emptied at once. */
  empty(): Promise<void>;
  counts(): Promise<WorkingSetCounts>;
  /** Runs `query` once. */
  read<T>(query: (reader: WorkingSetReader) => Promise<T>): Promise<T>;
  /** Runs `query` now and again after every change to what it read; returns the unsubscribe. */
  watch<T>(
    query: (reader: WorkingSetReader) => Promise<T>,
    next: (value: T) => void,
    fail: (error: unknown) => void,
  ): () => void;
  close(): void;
}

const byRecordNumber = (a: RecordRow, b: RecordRow) => a.recordNumber - b.recordNumber;

/** Opens a working set on `dependencies` (a fresh in-memory IndexedDB by default). */
export function openWorkingSetDb(
  dependencies: IndexedDbDependencies = inMemoryIndexedDb(),
): WorkingSetDb {
  const db = new Dexie('qbr-working-set', {
    indexedDB: dependencies.indexedDB,
    IDBKeyRange: dependencies.IDBKeyRange,
  }) as WorkingSetDexie;
  db.version(1).stores({
    applications: 'id, order',
    materials: 'id, applicationId, order',
    records: 'subject, applicationId, materialId, recordNumber',
    journal: 'key',
  });
  const tables = [db.applications, db.materials, db.records, db.journal];

  const reader: WorkingSetReader = {
    applications: () => db.applications.orderBy('order').toArray(),
    materialsOf: async (applicationId) =>
      (await db.materials.where('applicationId').equals(applicationId).toArray()).sort(
        (a, b) => a.order - b.order,
      ),
    recordsOf: async (applicationId) =>
      (await db.records.where('applicationId').equals(applicationId).toArray())
        .sort(byRecordNumber)
        .map((row) => row.record),
    allRecords: async () =>
      (await db.records.orderBy('recordNumber').toArray()).map((row) => row.record),
    heldJournal: async () => {
      const held = await db.journal.get('journal');
      return held ? { caseId: held.caseId, owner: held.owner } : null;
    },
  };

  return {
    replacePackage: (applications, materials) =>
      db.transaction('rw', db.applications, db.materials, async () => {
        await db.applications.clear();
        await db.materials.clear();
        await db.applications.bulkPut(applications);
        await db.materials.bulkPut(materials);
      }),
    replaceJournal: (journal, records) =>
      db.transaction('rw', db.records, db.journal, async () => {
        await db.records.clear();
        await db.journal.clear();
        if (journal === null) return;
        await db.journal.put(journal);
        await db.records.bulkPut(records);
      }),
    applyRecord: (row, removes) =>
      db.transaction('rw', db.records, db.journal, async () => {
        const journal = await db.journal.get('journal');
        if (journal?.caseId !== row.record.caseId || journal.owner !== row.record.author) return;
        const held = await db.records.get(row.subject);
        // A record older than the one held (a status read before it) changes nothing.
        if (held !== undefined && held.recordNumber > row.recordNumber) return;
        if (removes) await db.records.delete(row.subject);
        else await db.records.put(row);
      }),
    empty: () =>
      db.transaction('rw', tables, async () => {
        for (const table of tables) await table.clear();
      }),
    counts: async () => ({
      applications: await db.applications.count(),
      materials: await db.materials.count(),
      records: await db.records.count(),
      journals: await db.journal.count(),
    }),
    read: (query) => query(reader),
    watch(query, next, fail) {
      const subscription = liveQuery(() => query(reader)).subscribe({ next, error: fail });
      return () => subscription.unsubscribe();
    },
    close: () => db.close(),
  };
}
