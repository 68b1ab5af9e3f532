/** A descriptor the chunk workers use is closed only once they are done with it, and never reused. */
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerFile } from '../../../../electron/core/case/worker-file';
import { useScratchDir } from './case-fixtures';

const scratch = useScratchDir();

describe('WorkerFile', () => {
  it('closes after the jobs using the descriptor, and starts none afterwards', async () => {
    const path = join(scratch(), 'f.bin');
    await writeFile(path, 'x');
    const file = new WorkerFile(await open(path, 'r'));
    let finish: () => void = () => undefined;
    const job = file.use((fd) => {
      expect(fd).toBe(file.handle.fd);
      return new Promise<string>((resolve) => (finish = () => resolve('done')));
    });
    let closed = false;
    const closing = file.close().then(() => (closed = true));
    expect(file.closed).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    expect(file.handle.fd).toBeGreaterThan(0);
    finish();
    expect(await job).toBe('done');
    await closing;
    expect(file.handle.fd).toBe(-1);
    await expect(file.use(async () => 1)).rejects.toThrow(/closed/);
  });
});
