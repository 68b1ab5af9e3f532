/**
 * The desk actions against a stand-in for window's api: opening names its task, sends only what
 * was typed, shows the status main answers with or keeps the refusal for the unlock form; a
 * material's bytes are held for the material last chosen only, and let go with the package.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wireErrorOf } from '../../../shared/errors/wire-error';
import type { DeskPackageView, DeskStatus } from '../../../shared/desk/desk-views';
import type { IpcResult } from '../../../shared/ipc/result';
import {
  closePackage,
  loadDesk,
  openPackage,
  readMaterial,
  stopReading,
} from '../../../renderer/state/desk-actions';
import { getEmptyDeskState, useDeskStore } from '../../../renderer/state/desk-store';

const opened: DeskPackageView = {
  fileName: 'e03.qbcase',
  caseId: 'c1',
  packageId: 'p1',
  packageSequence: 1,
  year: 2026,
  office: { name: '办公室', fingerprint: '7KQ2-M9TX-PA4R-3HV0' },
  round: { id: 'material', kind: 'material', name: '材料评审' },
  recipient: { expertId: 'e03', name: '张专家', fingerprint: 'AAAA-BBBB-CCCC-DDDD', seats: [] },
  applications: [
    {
      id: 'a001',
      applicationNo: '2026001',
      applicantName: '甲公司',
      experienceTitle: '经验',
      materials: [
        { id: 'm1', kind: 'application-text', name: '申报材料.docx', size: 3 },
        { id: 'm2', kind: 'recommendation-form', name: '推荐表.pdf', size: 2 },
      ],
    },
  ],
  unlockedWith: 'identity',
  canSign: true,
  pin: 'pinned-now',
  sequence: { kind: 'first' },
};
const closed: DeskStatus = { opened: null, chosenFile: 'e03.qbcase' };
const open: DeskStatus = { opened, chosenFile: 'e03.qbcase' };
const refused = (code: 'office-fingerprint-differs' | 'tampered') => ({
  ok: false as const,
  error: wireErrorOf(
    code === 'tampered'
      ? { code, params: {} }
      : { code, params: { given: 'AAAA-AAAA-AAAA-AAAA', signer: '7KQ2-M9TX-PA4R-3HV0' } },
  ),
});

function deferred<T>() {
  let resolve!: (value: IpcResult<T>) => void;
  const promise = new Promise<IpcResult<T>>((done) => (resolve = done));
  return { promise, resolve };
}

let desk: Record<string, ReturnType<typeof vi.fn>>;

beforeEach(() => {
  useDeskStore.setState(getEmptyDeskState());
  desk = {
    status: vi.fn(async () => ({ ok: true, value: { opened: null, chosenFile: null } })),
    open: vi.fn(async () => ({ ok: true, value: open })),
    close: vi.fn(async () => ({ ok: true, value: closed })),
  };
  vi.stubGlobal('window', { qbr: { desk } });
});

afterEach(() => vi.unstubAllGlobals());

describe('desk actions', () => {
  it('loads the status', async () => {
    await loadDesk();
    expect(useDeskStore.getState().status).toEqual({ opened: null, chosenFile: null });
  });

  it('sends only what was typed, names its task, and shows the opened package', async () => {
    const answer = deferred<DeskStatus>();
    desk.open!.mockReturnValueOnce(answer.promise);
    const done = openPackage({
      officeFingerprint: ' 7kq2 m9tx ',
      passphrase: '',
      source: 'dialog',
    });
    expect(useDeskStore.getState().busy).toBe('open');
    expect(desk.open).toHaveBeenCalledWith({ officeFingerprint: '7kq2 m9tx', source: 'dialog' });
    answer.resolve({ ok: true, value: open });
    expect(await done).toBe(true);
    expect(useDeskStore.getState()).toMatchObject({ busy: null, status: open, errors: {} });
  });

  it('keeps a refusal for the unlock form, and clears it on the next try', async () => {
    desk.open!.mockResolvedValueOnce(refused('office-fingerprint-differs'));
    expect(await openPackage({ officeFingerprint: 'AAAA', passphrase: '', source: 'dialog' })).toBe(
      false,
    );
    // The status asked again: the package chosen is offered for a retry.
    expect(desk.status).toHaveBeenCalledTimes(1);
    const kept = useDeskStore.getState().errors.open;
    expect(kept).toMatchObject({
      from: 'main',
      error: { reason: { code: 'office-fingerprint-differs' } },
    });
    expect(
      await openPackage({ officeFingerprint: '', passphrase: '1234', source: 'last-chosen' }),
    ).toBe(true);
    expect(desk.open).toHaveBeenLastCalledWith({ passphrase: '1234', source: 'last-chosen' });
    expect(useDeskStore.getState().errors.open).toBeUndefined();
  });

  it('says a cancelled dialog opened nothing', async () => {
    desk.open!.mockResolvedValueOnce({ ok: true, value: { opened: null, chosenFile: null } });
    expect(await openPackage({ officeFingerprint: '', passphrase: '', source: 'dialog' })).toBe(
      false,
    );
    expect(useDeskStore.getState().errors).toEqual({});
  });

  it('holds the bytes of the material last chosen only, and lets them go with the package', async () => {
    await openPackage({ officeFingerprint: '', passphrase: '', source: 'dialog' });
    const first = deferred<Uint8Array>();
    desk.readMaterial = vi
      .fn()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce({ ok: true, value: new Uint8Array([1, 2]) });
    const slow = readMaterial('m1');
    expect(useDeskStore.getState().reading).toEqual({ materialId: 'm1', state: 'loading' });
    await readMaterial('m2');
    first.resolve({ ok: true, value: new Uint8Array([9, 9, 9]) });
    await slow;
    // The earlier answer does not replace the later choice.
    expect(useDeskStore.getState().reading).toEqual({
      materialId: 'm2',
      state: 'ready',
      bytes: new Uint8Array([1, 2]),
    });
    await closePackage();
    expect(useDeskStore.getState().reading).toBeNull();
    expect(useDeskStore.getState().status).toEqual(closed);
  });

  it('shows a refused material in the pane, and puts it away', async () => {
    await openPackage({ officeFingerprint: '', passphrase: '', source: 'dialog' });
    desk.readMaterial = vi.fn(async () => refused('tampered'));
    await readMaterial('m1');
    expect(useDeskStore.getState().reading).toEqual({ materialId: 'm1', state: 'failed' });
    expect(useDeskStore.getState().errors.material).toMatchObject({
      error: { reason: { code: 'tampered' } },
    });
    stopReading();
    expect(useDeskStore.getState()).toMatchObject({ reading: null, errors: {} });
  });
});
