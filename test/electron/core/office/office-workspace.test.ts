import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import {
  createOfficeWorkspace,
  openOfficeWorkspace,
  WorkspaceError,
} from '../../../../electron/core/office/office-workspace';

let dir: string;
let officeIdentity: string;
let officeRecipient: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-ws-'));
  officeIdentity = await generateIdentity();
  officeRecipient = await identityToRecipient(officeIdentity);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function create(passphrase?: string) {
  return createOfficeWorkspace(join(dir, 'round.qboffice'), {
    officeFingerprint: 'AAAA-BBBB-CCCC-DDDD',
    officeRecipient,
    ...(passphrase ? { passphrase, scryptLogN: 10 } : {}),
    initialState: { year: 2026, secret: '绝密申报单位甲' },
  });
}

async function allBytes(root: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) parts.push(await readFile(join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}

describe('office workspace', () => {
  it('round-trips state and materials for the office identity', async () => {
    const workspace = await create();
    const material = Buffer.from('申报材料正文 marker-XYZ', 'utf8');
    expect(await workspace.putMaterial(sha(material), material)).toEqual({ stored: true });
    const reopened = await openOfficeWorkspace(workspace.dir, { identity: officeIdentity });
    expect(await reopened.readState()).toEqual({ year: 2026, secret: '绝密申报单位甲' });
    expect(Buffer.from(await reopened.readMaterial(sha(material))).toString('utf8')).toBe(
      '申报材料正文 marker-XYZ',
    );
  });

  it('stores the same bytes once', async () => {
    const workspace = await create();
    const material = Buffer.from('same');
    await workspace.putMaterial(sha(material), material);
    expect(await workspace.putMaterial(sha(material), material)).toEqual({ stored: false });
    expect(await readdir(join(workspace.dir, 'materials'))).toHaveLength(1);
  });

  it('writes nothing readable: no plaintext and no content hash in names', async () => {
    const workspace = await create();
    const material = Buffer.from('marker-PLAIN-申报', 'utf8');
    await workspace.putMaterial(sha(material), material);
    const disk = await allBytes(workspace.dir);
    expect(disk.includes(Buffer.from('marker-PLAIN'))).toBe(false);
    expect(disk.includes(Buffer.from('绝密申报单位甲'))).toBe(false);
    const names = await readdir(join(workspace.dir, 'materials'));
    expect(names.join()).not.toContain(sha(material));
  });

  it('opens with the passphrase, and refuses a wrong one', async () => {
    const workspace = await create('correct horse');
    expect(
      await (await openOfficeWorkspace(workspace.dir, { passphrase: 'correct horse' })).readState(),
    ).toMatchObject({ year: 2026 });
    await expect(openOfficeWorkspace(workspace.dir, { passphrase: 'wrong' })).rejects.toSatisfy(
      (e) => isCryptoError(e, 'wrong-passphrase'),
    );
  });

  it('refuses another identity', async () => {
    const workspace = await create();
    await expect(
      openOfficeWorkspace(workspace.dir, { identity: await generateIdentity() }),
    ).rejects.toSatisfy((e) => isCryptoError(e, 'not-a-recipient'));
  });

  it('detects a flipped byte in the state and a swapped material', async () => {
    const workspace = await create();
    const a = Buffer.from('material A');
    const b = Buffer.from('material B');
    await workspace.putMaterial(sha(a), a);
    await workspace.putMaterial(sha(b), b);
    const statePath = join(workspace.dir, 'state.qbs');
    const state = await readFile(statePath);
    state[state.length - 20]! ^= 1;
    await writeFile(statePath, state);
    await expect(workspace.readState()).rejects.toSatisfy((e) => isCryptoError(e, 'tampered'));

    const [first, second] = await readdir(join(workspace.dir, 'materials'));
    const firstPath = join(workspace.dir, 'materials', first!);
    await writeFile(firstPath, await readFile(join(workspace.dir, 'materials', second!)));
    const results = await Promise.allSettled([
      workspace.readMaterial(sha(a)),
      workspace.readMaterial(sha(b)),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('refuses to create over a non-empty folder and to open a folder that is not a workspace', async () => {
    await create();
    await expect(create()).rejects.toBeInstanceOf(WorkspaceError);
    await expect(openOfficeWorkspace(dir, { identity: officeIdentity })).rejects.toMatchObject({
      code: 'not-a-workspace',
    });
  });
});
