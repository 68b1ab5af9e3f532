import { describe, expect, it } from 'vitest';
import {
  ArchiveWorkerStartError,
  MAX_MESSAGE_BYTES,
  forkWorkerLauncher,
  intakeArchiveBytes,
  parsingIsolation,
} from '../../../../electron/core/intake';
import type {
  IsolatedMessage,
  IsolatedRequest,
  WorkerConnection,
} from '../../../../electron/core/intake';
import { messageBytes } from '../../../../electron/core/intake/isolated/message-size';
import { buildRar4 } from './helpers/rar4-builder';

const NAME = '2024001+某某科技有限公司.rar';
const rar = buildRar4([{ name: Buffer.from('a.txt'), data: Buffer.from('hello') }]);
const text = { documentType: 'other', mediaType: 'text/plain', finding: null } as const;
const usage = { totalBytes: 0, entries: 0 };

/**
 * A stand-in for the worker that answers the way a test says, without a process: what a
 * misbehaving or compromised worker could send. Intake is given it in `isolation`.
 */
function scriptedWorker(answer: (send: (message: IsolatedMessage) => void) => void) {
  const state = { killed: false, requests: 0, acks: 0 };
  const launcher = (): WorkerConnection => {
    let listener: (message: IsolatedMessage) => void = () => {};
    return {
      send: (request: IsolatedRequest) => {
        if (request.type === 'ack') {
          state.acks += 1;
          return;
        }
        state.requests += 1;
        answer((message) => listener(message));
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
  };
  return Object.assign(state, { isolation: parsingIsolation({ launcher }) });
}

describe('isolated worker', () => {
  it('runs the .ts worker from source by default, and a configured one when given', () => {
    expect(parsingIsolation().workerPath).toMatch(/isolated[\\/]archive-worker\.ts$/);
    const built = parsingIsolation({ workerPath: '/opt/app/archive-worker.cjs' });
    expect(built.workerPath).toBe('/opt/app/archive-worker.cjs');
  });

  it('is safe by default: every archive in the worker, started by the fork launcher', () => {
    expect(parsingIsolation()).toMatchObject({ zipInProcess: false, launcher: forkWorkerLauncher });
    expect(parsingIsolation({ zipInProcess: true }).zipInProcess).toBe(true);
  });

  it('kills a worker that never answers, and refuses with "time limit"', async () => {
    const worker = scriptedWorker(() => {});
    const result = await intakeArchiveBytes(NAME, rar, {
      isolation: worker.isolation,
      limits: { timeLimitMs: 200 },
    });
    expect(worker.killed).toBe(true);
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', effect: 'refused' }]);
    expect(result.problems[0]!.detail).toContain('time limit');
  });

  it('takes a file in chunks, acknowledging each, and kills the worker when done', async () => {
    const worker = scriptedWorker((send) => {
      send({ type: 'file', path: '说明.txt', size: 5, inspection: text });
      send({ type: 'chunk', bytes: new TextEncoder().encode('he') });
      send({ type: 'chunk', bytes: new TextEncoder().encode('llo') });
      send({ type: 'done', findings: [], usage });
    });
    const result = await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation });
    expect(result.problems).toEqual([]);
    expect(result.materials.map((m) => [m.path, Buffer.from(m.bytes).toString()])).toEqual([
      ['说明.txt', 'hello'],
    ]);
    expect(worker.acks).toBe(2);
    expect(worker.killed).toBe(true);
  });

  it('checks the paths the worker sends back', async () => {
    const worker = scriptedWorker((send) =>
      send({ type: 'file', path: '../evil.txt', size: 1, inspection: text }),
    );
    const result = await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation });
    expect(result.problems).toMatchObject([{ category: 'path-traversal' }]);
  });

  it('passes a refusal through with its category', async () => {
    const worker = scriptedWorker((send) =>
      send({ type: 'refused', category: 'wrong-password', detail: '密码错误', entryPath: null }),
    );
    const result = await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation });
    expect(result.problems).toMatchObject([{ category: 'wrong-password', effect: 'refused' }]);
  });

  it('surfaces a failure of our own reader code as an error, not as a category', async () => {
    const worker = scriptedWorker((send) => send({ type: 'failed', message: 'x is not defined' }));
    await expect(intakeArchiveBytes(NAME, rar, { isolation: worker.isolation })).rejects.toThrow(
      /x is not defined/,
    );
  });

  it('reports a worker that cannot start as a setup error', async () => {
    const isolation = parsingIsolation({ workerPath: '/nonexistent/archive-worker.js' });
    await expect(intakeArchiveBytes(NAME, rar, { isolation })).rejects.toBeInstanceOf(
      ArchiveWorkerStartError,
    );
  });
});

describe('a misbehaving worker', () => {
  it(`is killed for a message over MAX_MESSAGE_BYTES (${MAX_MESSAGE_BYTES} bytes)`, async () => {
    const worker = scriptedWorker((send) => {
      send({ type: 'file', path: 'big.bin', size: MAX_MESSAGE_BYTES + 1, inspection: text });
      send({ type: 'chunk', bytes: new Uint8Array(MAX_MESSAGE_BYTES + 1) });
    });
    const result = await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation });
    expect(worker.killed).toBe(true);
    expect(result.refused).toBe(true);
    expect(result.problems).toMatchObject([{ category: 'corrupt-archive', effect: 'refused' }]);
    expect(result.problems[0]!.detail).toContain('8 MiB');
  });

  it('is killed for a message of many small parts over the limit (rows, findings)', async () => {
    const findings = Array.from({ length: MAX_MESSAGE_BYTES / 64 }, () => ({
      category: 'link-entry' as const,
      effect: 'skipped' as const,
      entryPath: 'l',
      detail: 'x',
    }));
    const worker = scriptedWorker((send) => send({ type: 'done', findings, usage }));
    const result = await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation });
    expect(result.problems).toMatchObject([{ category: 'corrupt-archive' }]);
  });

  it('cannot pass more output than the budget by reporting small figures', async () => {
    // The worker says it used nothing; the parent counts 3 files of 1 MiB against a 2 MiB total.
    const MiB = 1024 * 1024;
    const worker = scriptedWorker((send) => {
      for (const name of ['a.bin', 'b.bin', 'c.bin']) {
        send({ type: 'file', path: name, size: MiB, inspection: text });
        send({ type: 'chunk', bytes: new Uint8Array(MiB) });
      }
      send({ type: 'done', findings: [], usage });
    });
    const result = await intakeArchiveBytes(NAME, rar, {
      isolation: worker.isolation,
      limits: { maxTotalBytes: 2 * MiB },
    });
    expect(result.problems).toMatchObject([{ category: 'too-large', entryPath: 'c.bin' }]);
  });

  it('cannot announce a file larger than one entry may be', async () => {
    const worker = scriptedWorker((send) =>
      send({ type: 'file', path: 'a.bin', size: 2 ** 40, inspection: text }),
    );
    const result = await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation });
    expect(result.problems).toMatchObject([{ category: 'too-large', entryPath: 'a.bin' }]);
  });

  it('cannot send more bytes than it announced, or bytes before a header', async () => {
    const worker = scriptedWorker((send) => {
      send({ type: 'file', path: 'a.txt', size: 2, inspection: text });
      send({ type: 'chunk', bytes: new Uint8Array(3) });
    });
    expect(
      (await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation })).problems,
    ).toMatchObject([{ category: 'corrupt-archive' }]);
    const second = scriptedWorker((send) => send({ type: 'chunk', bytes: new Uint8Array(3) }));
    expect(
      (await intakeArchiveBytes(NAME, rar, { isolation: second.isolation })).problems,
    ).toMatchObject([{ category: 'corrupt-archive' }]);
  });

  it('cannot end inside a file, or name a category outside the fixed set', async () => {
    const worker = scriptedWorker((send) => {
      send({ type: 'file', path: 'a.txt', size: 2, inspection: text });
      send({ type: 'done', findings: [], usage });
    });
    expect(
      (await intakeArchiveBytes(NAME, rar, { isolation: worker.isolation })).problems,
    ).toMatchObject([{ category: 'corrupt-archive' }]);
    const second = scriptedWorker((send) =>
      send({
        type: 'done',
        findings: [{ category: 'other' as never, effect: 'skipped', entryPath: null, detail: '' }],
        usage,
      }),
    );
    expect(
      (await intakeArchiveBytes(NAME, rar, { isolation: second.isolation })).problems,
    ).toMatchObject([{ category: 'corrupt-archive' }]);
  });
});

describe('messageBytes', () => {
  it('counts binary data by length and strings at two bytes a unit', () => {
    expect(messageBytes({ bytes: new Uint8Array(1000) }, 1e9)).toBeGreaterThanOrEqual(1000);
    expect(messageBytes('汉字'.repeat(500), 1e9)).toBeGreaterThanOrEqual(2000);
  });

  it('stops counting past the limit', () => {
    const huge = Array.from({ length: 100_000 }, () => 'x');
    expect(messageBytes(huge, 1000)).toBeGreaterThan(1000);
    expect(messageBytes(huge, 1000)).toBeLessThan(1_000_000);
  });
});
