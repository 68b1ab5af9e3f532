import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as ChildProcess from 'node:child_process';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { intakePath } from '../../../../electron/core/intake/intake';
import { parsingIsolation } from '../../../../electron/core/intake';
import { forkWorkerLauncher } from '../../../../electron/core/intake/isolated/worker-launcher';
import type { WorkerLauncher } from '../../../../electron/core/intake/isolated/worker-launcher';

/** Every child process this file's code forks, counted: the default launcher forks. */
const forked = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof ChildProcess>();
  const fork = ((modulePath: string, ...rest: never[]) => {
    forked.paths.push(modulePath);
    return original.fork(modulePath, ...rest);
  }) as typeof original.fork;
  return { ...original, fork };
});

/** The fork launcher, counting the workers it starts. */
function countingLauncher(): { launcher: WorkerLauncher; launched: () => number } {
  let launched = 0;
  return {
    launcher: (workerPath) => {
      launched++;
      return forkWorkerLauncher(workerPath);
    },
    launched: () => launched,
  };
}

let dir: string;
let path: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-isolate-'));
  path = join(dir, '2026001+测试单位.zip');
  await writeFile(
    path,
    // A damaged Word file at the top and one inside a nested archive: the worker checks both.
    zipSync({
      '承诺书.pdf': new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
      '申报材料.docx': new TextEncoder().encode('not a word file'),
      '附件.zip': zipSync({ '证明.docx': new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]) }),
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('isolating every archive (the default, as Electron main needs)', () => {
  it('reads a ZIP in the worker process, with the same result as in-process', async () => {
    const inProcess = await intakePath(path, {
      isolation: parsingIsolation({ zipInProcess: true }),
    });

    const counting = countingLauncher();
    const isolated = await intakePath(path, {
      isolation: parsingIsolation({ launcher: counting.launcher }),
    });

    expect(counting.launched()).toBe(2); // the archive, then the archive inside it
    expect(isolated.refused).toBe(false);
    expect(isolated.materials.map((m) => [m.path, m.sha256, m.kind])).toEqual(
      inProcess.materials.map((m) => [m.path, m.sha256, m.kind]),
    );
    expect(isolated.problems).toEqual(inProcess.problems);
    expect(isolated.problems.map((p) => [p.category, p.entryPath])).toEqual([
      ['corrupt-document', '申报材料.docx'],
      ['corrupt-document', '附件.zip/证明.docx'],
    ]);
  });

  it('forks the worker for a ZIP when the caller gives no isolation at all', async () => {
    forked.paths.length = 0;
    const result = await intakePath(path);
    expect(forked.paths).toHaveLength(2); // the archive, then the archive inside it
    expect(forked.paths[0]).toMatch(/isolated[\\/]archive-worker\.ts$/);
    expect(result.materials).toHaveLength(3);
  });

  it('starts no worker for ZIP only when ZIP in process is asked for explicitly', async () => {
    const counting = countingLauncher();
    const isolation = parsingIsolation({ launcher: counting.launcher, zipInProcess: true });
    const result = await intakePath(path, { isolation });
    expect(counting.launched()).toBe(0);
    expect(result.materials).toHaveLength(3);
  });
});
