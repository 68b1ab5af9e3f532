import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../electron/core/storage/atomic-write';
import { createFileJsonStore } from '../../../../electron/core/storage/json-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const target = join(dir, 'a.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('retries the rename on EPERM/EBUSY, as antivirus on Windows causes', async () => {
    const target = join(dir, 'b.json');
    let failures = 2;
    const { rename } = await import('node:fs/promises');
    await writeFileAtomic(target, 'data', {
      retryDelayMs: 1,
      renameFile: async (from, to) => {
        if (failures-- > 0) throw errno(failures === 1 ? 'EPERM' : 'EBUSY');
        await rename(from, to);
      },
    });
    expect(await readFile(target, 'utf8')).toBe('data');
  });

  it('keeps the old file and removes the temp file when the rename keeps failing', async () => {
    const target = join(dir, 'c.json');
    await writeFile(target, 'old');
    await expect(
      writeFileAtomic(target, 'new', {
        retries: 2,
        retryDelayMs: 1,
        renameFile: async () => {
          throw errno('EBUSY');
        },
      }),
    ).rejects.toThrow('EBUSY');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['c.json']);
  });

  it('does not retry errors that will not go away', async () => {
    let calls = 0;
    await expect(
      writeFileAtomic(join(dir, 'd.json'), 'x', {
        renameFile: async () => {
          calls++;
          throw errno('ENOSPC');
        },
      }),
    ).rejects.toThrow('ENOSPC');
    expect(calls).toBe(1);
  });
});

describe('file JSON store', () => {
  it('round-trips a document and reports a missing one as undefined', async () => {
    const store = createFileJsonStore(join(dir, 'settings'));
    expect(await store.read('units-2026')).toBeUndefined();
    await store.write('units-2026', { year: 2026 });
    expect(await store.read('units-2026')).toEqual({ year: 2026 });
    await store.remove('units-2026');
    expect(await store.read('units-2026')).toBeUndefined();
  });

  it('refuses keys that could escape its folder', async () => {
    const store = createFileJsonStore(dir);
    await expect(store.write('../evil', {})).rejects.toThrow('Invalid store key');
  });
});
