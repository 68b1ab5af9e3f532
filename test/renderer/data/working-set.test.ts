/**
 * The working set as the renderer keeps it: hydrated from the package view and the journal,
 * changed by each record main has written (a later one of the same subject replaces it, a
 * deletion removes it, a record of another journal is not taken), emptied when the package
 * closes, and live queries told of every change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyJournalRecord,
  emptyWorkingSet,
  hydrateJournal,
  hydratePackage,
  readWorkingSet,
  resetWorkingSet,
  watchWorkingSet,
  workingSetCounts,
} from '../../../renderer/data';
import type { WorkingSetReader } from '../../../renderer/data';
import {
  CASE,
  OWNER,
  annotation,
  closedStatus,
  deleted,
  openStatus,
  packageView,
  readingPosition,
} from './working-set-records';

afterEach(() => resetWorkingSet());

/** What `query` answers now, read through a live query once every write asked has run. */
async function read<T>(query: (reader: WorkingSetReader) => Promise<T>): Promise<T> {
  await workingSetCounts();
  return new Promise<T>((resolve, reject) => {
    const stop = watchWorkingSet(
      query,
      (value) => {
        queueMicrotask(() => stop());
        resolve(value);
      },
      reject,
    );
  });
}

const annotationIds = (records: readonly { kind: string; annotationId?: string }[]) =>
  records.filter((r) => r.kind === 'annotation').map((r) => r.annotationId);

describe('the working set', () => {
  it('holds the open package’s applications and materials in the package’s order', async () => {
    await hydratePackage(packageView);
    const applications = await read((r) => r.applications());
    expect(applications.map((a) => [a.applicationNo, a.applicantName])).toEqual([
      ['2026001', '华东精密轴承有限公司'],
      ['2026002', '西部智能装备股份有限公司'],
    ]);
    expect((await read((r) => r.materialsOf('a001'))).map((m) => m.name)).toEqual([
      '申报材料.docx',
      '推荐表.pdf',
    ]);
    expect(await workingSetCounts()).toMatchObject({ applications: 2, materials: 3 });
    // The package closed: none held.
    await hydratePackage(null);
    expect(await workingSetCounts()).toMatchObject({ applications: 0, materials: 0 });
  });

  it('is hydrated from the journal, then follows every record main has written', async () => {
    await hydrateJournal(
      openStatus([annotation('n1', 1), readingPosition('m1', 2), annotation('n2', 3)]),
    );
    expect(annotationIds(await read((r) => r.recordsOf('a001')))).toEqual(['n1', 'n2']);

    await applyJournalRecord(annotation('n1', 4, { note: '改过' }));
    await applyJournalRecord(annotation('n3', 5, { applicationId: 'a002' }));
    await applyJournalRecord(deleted('n2', 6));
    const ofFirst = await read((r) => r.recordsOf('a001'));
    // Journal order: the reading position (2) before the edited note (4).
    expect(ofFirst.map((r) => r.recordNumber)).toEqual([2, 4]);
    expect(ofFirst.find((r) => r.kind === 'annotation')).toMatchObject({
      body: { value: '改过' },
    });
    expect(annotationIds(await read((r) => r.recordsOf('a002')))).toEqual(['n3']);
    expect((await read((r) => r.allRecords())).map((r) => r.recordNumber)).toEqual([2, 4, 5]);
    // A one-off read answers the same, once the writes asked before it have run.
    void applyJournalRecord(deleted('n3', 7));
    expect((await readWorkingSet((r) => r.allRecords())).map((r) => r.recordNumber)).toEqual([
      2, 4,
    ]);
  });

  it('takes no record of another journal, and none older than the one it holds', async () => {
    await hydrateJournal(openStatus([annotation('n1', 3, { note: '新' })]));
    await applyJournalRecord(annotation('n9', 4, { caseId: 'ffffffffffffffffffffffffffffffff' }));
    await applyJournalRecord(annotation('n1', 2, { note: '旧' }));
    const records = await read((r) => r.allRecords());
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ annotationId: 'n1', body: { value: '新' } });
  });

  it('holds no records once the journal closes, and nothing once emptied', async () => {
    await hydratePackage(packageView);
    await hydrateJournal(openStatus([annotation('n1', 1)]));
    expect(await readWorkingSet((r) => r.heldJournal())).toEqual({ caseId: CASE, owner: OWNER });
    await hydrateJournal(closedStatus);
    expect(await readWorkingSet((r) => r.heldJournal())).toBeNull();
    expect(await workingSetCounts()).toEqual({
      applications: 2,
      materials: 3,
      records: 0,
      journals: 0,
    });
    // With no journal open, an append that arrives late is not taken.
    await applyJournalRecord(annotation('n2', 2));
    expect(await workingSetCounts()).toMatchObject({ records: 0 });

    await hydrateJournal(openStatus([annotation('n1', 1)]));
    await emptyWorkingSet();
    expect(await workingSetCounts()).toEqual({
      applications: 0,
      materials: 0,
      records: 0,
      journals: 0,
    });
  });

  it('tells a live query of each change, in the order the writes were asked', async () => {
    const seen: string[][] = [];
    let settled!: () => void;
    const emptied = new Promise<void>((resolve) => (settled = resolve));
    const stop = watchWorkingSet(
      (r) => r.recordsOf('a001'),
      (records) => {
        seen.push(annotationIds(records) as string[]);
        if (seen.some((ids) => ids.length > 0) && records.length === 0) settled();
      },
      (error) => {
        throw error;
      },
    );
    // Asked without waiting: each lands after the one before.
    void hydrateJournal(openStatus([annotation('n1', 1)]));
    void applyJournalRecord(annotation('n2', 2));
    void emptyWorkingSet();
    await emptied;
    stop();
    expect(seen.at(-1)).toEqual([]);
    // Live queries may coalesce; whatever was shown before the end came in order.
    const shown = seen.slice(0, -1).filter((ids) => ids.length > 0);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((ids, i) => i === 0 || ids.length >= shown[i - 1]!.length)).toBe(true);
    expect(shown.flat().every((id) => id === 'n1' || id === 'n2')).toBe(true);
  });
});
