/**
 * The group pool's threads: in a worker thread neither process-wide pool is started (a group
 * worker tries its X25519 stanzas itself, no nested pool), and a process whose pool is idle ends
 * by itself without closing it.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const boot = new URL('../../../../electron/core/committee/group-open-boot.mjs', import.meta.url);

describe('the group pool and the stanza pool off the main thread', () => {
  it('are none in a worker thread', async () => {
    const entry = new URL('./fixtures/off-main-thread.ts', import.meta.url).href;
    const worker = new Worker(boot, { workerData: { entry } });
    try {
      const answer = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(answer).toEqual({ stanzaPool: 'none', groupOpenPool: 'none' });
    } finally {
      await worker.terminate();
    }
  });

  it('lets an idle process end without being closed', async () => {
    const script = fileURLToPath(new URL('./fixtures/idle-pool-exits.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      timeout: 25_000,
    });
    const answer = JSON.parse(stdout) as { outcome: unknown; running: number };
    expect(answer.outcome).toMatchObject({ refused: { code: 'group-bundle-malformed' } });
    // Its workers were started (the bundle answered by whichever came first), and left idle.
    expect(answer.running).toBeGreaterThan(0);
  });
});
