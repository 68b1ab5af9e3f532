import { afterEach, describe, expect, it } from 'vitest';
import {
  ArchiveWorkerStartError,
  intakeArchiveBytes,
  resolveArchiveWorkerPath,
  setArchiveWorkerLauncher,
  setArchiveWorkerPath,
} from '../../../../electron/core/intake';
import type { IsolatedMessage, WorkerConnection } from '../../../../electron/core/intake';
import { buildRar4 } from './helpers/rar4-builder';

const NAME = '2024001+某某科技有限公司.rar';
const rar = buildRar4([{ name: Buffer.from('a.txt'), data: Buffer.from('hello') }]);

/** A worker that answers the way a test says, without a process. */
function scriptedWorker(answer: (send: (message: IsolatedMessage) => void) => void) {
  const state = { killed: false, requests: 0 };
  setArchiveWorkerLauncher((): WorkerConnection => {
    let listener: (message: IsolatedMessage) => void = () => {};
    return {
      send: () => {
        state.requests += 1;
        answer(listener);
      },
      onMessage: (next) => {
        listener = next;
        queueMicrotask(() => listener({ type: 'ready' }));
      },
      onExit: () => {},
      kill: () => {
        state.killed = true;
      },
    };
  });
  return state;
}

afterEach(() => {
  setArchiveWorkerLauncher(null);
  setArchiveWorkerPath(null);
});

describe('isolated worker', () => {
  it('runs the .ts worker from source by default, and a configured one when set', () => {
    expect(resolveArchiveWorkerPath()).toMatch(/isolated[\\/]archive-worker\.ts$/);
    setArchiveWorkerPath('/opt/app/archive-worker.cjs');
    expect(resolveArchiveWorkerPath()).toBe('/opt/app/archive-worker.cjs');
  });

  it('kills a worker that never answers, and refuses with "time limit"', async () => {
    const worker = scriptedWorker(() => {});
    const result = await intakeArchiveBytes(NAME, rar, { limits: { timeLimitMs: 200 } });
    expect(worker.killed).toBe(true);
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', effect: 'refused' }]);
    expect(result.problems[0]!.detail).toContain('time limit');
  });

  it('checks the paths the worker sends back', async () => {
    scriptedWorker((send) =>
      send({
        type: 'file',
        path: '../evil.txt',
        bytes: new Uint8Array(1),
        inspection: { documentType: 'other', mediaType: 'text/plain', finding: null },
      }),
    );
    const result = await intakeArchiveBytes(NAME, rar);
    expect(result.problems).toMatchObject([{ category: 'path-traversal' }]);
  });

  it('passes a refusal through with its category', async () => {
    scriptedWorker((send) =>
      send({ type: 'refused', category: 'wrong-password', detail: '密码错误', entryPath: null }),
    );
    const result = await intakeArchiveBytes(NAME, rar);
    expect(result.problems).toMatchObject([{ category: 'wrong-password', effect: 'refused' }]);
  });

  it('surfaces a failure of our own reader code as an error, not as a category', async () => {
    scriptedWorker((send) => send({ type: 'failed', message: 'x is not defined' }));
    await expect(intakeArchiveBytes(NAME, rar)).rejects.toThrow(/x is not defined/);
  });

  it('reports a worker that cannot start as a setup error', async () => {
    setArchiveWorkerPath('/nonexistent/archive-worker.js');
    await expect(intakeArchiveBytes(NAME, rar)).rejects.toBeInstanceOf(ArchiveWorkerStartError);
  });
});
