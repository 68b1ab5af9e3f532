import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicStream } from '../../../../electron/core/case/atomic-stream-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-stream-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('openAtomicStream', () => {
  it('shows nothing at the target until commit, then the whole file, and no temp file', async () => {
    const target = join(dir, 'out.bin');
    await writeFile(target, 'old');
    const stream = await openAtomicStream(target);
    // Positioned: the later range may be written first.
    await stream.write([Buffer.from('e')], 4);
    await stream.write([Buffer.from('ab'), new Uint8Array(0), Buffer.from('cd')], 0);
    expect(await readFile(target, 'utf8')).toBe('old');
    await stream.commit();
    expect(await readFile(target, 'utf8')).toBe('abcde');
    expect(await readdir(dir)).toEqual(['out.bin']);
  });

  it('leaves the old file and no temp file when aborted', async () => {
    const target = join(dir, 'out.bin');
    await writeFile(target, 'old');
    const stream = await openAtomicStream(target);
    await stream.write([Buffer.from('half')], 0);
    await stream.abort();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.bin']);
  });

  it('retries the rename on EPERM/EBUSY, as antivirus on Windows causes', async () => {
    const target = join(dir, 'out.bin');
    let failures = 2;
    const stream = await openAtomicStream(target, {
      retryDelayMs: 1,
      renameFile: async (from, to) => {
        if (failures-- > 0) throw errno(failures === 1 ? 'EPERM' : 'EBUSY');
        await rename(from, to);
      },
    });
    await stream.write([Buffer.from('data')], 0);
    await stream.commit();
    expect(await readFile(target, 'utf8')).toBe('data');
  });

  it('gives up on other rename errors', async () => {
    const target = join(dir, 'out.bin');
    const stream = await openAtomicStream(target, {
      renameFile: async () => {
        throw errno('ENOSPC');
      },
    });
    await stream.write([Buffer.from('data')], 0);
    await expect(stream.commit()).rejects.toThrow('ENOSPC');
    await stream.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});
