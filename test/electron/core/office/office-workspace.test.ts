import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateIdentity } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import {
  createOfficeWorkspace,
  openOfficeWorkspace,
} from '../../../../electron/core/office/office-workspace';
import type { GenerationMemory } from '../../../../electron/core/office/generation-memory';
import { AppError } from '../../../../shared/errors';
import { STRONG, freshMemory, person, useScratch } from './office-fixtures';

const scratch = useScratch();
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function create(memory: GenerationMemory = freshMemory(), passphrase?: string) {
  const office = await person('办公室');
  return createOfficeWorkspace(join(scratch(), 'round.qboffice'), {
    office,
    memory,
    ...(passphrase ? { passphrase, scryptLogN: 10 } : {}),
    initialState: { year: 2026, secret: '绝密申报单位甲' },
  });
}

async function reopen(dir: string, memory: GenerationMemory) {
  const office = await person('办公室');
  return openOfficeWorkspace(dir, {
    office: office.card,
    signer: office,
    unlock: { identity: office.ageIdentity },
    memory,
  });
}

describe('office workspace', () => {
  it('round-trips state and materials for the office identity', async () => {
    const memory = freshMemory();
    const workspace = await create(memory);
    const material = Buffer.from('申报材料正文 marker-XYZ', 'utf8');
    expect(await workspace.putMaterial(sha(material), material)).toEqual({ stored: true });
    const reopened = await reopen(workspace.dir, memory);
    expect(await reopened.readState()).toEqual({ year: 2026, secret: '绝密申报单位甲' });
    expect(Buffer.from(await reopened.readMaterial(sha(material))).toString('utf8')).toBe(
      '申报材料正文 marker-XYZ',
    );
    const chunks: Uint8Array[] = [];
    for await (const chunk of reopened.readMaterialChunks(sha(material))) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('申报材料正文 marker-XYZ');
  });

  it('stores the same bytes once', async () => {
    const workspace = await create();
    const material = Buffer.from('same');
    await workspace.putMaterial(sha(material), material);
    expect(await workspace.putMaterial(sha(material), material)).toEqual({ stored: false });
    expect(await readdir(join(workspace.dir, 'materials'))).toHaveLength(1);
  });

  it('pads every sealed file: sizes within one Padmé bucket leave files of one length', async () => {
    const workspace = await create();
    const a = Buffer.alloc(99_000, 1);
    const b = Buffer.alloc(100_000, 2);
    await workspace.putMaterial(sha(a), a);
    await workspace.putMaterial(sha(b), b);
    const files = await readdir(join(workspace.dir, 'materials'));
    const sizes = await Promise.all(
      files.map(async (f) => (await stat(join(workspace.dir, 'materials', f))).size),
    );
    expect(sizes[0]).toBe(sizes[1]);
  });

  it('writes nothing readable: no plaintext and no content hash in names', async () => {
    const workspace = await create();
    const material = Buffer.from('marker-PLAIN-申报', 'utf8');
    await workspace.putMaterial(sha(material), material);
    const names = await readdir(join(workspace.dir, 'materials'));
    expect(names.join()).not.toContain(sha(material));
    for (const file of [...names.map((n) => join('materials', n)), 'state.qbs', 'office.json']) {
      const bytes = await readFile(join(workspace.dir, file));
      expect(bytes.includes(Buffer.from('marker-PLAIN'))).toBe(false);
      expect(bytes.includes(Buffer.from('绝密申报单位甲'))).toBe(false);
    }
  });

  it('opens with the workspace passphrase, read-only without the office identity', async () => {
    const memory = freshMemory();
    const workspace = await create(memory, STRONG);
    const office = await person('办公室');
    const readOnly = await openOfficeWorkspace(workspace.dir, {
      office: office.card,
      unlock: { passphrase: STRONG },
      memory,
    });
    expect(await readOnly.readState()).toMatchObject({ year: 2026 });
    await expect(readOnly.writeState({})).rejects.toMatchObject({ code: 'read-only' });
    await expect(
      openOfficeWorkspace(workspace.dir, {
        office: office.card,
        unlock: { passphrase: 'wrong passphrase' },
        memory,
      }),
    ).rejects.toSatisfy((e) => isCryptoError(e, 'wrong-passphrase'));
  });

  it('refuses a weak workspace passphrase before creating anything', async () => {
    await expect(create(freshMemory(), '12345678')).rejects.toMatchObject({
      code: 'weak-passphrase',
    });
    expect(await readdir(scratch())).toEqual([]);
  });

  it('refuses another identity, and another office', async () => {
    const workspace = await create();
    const office = await person('办公室');
    await expect(
      openOfficeWorkspace(workspace.dir, {
        office: office.card,
        unlock: { identity: await generateIdentity() },
        memory: freshMemory(),
      }),
    ).rejects.toSatisfy((e) => isCryptoError(e, 'not-a-recipient'));
    const other = await person('另一个办公室');
    await expect(reopenAs(workspace.dir, other)).rejects.toMatchObject({ code: 'not-this-office' });
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
    await expect(workspace.readState()).rejects.toSatisfy((e) => isCryptoError(e, 'bad-signature'));

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
    await expect(create()).rejects.toBeInstanceOf(AppError);
    await expect(create()).rejects.toMatchObject({ code: 'folder-not-empty' });
    await expect(reopen(scratch(), freshMemory())).rejects.toMatchObject({
      code: 'not-a-workspace',
    });
  });
});

async function reopenAs(dir: string, office: Awaited<ReturnType<typeof person>>) {
  return openOfficeWorkspace(dir, {
    office: office.card,
    signer: office,
    unlock: { identity: office.ageIdentity },
    memory: freshMemory(),
  });
}
