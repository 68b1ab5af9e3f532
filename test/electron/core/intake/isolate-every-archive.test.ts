import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { intakePath } from '../../../../electron/core/intake/intake';
import { setIsolateEveryArchive } from '../../../../electron/core/intake/read-archive';
import {
  setArchiveWorkerLauncher,
  forkWorkerLauncher,
} from '../../../../electron/core/intake/isolated/worker-launcher';
import type { WorkerLauncher } from '../../../../electron/core/intake/isolated/worker-launcher';

afterEach(() => {
  setIsolateEveryArchive(false);
  setArchiveWorkerLauncher(null);
});

describe('isolating every archive (as Electron main does)', () => {
  it('reads a ZIP in the worker process, with the same result as in-process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qbr-isolate-'));
    try {
      const path = join(dir, '2026001+测试单位.zip');
      await writeFile(
        path,
        // A damaged Word file at the top and one inside a nested archive: the worker checks both.
        zipSync({
          '承诺书.pdf': new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
          '申报材料.docx': new TextEncoder().encode('not a word file'),
          '附件.zip': zipSync({ '证明.docx': new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]) }),
        }),
      );
      const inProcess = await intakePath(path);

      let launched = 0;
      const counting: WorkerLauncher = (workerPath) => {
        launched++;
        return forkWorkerLauncher(workerPath);
      };
      setArchiveWorkerLauncher(counting);
      setIsolateEveryArchive(true);
      const isolated = await intakePath(path);

      expect(launched).toBe(2); // the archive, then the archive inside it
      expect(isolated.refused).toBe(false);
      expect(isolated.materials.map((m) => [m.path, m.sha256, m.kind])).toEqual(
        inProcess.materials.map((m) => [m.path, m.sha256, m.kind]),
      );
      expect(isolated.problems).toEqual(inProcess.problems);
      expect(isolated.problems.map((p) => [p.category, p.entryPath])).toEqual([
        ['corrupt-document', '申报材料.docx'],
        ['corrupt-document', '附件.zip/证明.docx'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
