import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { skippedEntry } from '../archive-readout';
import type { ArchiveReadout, ExtractedFile } from '../archive-readout';
import { safeEntryPath } from '../entry-path';
import type { ProblemFinding } from '../intake-problem';
import type { OutputBudget } from '../output-budget';

// O_NOFOLLOW and O_NONBLOCK close the gap between lstat and open: a file swapped for a link or a
// FIFO meanwhile is not followed and cannot block. Both are 0 (absent) on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

async function readRegularFile(path: string): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return null;
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) return null;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Reads a plain folder the way an archive is read: never following a link (it could point
 * anywhere on the machine), never opening anything but regular files (a FIFO would hang),
 * under the same limits. Walks breadth-first without recursion.
 */
export async function readFolder(root: string, budget: OutputBudget): Promise<ArchiveReadout> {
  const files: ExtractedFile[] = [];
  const findings: ProblemFinding[] = [];
  const queue: string[] = [''];
  while (queue.length > 0) {
    const relative = queue.shift()!;
    const names = (await readdir(join(root, relative))).sort();
    budget.admitEntryCount(names.length);
    for (const name of names) {
      const path = safeEntryPath(relative === '' ? name : `${relative}/${name}`);
      budget.admitEntry(path);
      const stats = await lstat(join(root, path));
      if (stats.isSymbolicLink()) {
        findings.push(skippedEntry('link-entry', path, '符号链接不跟随、不导入'));
      } else if (stats.isDirectory()) {
        queue.push(path);
      } else if (!stats.isFile()) {
        findings.push(
          skippedEntry('unsupported-format', path, '不是普通文件（设备、管道或套接字），未导入'),
        );
      } else {
        budget.admitDeclared(path, stats.size, null);
        const bytes = await readRegularFile(join(root, path));
        if (bytes === null) {
          findings.push(skippedEntry('link-entry', path, '读取时已被替换为链接或特殊文件，未导入'));
          continue;
        }
        budget.meter(path, null).add(bytes.length);
        files.push({ path, bytes });
      }
    }
  }
  return { files, findings };
}
