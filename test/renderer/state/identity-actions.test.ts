/**
 * The identity actions against a stand-in for window's api: each names its task while main
 * works, shows the overview main answers with, keeps a refusal where its part of the screen
 * shows it, and says once what a file operation did.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wireErrorOf } from '../../../shared/errors/wire-error';
import type { IdentityOverview } from '../../../shared/identity/identity-views';
import type { IpcResult } from '../../../shared/ipc/result';
import {
  backupIdentity,
  copyFingerprint,
  createIdentity,
  exportCard,
  loadIdentities,
  restoreIdentity,
  unlockIdentity,
} from '../../../renderer/state/identity-actions';
import { getEmptyIdentityState, useIdentityStore } from '../../../renderer/state/identity-store';

const FP = '7KQ2-M9TX-PA4R-3HVN';
const card = {
  fingerprint: FP,
  name: '张三',
  organisation: '甲大学',
  region: '北京市',
  role: 'expert' as const,
  createdAt: '2026-11-29T08:00:00.000Z',
};
const unlocked: IdentityOverview = { identities: [card], current: card, unreadable: 0 };
const locked: IdentityOverview = { ...unlocked, current: null };
const refused = (code: 'wrong-passphrase' | 'no-identity-unlocked') => ({
  ok: false as const,
  error: wireErrorOf({ code, params: {} }),
});

function deferred<T>() {
  let resolve!: (value: IpcResult<T>) => void;
  const promise = new Promise<IpcResult<T>>((done) => (resolve = done));
  return { promise, resolve };
}

let identity: Record<string, ReturnType<typeof vi.fn>>;

beforeEach(() => {
  useIdentityStore.setState(getEmptyIdentityState());
  identity = { list: vi.fn(async () => ({ ok: true, value: locked })) };
  vi.stubGlobal('window', { qbr: { identity } });
});

afterEach(() => vi.unstubAllGlobals());

describe('identity actions', () => {
  it('loads the overview', async () => {
    await loadIdentities();
    expect(useIdentityStore.getState().overview).toEqual(locked);
  });

  it('names its task while main makes the keys, then shows the new overview', async () => {
    const answer = deferred<IdentityOverview>();
    identity.create = vi.fn(() => answer.promise);
    const profile = { name: '张三', organisation: '甲大学', region: '北京市', role: 'expert' };
    const done = createIdentity(profile as never, 'a passphrase');
    expect(useIdentityStore.getState().busy).toBe('create');
    expect(identity.create).toHaveBeenCalledWith({ profile, passphrase: 'a passphrase' });
    answer.resolve({ ok: true, value: unlocked });
    expect(await done).toBe(true);
    expect(useIdentityStore.getState()).toMatchObject({ busy: null, overview: unlocked });
  });

  it('keeps a wrong passphrase beside the unlock form, the overview unchanged', async () => {
    await loadIdentities();
    identity.unlock = vi.fn(async () => refused('wrong-passphrase'));
    expect(await unlockIdentity(FP, 'wrong')).toBe(false);
    const state = useIdentityStore.getState();
    expect(state.errors.unlock).toMatchObject({ error: { reason: { code: 'wrong-passphrase' } } });
    expect(state.overview).toEqual(locked);
    expect(state.busy).toBeNull();
  });

  it('says what a file operation saved, and nothing when its dialog was cancelled', async () => {
    identity.exportCard = vi.fn(async () => ({ ok: true, value: { fileName: null } }));
    await exportCard();
    expect(useIdentityStore.getState().notice).toBeNull();
    identity.backup = vi.fn(async () => ({ ok: true, value: { fileName: `身份备份-${FP}.qbid` } }));
    await backupIdentity(FP);
    expect(identity.backup).toHaveBeenCalledWith({ fingerprint: FP });
    expect(useIdentityStore.getState().notice).toEqual({
      kind: 'backup-saved',
      fileName: `身份备份-${FP}.qbid`,
    });
    identity.copyFingerprint = vi.fn(async () => refused('no-identity-unlocked'));
    await copyFingerprint();
    const state = useIdentityStore.getState();
    expect(state.notice).toBeNull();
    expect(state.errors.card).toMatchObject({
      error: { reason: { code: 'no-identity-unlocked' } },
    });
  });

  it('restores: the new overview and whom it restored; a cancelled dialog changes nothing', async () => {
    identity.restore = vi.fn(async () => ({
      ok: true,
      value: { outcome: null, overview: locked },
    }));
    expect(await restoreIdentity('p')).toBe(false);
    expect(useIdentityStore.getState().notice).toBeNull();
    identity.restore = vi.fn(async () => ({
      ok: true,
      value: { outcome: 'added', overview: unlocked },
    }));
    expect(await restoreIdentity('p')).toBe(true);
    expect(useIdentityStore.getState()).toMatchObject({
      overview: unlocked,
      notice: { kind: 'restored', outcome: 'added', name: '张三' },
    });
  });
});
