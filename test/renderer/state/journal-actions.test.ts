/**
 * The journal actions against a stand-in for window's api: the status main answers is shown, a
 * torn tail kept until put away, an annotation shown as saved only once main answered its
 * append, a refusal kept beside the edit, and the backup and restore through main's dialogs.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wireErrorOf } from '../../../shared/errors/wire-error';
import type { AnnotationEntry, JournalRecord, JournalStatus } from '../../../shared/journal';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { SaveIndicatorView } from '../../../renderer/components/SaveIndicator';
import { indicationOfSaves } from '../../../renderer/components/save-indicator-state';
import {
  deleteAnnotation,
  dismissTornTail,
  exportJournalBackup,
  loadJournal,
  resetJournalSaver,
  restoreJournalBackup,
  saveAnnotation,
} from '../../../renderer/state/journal-actions';
import { getEmptyJournalState, useJournalStore } from '../../../renderer/state/journal-store';
import { readWorkingSet, resetWorkingSet } from '../../../renderer/data';
import { getEmptyDeskState, useDeskStore } from '../../../renderer/state/desk-store';
import type { DeskPackageView } from '../../../shared/desk/desk-views';

const CASE = '0123456789abcdef0123456789abcdef';
const OWNER = 'AAAA-BBBB-CCCC-DDDD';

const entry = (annotationId: string, value = '好'): AnnotationEntry => ({
  kind: 'annotation',
  annotationId,
  applicationId: 'a001',
  target: { source: 'm1', selector: [{ type: 'TextQuoteSelector', exact: '质量' }] },
  body: { type: 'TextualBody', value },
});
const recordOf = (e: object, recordNumber: number) =>
  ({
    ...e,
    caseId: CASE,
    recordNumber,
    at: '2026-11-29T08:00:00.000Z',
    author: OWNER,
  }) as JournalRecord;
const openStatus = (records: JournalRecord[]): JournalStatus => ({
  open: true,
  caseId: CASE,
  owner: OWNER,
  lastRecordNumber: records.length,
  records,
  tornTail: null,
});

let journal: Record<string, ReturnType<typeof vi.fn>>;

/** The indicator as the store stands now (the server renderer would read the initial store). */
function indicator(): string {
  return renderToStaticMarkup(
    createElement(
      LocaleContext,
      { value: 'zh-CN' },
      createElement(SaveIndicatorView, indicationOfSaves(useJournalStore.getState().saves)),
    ),
  );
}

beforeEach(() => {
  useJournalStore.setState(getEmptyJournalState());
  resetJournalSaver();
  journal = {
    status: vi.fn(async () => ({ ok: true, value: openStatus([]) })),
    append: vi.fn(async ({ entry: e }: { entry: AnnotationEntry }) => ({
      ok: true,
      value: { record: recordOf(e, 1) },
    })),
    exportBackup: vi.fn(async () => ({
      ok: true,
      value: { backup: { fileName: 'x.r1.qbjbackup', lastRecordNumber: 1 } },
    })),
    restoreBackup: vi.fn(async () => ({
      ok: true,
      value: {
        restored: { accepted: 2, previousHighest: null },
        status: openStatus([recordOf(entry('n1'), 1)]),
      },
    })),
  };
  vi.stubGlobal('window', { qbr: { journal } });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await resetWorkingSet();
});

/** The live records the screens see: the working set's. */
const shownRecords = () => readWorkingSet((reader) => reader.allRecords());

describe('journal actions', () => {
  it('shows the journal main opened, and keeps its torn tail until put away', async () => {
    journal.status!.mockResolvedValueOnce({
      ok: true,
      value: {
        ...openStatus([recordOf(entry('n1'), 1)]),
        tornTail: { droppedBytes: 40, lastRecordNumber: 1 },
      },
    });
    await loadJournal();
    expect(await shownRecords()).toHaveLength(1);
    expect(useJournalStore.getState().tornTail).toEqual({ droppedBytes: 40, lastRecordNumber: 1 });
    // Main tells it once; the next status does not take it away before the person saw it.
    await loadJournal();
    expect(useJournalStore.getState().tornTail).not.toBeNull();
    dismissTornTail();
    expect(useJournalStore.getState().tornTail).toBeNull();
  });

  it('says 已保存 only once main answered the append', async () => {
    await loadJournal();
    let answer!: () => void;
    journal.append!.mockImplementationOnce(
      ({ entry: e }: { entry: AnnotationEntry }) =>
        new Promise((resolve) => {
          answer = () => resolve({ ok: true, value: { record: recordOf(e, 1) } });
        }),
    );
    const saving = saveAnnotation(entry('n1'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(indicator()).toContain('正在保存…');
    expect(await shownRecords()).toEqual([]);
    answer();
    expect(await saving).toBe(true);
    expect(indicator()).toContain('已保存');
    expect(await shownRecords()).toMatchObject([{ annotationId: 'n1' }]);
    expect(journal.append).toHaveBeenCalledWith({
      journal: { caseId: CASE, owner: OWNER },
      entry: entry('n1'),
    });
  });

  it('keeps a refusal beside the edit and says it was not saved', async () => {
    await loadJournal();
    journal.append!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'journal-disk-full', params: {} }),
    });
    expect(await saveAnnotation(entry('n1'))).toBe(false);
    expect(useJournalStore.getState().saves['annotation:n1']).toMatchObject({ state: 'failed' });
    expect(indicator()).toContain('未保存：磁盘空间不足');
    expect(await shownRecords()).toEqual([]);
  });

  it('removes a deleted annotation once main wrote the deletion', async () => {
    journal.status!.mockResolvedValueOnce({
      ok: true,
      value: openStatus([recordOf(entry('n1'), 1)]),
    });
    await loadJournal();
    journal.append!.mockResolvedValueOnce({
      ok: true,
      value: { record: recordOf({ kind: 'annotation-deleted', annotationId: 'n1' }, 2) },
    });
    expect(await deleteAnnotation('n1')).toBe(true);
    expect(await shownRecords()).toEqual([]);
  });

  it('ignores a record of a journal no longer shown', async () => {
    await loadJournal();
    journal.append!.mockResolvedValueOnce({
      ok: true,
      value: { record: { ...recordOf(entry('n1'), 1), caseId: 'f'.repeat(32) } },
    });
    await saveAnnotation(entry('n1'));
    expect(await shownRecords()).toEqual([]);
  });

  it('backs up and restores through main, telling what was done', async () => {
    await loadJournal();
    await exportJournalBackup();
    expect(useJournalStore.getState().notice).toEqual({
      kind: 'backed-up',
      fileName: 'x.r1.qbjbackup',
      lastRecordNumber: 1,
    });
    await restoreJournalBackup();
    expect(useJournalStore.getState().notice).toEqual({ kind: 'restored', accepted: 2 });
    expect(await shownRecords()).toHaveLength(1);
    journal.restoreBackup!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'journal-other-case', params: {} }),
    });
    await restoreJournalBackup();
    expect(useJournalStore.getState().errors.restore).toMatchObject({ from: 'main' });
    expect(useJournalStore.getState().busy).toBeNull();
  });

  it('asks for the journal again when the desk opens or closes a package', async () => {
    useDeskStore.setState(getEmptyDeskState());
    await loadJournal();
    expect(journal.status).toHaveBeenCalledTimes(1);
    const opened = { packageId: 'p2' } as DeskPackageView;
    useDeskStore.setState({ status: { opened, chosenFile: 'e03.qbcase' } });
    expect(journal.status).toHaveBeenCalledTimes(2);
    // The same package shown again: nothing to ask.
    useDeskStore.setState({ status: { opened, chosenFile: 'e03.qbcase' } });
    expect(journal.status).toHaveBeenCalledTimes(2);
    useDeskStore.setState({ status: { opened: null, chosenFile: 'e03.qbcase' } });
    expect(journal.status).toHaveBeenCalledTimes(3);
  });
});
