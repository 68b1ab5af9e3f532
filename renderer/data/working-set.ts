/**
 * The expert's working set in this page: hydrated from the desk's package view and from the
 * journal when it opens, kept up to date by each record main has written, emptied when the
 * package closes (and by whatever must forget it at once: the app lock, lock-actions.ts). Writes
 * run one at a time in the order asked, so a later status never lands under an earlier one.
 */
import { isRemoval, subjectOf } from '../../shared/journal';
import type { JournalRecord, JournalStatus } from '../../shared/journal';
import type { DeskPackageView } from '../../shared/desk/desk-views';
import { openWorkingSetDb } from './working-set-db';
import type {
  ApplicationRow,
  MaterialRow,
  RecordRow,
  WorkingSetCounts,
  WorkingSetDb,
  WorkingSetReader,
} from './working-set-db';

let db: WorkingSetDb | null = null;
let queue: Promise<void> = Promise.resolve();

function workingSetDb(): WorkingSetDb {
  db ??= openWorkingSetDb();
  return db;
}

/**
 * Runs `step` after every write asked before it. A write never fails its caller (a store's
 * subscriber, an append's answer): the working set is in memory, so a failure is a bug, told
 * by its name alone (never a record's content), and the next write runs all the same.
 */
function inTurn(step: (db: WorkingSetDb) => Promise<void>): Promise<void> {
  const run = queue
    .then(() => step(workingSetDb()))
    .catch((error: unknown) => console.error(`working set write failed: ${nameOf(error)}`));
  queue = run;
  return run;
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Where a record belongs, for the screens' queries: the application every kind about one names
 * (annotations, reading positions, the review's scores and comments), and the material of an
 * annotation or a reading position.
 */
function placeOf(record: JournalRecord): { applicationId?: string; materialId?: string } {
  const applicationId =
    'applicationId' in record && typeof record.applicationId === 'string'
      ? record.applicationId
      : undefined;
  const materialId =
    record.kind === 'annotation'
      ? record.target.source
      : record.kind === 'reading-position'
        ? record.materialId
        : undefined;
  return {
    ...(applicationId === undefined ? {} : { applicationId }),
    ...(materialId === undefined ? {} : { materialId }),
  };
}

function rowOf(record: JournalRecord): RecordRow {
  return {
    subject: subjectOf(record),
    recordNumber: record.recordNumber,
    kind: record.kind,
    ...placeOf(record),
    record,
  };
}

/** The open package's applications and materials (null: the package closed, none held). */
export function hydratePackage(view: DeskPackageView | null): Promise<void> {
  return inTurn((set) => {
    const applications: ApplicationRow[] = [];
    const materials: MaterialRow[] = [];
    view?.applications.forEach((application, order) => {
      const { id, applicationNo, applicantName, experienceTitle } = application;
      applications.push({ id, order, applicationNo, applicantName, experienceTitle });
      application.materials.forEach((material, materialOrder) =>
        materials.push({ ...material, applicationId: id, order: materialOrder }),
      );
    });
    return set.replacePackage(applications, materials);
  });
}

/** The journal main answered with: its live records, or none when no journal is open. */
export function hydrateJournal(status: JournalStatus): Promise<void> {
  return inTurn((set) =>
    status.open
      ? set.replaceJournal(
          { key: 'journal', caseId: status.caseId, owner: status.owner },
          status.records.map(rowOf),
        )
      : set.replaceJournal(null, []),
  );
}

/** A record main has written (and flushed): its subject's row replaced, or removed. */
export function applyJournalRecord(record: JournalRecord): Promise<void> {
  return inTurn((set) => set.applyRecord(rowOf(record), isRemoval(record)));
}

/** Forgets everything held, at once: the package closed, or the desk locked. */
export function emptyWorkingSet(): Promise<void> {
  return inTurn((set) => set.empty());
}

/** How many rows each table holds, once every write asked before has run (a test, a check). */
export async function workingSetCounts(): Promise<WorkingSetCounts> {
  await queue;
  return workingSetDb().counts();
}

/** What `query` reads now, once every write asked before has run (a one-off, not watched). */
export async function readWorkingSet<T>(
  query: (reader: WorkingSetReader) => Promise<T>,
): Promise<T> {
  await queue;
  return workingSetDb().read(query);
}

/** Watches a query over the working set (the screens' hook); returns the unsubscribe. */
export function watchWorkingSet<T>(
  query: (reader: WorkingSetReader) => Promise<T>,
  next: (value: T) => void,
  fail: (error: unknown) => void,
): () => void {
  return workingSetDb().watch(query, next, fail);
}

/** Closes the database and starts the next one empty (a test starting afresh). */
export async function resetWorkingSet(): Promise<void> {
  await queue;
  db?.close();
  db = null;
}
