/**
 * The identities on a laptop: created under the person's passphrase into the app's folder,
 * listed by their public cards, switched by unlocking, locked, the card exported, the encrypted
 * file backed up and restored on another laptop. Keys never leave the service.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIdentityCard } from '../../../../electron/core/identity';
import { createIdentityStore } from '../../../../electron/core/identity/identity-store';
import type { IdentityStore } from '../../../../electron/core/identity/identity-store';
import { preparedIdentityChooser, recordingClipboard } from './prepared-identity-chooser';
import type { PreparedIdentityChoices } from './prepared-identity-chooser';
import type { IdentityProfileInput } from '../../../../shared/identity/identity-views';

const STRONG = 'lantern orchard velvet 1927 quiver';
const OTHER = 'copper meadow whistle 4711 harbour';
const expert = { name: '张三', organisation: '甲大学', region: '北京市', role: 'expert' } as const;
const leader = { name: '张三', organisation: '甲大学', region: '北京市', role: 'leader' } as const;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-identity-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function storeIn(folder: string, choices: PreparedIdentityChoices = {}) {
  const chooser = preparedIdentityChooser(choices);
  const clipboard = recordingClipboard();
  const store = createIdentityStore({
    folder,
    chooser,
    clipboard,
    scryptLogN: 10,
    now: () => new Date('2026-11-29T08:00:00.000Z'),
  });
  return { store, chooser, clipboard };
}

async function created(
  store: IdentityStore,
  profile: IdentityProfileInput = expert,
  passphrase = STRONG,
) {
  const overview = await store.create(profile, passphrase);
  return overview.current!.fingerprint;
}

describe('creating and listing', () => {
  it('lists nothing before the folder exists', async () => {
    const { store } = storeIn(join(dir, 'identities'));
    expect(await store.overview()).toEqual({ identities: [], current: null, unreadable: 0 });
    expect(store.unlocked()).toBeNull();
  });

  it('creates an identity file named by its fingerprint, unlocked, keys sealed', async () => {
    const folder = join(dir, 'identities');
    const { store } = storeIn(folder);
    const overview = await store.create(expert, STRONG);
    const fingerprint = overview.current!.fingerprint;
    expect(overview.current).toEqual({
      fingerprint,
      name: '张三',
      organisation: '甲大学',
      region: '北京市',
      role: 'expert',
      createdAt: '2026-11-29T08:00:00.000Z',
    });
    expect(overview.identities).toEqual([overview.current]);
    expect(await readdir(folder)).toEqual([`${fingerprint}.qbid`]);
    const file = await readFile(join(folder, `${fingerprint}.qbid`), 'utf8');
    expect(file).not.toContain('AGE-SECRET-KEY');
    expect(JSON.stringify(overview)).not.toMatch(/AGE-SECRET-KEY|signingSeed|selfSignature/);
    expect(store.unlocked()?.card.fingerprint).toBe(fingerprint);
  });

  it('refuses a weak passphrase before any file is written', async () => {
    const folder = join(dir, 'identities');
    const { store } = storeIn(folder);
    await expect(store.create(expert, 'zhangsan2026')).rejects.toMatchObject({
      code: 'weak-passphrase',
    });
    expect((await store.overview()).identities).toEqual([]);
  });

  it('counts files it cannot read, and a file renamed to another fingerprint', async () => {
    const folder = join(dir, 'identities');
    const { store } = storeIn(folder);
    const fingerprint = await created(store);
    await writeFile(join(folder, 'AAAA-AAAA-AAAA-AAAA.qbid'), 'not an identity');
    await writeFile(
      join(folder, 'BBBB-BBBB-BBBB-BBBB.qbid'),
      await readFile(join(folder, `${fingerprint}.qbid`)),
    );
    await writeFile(join(folder, 'notes.txt'), 'ignored');
    const overview = await store.overview();
    expect(overview.identities.map((i) => i.fingerprint)).toEqual([fingerprint]);
    expect(overview.unreadable).toBe(2);
    // Unlocking the renamed copy opens the keys, but they are not the identity asked for.
    await expect(store.unlock('BBBB-BBBB-BBBB-BBBB', STRONG)).rejects.toMatchObject({
      code: 'tampered',
    });
  });
});

describe('switching', () => {
  it('holds two identities and switches between them by unlocking', async () => {
    const { store } = storeIn(join(dir, 'identities'));
    const first = await created(store, expert);
    const second = await created(store, leader, OTHER);
    expect((await store.overview()).identities).toHaveLength(2);
    expect(store.unlocked()?.card.role).toBe('leader');

    const switched = await store.unlock(first, STRONG);
    expect(switched.current?.fingerprint).toBe(first);
    expect(store.unlocked()?.card.role).toBe('expert');

    // A wrong passphrase changes nothing: the unlocked identity stays.
    await expect(store.unlock(second, STRONG)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(store.unlocked()?.card.fingerprint).toBe(first);
  });

  it('locks, and then refuses what needs the keys', async () => {
    const { store } = storeIn(join(dir, 'identities'));
    await created(store);
    expect((await store.lock()).current).toBeNull();
    expect(store.unlocked()).toBeNull();
    await expect(store.exportCard()).rejects.toMatchObject({ code: 'no-identity-unlocked' });
    expect(() => store.copyFingerprint()).toThrow(
      expect.objectContaining({ code: 'no-identity-unlocked' }),
    );
  });

  it('refuses an identity that is not on this laptop', async () => {
    const { store } = storeIn(join(dir, 'identities'));
    await expect(store.unlock('ABCD-EFGH-JKMN-PQRS', STRONG)).rejects.toMatchObject({
      code: 'identity-not-found',
      params: { fingerprint: 'ABCD-EFGH-JKMN-PQRS' },
    });
    await expect(store.backup('ABCD-EFGH-JKMN-PQRS')).rejects.toMatchObject({
      code: 'identity-not-found',
    });
  });

  it('refuses a file whose clear card was edited', async () => {
    const folder = join(dir, 'identities');
    const { store } = storeIn(folder);
    const fingerprint = await created(store);
    const path = join(folder, `${fingerprint}.qbid`);
    const json = JSON.parse(await readFile(path, 'utf8')) as { card: { name: string } };
    json.card.name = '李四';
    await writeFile(path, JSON.stringify(json));
    expect((await store.overview()).identities[0]?.name).toBe('李四');
    await expect(store.unlock(fingerprint, STRONG)).rejects.toMatchObject({ code: 'tampered' });
  });
});

describe('the public card and the fingerprint', () => {
  it('exports the unlocked identity’s self-signed card where the person chose', async () => {
    const cardFile = join(dir, 'out', 'card.json');
    await mkdir(join(dir, 'out'));
    const { store, chooser } = storeIn(join(dir, 'identities'), { cardFile });
    const fingerprint = await created(store);
    expect(await store.exportCard()).toEqual({ fileName: 'card.json' });
    const card = parseIdentityCard(await readFile(cardFile, 'utf8'));
    expect(card).toEqual(store.unlocked()?.card);
    expect(chooser.suggestedNames).toEqual([`身份卡-张三-${fingerprint}.json`]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { store } = storeIn(join(dir, 'identities'));
    await created(store);
    expect(await store.exportCard()).toEqual({ fileName: null });
    expect(await store.backup(store.unlocked()!.card.fingerprint)).toEqual({ fileName: null });
  });

  it('copies the unlocked identity’s fingerprint to the clipboard', async () => {
    const { store, clipboard } = storeIn(join(dir, 'identities'));
    const fingerprint = await created(store);
    expect(store.copyFingerprint()).toEqual({ fingerprint });
    expect(clipboard.copied).toEqual([fingerprint]);
  });
});

describe('backup and restore', () => {
  it('backs up the encrypted file as it is and restores it on another laptop', async () => {
    const backupFolder = join(dir, 'usb');
    await mkdir(backupFolder);
    const first = storeIn(join(dir, 'laptop-1'), { backupFolder });
    const fingerprint = await created(first.store);
    // Backing up needs no passphrase: the file is already sealed under it.
    await first.store.lock();
    const saved = await first.store.backup(fingerprint);
    expect(saved).toEqual({ fileName: `身份备份-${fingerprint}.qbid` });
    const backupFile = join(backupFolder, saved.fileName!);
    expect(await readFile(backupFile)).toEqual(
      await readFile(join(dir, 'laptop-1', `${fingerprint}.qbid`)),
    );

    const second = storeIn(join(dir, 'laptop-2'), { backupFile });
    await expect(second.store.restore(OTHER)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect((await second.store.overview()).identities).toEqual([]);

    const restored = await second.store.restore(STRONG);
    expect(restored.outcome).toBe('added');
    expect(restored.overview.current?.fingerprint).toBe(fingerprint);
    await first.store.unlock(fingerprint, STRONG);
    expect(second.store.unlocked()?.card).toEqual(first.store.unlocked()?.card);
    expect((await second.store.restore(STRONG)).outcome).toBe('replaced');
    expect((await second.store.overview()).identities).toHaveLength(1);
  });

  it('refuses a backup that is not an identity file, or too large for one', async () => {
    const notIdentity = join(dir, 'notes.qbid');
    await writeFile(notIdentity, '{"kind":"something-else","version":1}');
    const huge = join(dir, 'huge.qbid');
    await writeFile(huge, Buffer.alloc(300 * 1024, 0x20));
    const { store, chooser } = storeIn(join(dir, 'identities'), { backupFile: notIdentity });
    await expect(store.restore(STRONG)).rejects.toMatchObject({ code: 'not-an-identity' });
    chooser.choices.backupFile = huge;
    await expect(store.restore(STRONG)).rejects.toMatchObject({ code: 'limits-exceeded' });
    chooser.choices.backupFile = null;
    expect(await store.restore(STRONG)).toEqual({
      outcome: null,
      overview: { identities: [], current: null, unreadable: 0 },
    });
  });
});
