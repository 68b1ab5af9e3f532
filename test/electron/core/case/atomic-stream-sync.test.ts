/**
 * The streaming writer's background syncs and the writes made through its descriptor by the
 * chunk workers: counted, waited for before commit and abort, and their failures not lost.
 */
import { readFile, readdir } from 'node:fs/promises';
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicStream } from '../../../../electron/core/case/atomic-stream-write';
import { useScratchDir } from './case-fixtures';

const scratch = useScratchDir();

describe('openAtomicStream, while it is written', () => {
  it('starts a sync every so many bytes, one at a time, counting writes made elsewhere', async () => {
    const target = join(scratch(), 'out.bin');
    const syncs: Array<() => void> = [];
    const stream = await openAtomicStream(target, {
      syncEvery: 10,
      backgroundSync: () => new Promise<void>((resolve) => syncs.push(resolve)),
    });
    await stream.write([Buffer.alloc(6, 0x61)], 0);
    expect(syncs).toHaveLength(0);
    await stream.writeWith(6, async (fd) => void writeSync(fd, Buffer.alloc(6, 0x62), 0, 6, 6));
    expect(syncs).toHaveLength(1);
    // Still running: more bytes do not start another.
    await stream.write([Buffer.alloc(20, 0x63)], 12);
    expect(syncs).toHaveLength(1);
    syncs[0]!();
    await new Promise((resolve) => setImmediate(resolve));
    await stream.write([Buffer.alloc(1, 0x64)], 32);
    expect(syncs).toHaveLength(2);
    syncs[1]!();
    await stream.commit();
    expect((await readFile(target)).toString()).toBe('aaaaaabbbbbb' + 'c'.repeat(20) + 'd');
  });

  it('commits only once the writes made elsewhere have ended', async () => {
    const target = join(scratch(), 'out.bin');
    const stream = await openAtomicStream(target);
    let finish: () => void = () => undefined;
    const elsewhere = stream.writeWith(4, (fd) => {
      writeSync(fd, Buffer.from('late'), 0, 4, 0);
      return new Promise<void>((resolve) => (finish = resolve));
    });
    let committed = false;
    const committing = stream.commit().then(() => (committed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(committed).toBe(false);
    finish();
    await elsewhere;
    await committing;
    expect((await readFile(target)).toString()).toBe('late');
  });

  it('fails the commit when a write made elsewhere failed, and aborts cleanly', async () => {
    const target = join(scratch(), 'out.bin');
    const stream = await openAtomicStream(target);
    const failing = stream.writeWith(4, async () => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    });
    await expect(failing).rejects.toThrow('ENOSPC');
    await expect(stream.commit()).rejects.toThrow('ENOSPC');
    await stream.abort();
    expect(await readdir(scratch())).toEqual([]);
  });

  it('fails the commit when a background sync failed', async () => {
    const target = join(scratch(), 'out.bin');
    const stream = await openAtomicStream(target, {
      syncEvery: 1,
      backgroundSync: async () => {
        throw new Error('EIO');
      },
    });
    await stream.write([Buffer.from('ab')], 0);
    await expect(stream.commit()).rejects.toThrow('EIO');
    await stream.abort();
    expect(await readdir(scratch())).toEqual([]);
  });
});
