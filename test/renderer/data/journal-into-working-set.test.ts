/**
 * The journal's actions keep the working set: the records main answers with are hydrated, a
 * record is taken once main has written it, the desk's package fills the applications and
 * materials, and closing the package empties every table. Against a stand-in for window's api.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationEntry, JournalRecord } from '../../../shared/journal';
import { resetWorkingSet, watchWorkingSet, workingSetCounts } from '../../../renderer/data';
import { getEmptyDeskState, useDeskStore } from '../../../renderer/state/desk-store';
import {
  deleteAnnotation,
  loadJournal,
  resetJournalSaver,
  saveAnnotation,
} from '../../../renderer/state/journal-actions';
import { getEmptyJournalState, useJournalStore } from '../../../renderer/state/journal-store';
import {
  CASE,
  OWNER,
  annotation,
  closedStatus,
  openStatus,
  packageView,
} from './working-set-records';

let journal: Record<string, ReturnType<typeof vi.fn>>;
let recordNumber = 1;

const entryOf = (annotationId: string): AnnotationEntry => ({
  kind: 'annotation',
  annotationId,
  applicationId: 'a001',
  target: { source: 'm1', selector: [{ type: 'TextQuoteSelector', exact: '质量' }] },
  body: { type: 'TextualBody', value: '好' },
});

/** The annotation ids of a001 the working set holds, once every write asked has run. */
async function annotationsHeld(): Promise<string[]> {
  await workingSetCounts();
  return new Promise((resolve, reject) => {
    const stop = watchWorkingSet(
      (reader) => reader.recordsOf('a001'),
      (records) => {
        queueMicrotask(() => stop());
        resolve(records.flatMap((r) => (r.kind === 'annotation' ? [r.annotationId] : [])));
      },
      reject,
    );
  });
}

beforeEach(() => {
  useJournalStore.setState(getEmptyJournalState());
  useDeskStore.setState(getEmptyDeskState());
  resetJournalSaver();
  recordNumber = 1;
  journal = {
    status: vi.fn(async () => ({ ok: true, value: openStatus([annotation('n1', 1)]) })),
    append: vi.fn(async ({ entry }: { entry: JournalRecord }) => ({
      ok: true,
      value: {
        record: {
          ...entry,
          caseId: CASE,
          recordNumber: ++recordNumber,
          at: '2026-11-29T08:00:00.000Z',
          author: OWNER,
        },
      },
    })),
  };
  vi.stubGlobal('window', { qbr: { journal, desk: {} } });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await resetWorkingSet();
});

describe('the journal into the working set', () => {
  it('hydrates the records main answers with and takes each one main has written', async () => {
    await loadJournal();
    expect(await annotationsHeld()).toEqual(['n1']);
    expect(await saveAnnotation(entryOf('n2'))).toBe(true);
    expect(await annotationsHeld()).toEqual(['n1', 'n2']);
    expect(await deleteAnnotation('n1')).toBe(true);
    expect(await annotationsHeld()).toEqual(['n2']);
  });

  it('takes no record main refused', async () => {
    await loadJournal();
    journal.append!.mockResolvedValueOnce({
      ok: false,
      error: { code: 'journal-disk-full', message: '磁盘已满。/ The disk is full.' },
    });
    expect(await saveAnnotation(entryOf('n2'))).toBe(false);
    expect(await annotationsHeld()).toEqual(['n1']);
  });

  it('holds the desk’s package while it is open, and nothing once it closes', async () => {
    useDeskStore.setState({ status: { opened: packageView, chosenFile: 'e03.qbcase' } });
    await loadJournal();
    expect(await workingSetCounts()).toEqual({
      applications: 2,
      materials: 3,
      records: 1,
      journals: 1,
    });
    // Main closes the journal with the package; the records go before it says so.
    let answerClosed!: () => void;
    journal.status!.mockImplementation(
      () =>
        new Promise((resolve) => {
          answerClosed = () => resolve({ ok: true, value: closedStatus });
        }),
    );
    useDeskStore.setState({ status: { opened: null, chosenFile: 'e03.qbcase' } });
    expect(await workingSetCounts()).toEqual({
      applications: 0,
      materials: 0,
      records: 0,
      journals: 0,
    });
    answerClosed();
    await vi.waitFor(() => expect(useJournalStore.getState().status?.open).toBe(false));
    expect(await workingSetCounts()).toEqual({
      applications: 0,
      materials: 0,
      records: 0,
      journals: 0,
    });
  });
});
