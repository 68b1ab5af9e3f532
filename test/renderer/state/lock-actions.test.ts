/**
 * Locking the app in the renderer, against a stand-in for window's api that answers as main does
 * once it has let go of the keys: the edit typed last is written first, then the working set
 * (Dexie) holds nothing, the material's bytes, the journal's records and the reader's target are
 * gone; unlocking opens the same package again with the same passphrase kind. The stand-in is
 * checked to fail the test when the working set is left full (the planted case below).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockStatus } from '../../../shared/lock/lock-views';
import {
  hydrateJournal,
  hydratePackage,
  readWorkingSet,
  resetWorkingSet,
  workingSetCounts,
} from '../../../renderer/data';
import {
  getEmptyDeskState,
  showDeskStatus,
  showReading,
  useDeskStore,
} from '../../../renderer/state/desk-store';
import {
  editAnnotation,
  loadJournal,
  resetJournalSaver,
} from '../../../renderer/state/journal-actions';
import { getEmptyJournalState, useJournalStore } from '../../../renderer/state/journal-store';
import { loadLock, lockApp, unlockApp } from '../../../renderer/state/lock-actions';
import { getEmptyLockState, useLockStore } from '../../../renderer/state/lock-store';
import {
  getEmptyReaderTargetState,
  showInReader,
  useReaderTargetStore,
} from '../../../renderer/state/reader-target-store';
import {
  CASE,
  OWNER,
  annotation,
  closedStatus,
  openStatus,
  packageView,
} from '../data/working-set-records';

const unlockedStatus: LockStatus = {
  locked: false,
  identity: null,
  package: null,
  idleMinutes: 15,
};
const lockedStatus: LockStatus = {
  locked: true,
  identity: { name: '张专家', fingerprint: OWNER },
  package: { fileName: 'e03.qbcase', unlockedWith: 'identity' },
  idleMinutes: 15,
};

let api: Record<string, Record<string, ReturnType<typeof vi.fn>>>;
let mainLocked: boolean;

beforeEach(async () => {
  mainLocked = false;
  api = {
    lock: {
      status: vi.fn(async () => ({ ok: true, value: mainLocked ? lockedStatus : unlockedStatus })),
      now: vi.fn(async () => {
        mainLocked = true;
        return { ok: true, value: lockedStatus };
      }),
      resume: vi.fn(async ({ passphrase }: { passphrase?: string }) => {
        if (passphrase !== '对的口令') {
          return {
            ok: false,
            error: {
              code: 'wrong-passphrase',
              reason: { code: 'wrong-passphrase', params: {} },
              message: 'x',
            },
          };
        }
        mainLocked = false;
        return { ok: true, value: unlockedStatus };
      }),
    },
    journal: {
      status: vi.fn(async () => ({
        ok: true,
        value: mainLocked ? closedStatus : openStatus([annotation('n1', 1)]),
      })),
      append: vi.fn(async ({ entry }: { entry: object }) => ({
        ok: true,
        value: {
          record: {
            ...entry,
            caseId: CASE,
            recordNumber: 2,
            at: '2026-11-29T08:00:00.000Z',
            author: OWNER,
          },
        },
      })),
    },
    desk: {
      status: vi.fn(async () => ({
        ok: true,
        value: { opened: mainLocked ? null : packageView, chosenFile: 'e03.qbcase' },
      })),
      open: vi.fn(async () => ({
        ok: true,
        value: { opened: packageView, chosenFile: 'e03.qbcase' },
      })),
    },
    identity: {
      list: vi.fn(async () => ({ ok: true, value: { identities: [], current: null } })),
    },
  };
  vi.stubGlobal('window', { qbr: api });
  // Reset once the stand-in is in place: the journal follows the desk and asks main at once.
  useJournalStore.setState(getEmptyJournalState());
  useDeskStore.setState(getEmptyDeskState());
  useLockStore.setState(getEmptyLockState());
  useReaderTargetStore.setState(getEmptyReaderTargetState());
  resetJournalSaver();
  // An open package being read, its journal loaded into the working set, a passage asked for.
  showDeskStatus({ opened: packageView, chosenFile: 'e03.qbcase' });
  await hydratePackage(packageView);
  await loadJournal();
  showReading({ materialId: 'm1', state: 'ready', bytes: new Uint8Array([1, 2, 3]) });
  showInReader({
    kind: 'search-hit',
    applicationId: 'a001',
    materialId: 'm1',
    quote: { type: 'TextQuoteSelector', exact: '质量' },
  });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await resetWorkingSet();
});

describe('locking the app', () => {
  it('starts from a full working set (so the emptiness below means something)', async () => {
    const counts = await workingSetCounts();
    expect(
      Object.values(counts).every((n) => n > 0),
      JSON.stringify(counts),
    ).toBe(true);
  });

  it('writes the waiting edit, then holds nothing that came from a key', async () => {
    editAnnotation({
      kind: 'annotation',
      annotationId: 'n2',
      applicationId: 'a001',
      target: { source: 'm1', selector: [{ type: 'TextQuoteSelector', exact: '管理' }] },
      body: { type: 'TextualBody', value: '待核' },
    });
    expect(await lockApp()).toBe(true);
    // The debounced edit was written before main locked, not dropped.
    expect(api.journal!.append).toHaveBeenCalledTimes(1);
    expect(api.lock!.now!.mock.invocationCallOrder[0]!).toBeGreaterThan(
      api.journal!.append!.mock.invocationCallOrder[0]!,
    );
    expect(useLockStore.getState().unsavedAtLock).toBe(false);
    expect(useLockStore.getState().status).toEqual(lockedStatus);

    const counts = await workingSetCounts();
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
    expect(useDeskStore.getState().reading).toBeNull();
    expect(useDeskStore.getState().status?.opened).toBeNull();
    expect(await readWorkingSet((reader) => reader.allRecords())).toEqual([]);
    expect(useReaderTargetStore.getState().target).toBeNull();
  });

  it('says an edit that could not be written before locking was lost', async () => {
    api.journal!.append!.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'journal-disk-full',
        reason: { code: 'journal-disk-full', params: {} },
        message: 'x',
      },
    });
    editAnnotation({
      kind: 'annotation',
      annotationId: 'n3',
      applicationId: 'a001',
      target: { source: 'm1', selector: [{ type: 'TextQuoteSelector', exact: '管理' }] },
      body: { type: 'TextualBody', value: '写不进去' },
    });
    expect(await lockApp()).toBe(true);
    expect(useLockStore.getState().unsavedAtLock).toBe(true);
  });

  it('stays locked on a wrong passphrase, and opens the same package again after the right one', async () => {
    await lockApp();
    expect(await unlockApp({ passphrase: '错的', packagePassphrase: '' })).toBe(false);
    expect(useLockStore.getState().status?.locked).toBe(true);
    expect(useLockStore.getState().error).not.toBeNull();
    expect(api.desk!.open).not.toHaveBeenCalled();

    expect(await unlockApp({ passphrase: '对的口令', packagePassphrase: '' })).toBe(true);
    expect(useLockStore.getState().status?.locked).toBe(false);
    expect(api.desk!.open).toHaveBeenCalledWith({ source: 'last-chosen' });
    await hydrateJournal(openStatus([annotation('n1', 1)]));
    expect(await readWorkingSet((reader) => reader.allRecords())).toHaveLength(1);
  });

  it('forgets everything when main locked on its own (the system locked or slept)', async () => {
    await loadLock();
    expect(useLockStore.getState().status?.locked).toBe(false);
    mainLocked = true;
    await loadLock();
    expect(useLockStore.getState().status?.locked).toBe(true);
    const counts = await workingSetCounts();
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
    expect(useDeskStore.getState().reading).toBeNull();
    expect(await readWorkingSet((reader) => reader.allRecords())).toEqual([]);
  });
});
