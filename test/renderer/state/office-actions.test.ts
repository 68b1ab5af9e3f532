/**
 * The office's actions against a stand-in for window's api: each names its task while main
 * works, shows the new overview, and keeps a refusal where its screen shows it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wireErrorOf } from '../../../shared/errors/wire-error';
import type { OfficeOverview, OfficeStatus } from '../../../shared/ipc/office-views';
import type { IpcResult } from '../../../shared/ipc/result';
import {
  changeOffice,
  clearOfficeError,
  loadOverview,
  openOffice,
  sealRound,
  takeInArchives,
} from '../../../renderer/state/office-actions';
import { getEmptyOfficeState, useOfficeStore } from '../../../renderer/state/office-store';
import type { OfficeTask } from '../../../renderer/state/office-store';

const status: OfficeStatus = { open: true, year: 2026, workspaceName: '2026.qboffice' };
// The actions pass overviews through untouched: a stand-in with its status is enough.
const overview = (tag: string) => ({ status, tag }) as unknown as OfficeOverview;
const refused = (code: 'wrong-passphrase' | 'not-this-office') => ({
  ok: false as const,
  error: wireErrorOf({ code, params: {} }),
});

/** An answer main gives later, so a test can look at the store while the call is under way. */
function deferred<T>() {
  let resolve!: (value: IpcResult<T>) => void;
  const promise = new Promise<IpcResult<T>>((done) => (resolve = done));
  return { promise, resolve };
}

let office: Record<string, ReturnType<typeof vi.fn>>;

beforeEach(() => {
  useOfficeStore.setState(getEmptyOfficeState());
  office = {
    status: vi.fn(async () => ({ ok: true, value: status })),
    overview: vi.fn(async () => ({ ok: true, value: overview('loaded') })),
  };
  vi.stubGlobal('window', { qbr: { office } });
});

afterEach(() => vi.unstubAllGlobals());

describe('changeOffice', () => {
  it('names its task while main works, then shows the overview main answered with', async () => {
    const answer = deferred<OfficeOverview>();
    office.setGroup = vi.fn(() => answer.promise);
    const request = { id: 'g01', name: '第一专业组', memberIds: [] };
    const done = changeOffice('setGroup', request);
    expect(useOfficeStore.getState().busy).toBe<OfficeTask>('setGroup');
    expect(office.setGroup).toHaveBeenCalledWith(request);
    answer.resolve({ ok: true, value: overview('after') });
    expect(await done).toBe(true);
    const state = useOfficeStore.getState();
    expect(state.busy).toBeNull();
    expect(state.overview).toEqual(overview('after'));
  });

  it("keeps main's refusal for the screen and leaves the overview as it was", async () => {
    useOfficeStore.setState({ overview: overview('before') });
    office.setCommittee = vi.fn(async () => refused('not-this-office'));
    expect(await changeOffice('setCommittee', {})).toBe(false);
    const state = useOfficeStore.getState();
    expect(state.busy).toBeNull();
    expect(state.overview).toEqual(overview('before'));
    expect(state.errors.screen).toMatchObject({
      from: 'main',
      error: { reason: { code: 'not-this-office' } },
    });
  });

  it('clears the last refusal when the next change starts', async () => {
    office.assign = vi.fn(async () => refused('not-this-office'));
    await changeOffice('assign', { roundId: 'r1', applicationId: 'a1', groupId: null });
    office.assign = vi.fn(async () => ({ ok: true, value: overview('after') }));
    await changeOffice('assign', { roundId: 'r1', applicationId: 'a1', groupId: 'g01' });
    expect(useOfficeStore.getState().errors).toEqual({});
  });
});

describe('openOffice', () => {
  it('loads the record once main opened it, under the task of a restore when restoring', async () => {
    const answer = deferred<OfficeStatus>();
    office.open = vi.fn(() => answer.promise);
    const done = openOffice({ passphrase: 'x', restoreGeneration: 12 });
    expect(useOfficeStore.getState().busy).toBe<OfficeTask>('restore');
    answer.resolve({ ok: true, value: status });
    expect((await done).ok).toBe(true);
    expect(useOfficeStore.getState()).toMatchObject({ status, overview: overview('loaded') });
    expect(useOfficeStore.getState().busy).toBeNull();
  });

  it('keeps a refusal on the open screen and stays closed', async () => {
    office.open = vi.fn(async () => refused('wrong-passphrase'));
    const result = await openOffice({ passphrase: 'wrong' });
    expect(result.ok).toBe(false);
    expect(useOfficeStore.getState().status.open).toBe(false);
    expect(useOfficeStore.getState().errors.screen).toBeDefined();
    expect(office.overview).not.toHaveBeenCalled();
  });
});

describe('errors kept for a part of a screen', () => {
  it("keeps an archive's refusal under its name, through the rest of the batch", async () => {
    office.intake = vi
      .fn()
      .mockResolvedValueOnce(refused('wrong-passphrase'))
      .mockResolvedValueOnce({ ok: true, value: [] });
    const file = (name: string) => [{ name, bytes: new Uint8Array([1]) }];
    expect(await takeInArchives(file('甲.rar'), 'secret')).toBeNull();
    expect(await takeInArchives(file('乙.zip'), 'secret')).toEqual([]);
    expect(office.intake).toHaveBeenCalledWith({ files: file('甲.rar'), password: 'secret' });
    expect(useOfficeStore.getState().errors.intake).toMatchObject({ subject: '甲.rar' });
    clearOfficeError('intake');
    expect(useOfficeStore.getState().errors.intake).toBeUndefined();
  });

  it("keeps sealing's refusal beside the seal button, not on the screen's line", async () => {
    office.seal = vi.fn(async () => refused('not-this-office'));
    expect(await sealRound({ roundId: 'r1', withPassphrases: true })).toBeNull();
    const { errors, busy } = useOfficeStore.getState();
    expect(Object.keys(errors)).toEqual(['seal']);
    expect(busy).toBeNull();
  });

  it('a reload that fails is kept for the screen, one that works puts it away', async () => {
    office.overview = vi.fn(async () => refused('not-this-office'));
    await loadOverview();
    expect(useOfficeStore.getState().errors.screen).toBeDefined();
    office.overview = vi.fn(async () => ({ ok: true, value: overview('again') }));
    await loadOverview();
    expect(useOfficeStore.getState().errors.screen).toBeUndefined();
  });
});
