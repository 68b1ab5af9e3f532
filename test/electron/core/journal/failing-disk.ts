/**
 * A disk for the journal that fails when told to: the real file system underneath, with one
 * operation made to fail (a write that stops half-way with ENOSPC, a flush with EIO, a rename
 * that never happens). The journal under test is the real one; only its disk misbehaves.
 */
import { nodeJournalFileSystem } from '../../../../electron/core/journal';
import type { JournalFileSystem, JournalHandle } from '../../../../electron/core/journal';

export type DiskOperation =
  'open' | 'write' | 'sync' | 'truncate' | 'close' | 'rename' | 'syncDirectory' | 'remove';

export function diskError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

export interface FailingDisk extends JournalFileSystem {
  /** The next `operation` (matching `when`, if given) fails with `code`; plans add up. */
  failNext(operation: DiskOperation, code: string, when?: (path: string) => boolean): void;
  /** Every operation made, in order, with its path. */
  readonly log: { operation: DiskOperation; path: string }[];
}

export function failingDisk(base: JournalFileSystem = nodeJournalFileSystem): FailingDisk {
  const log: { operation: DiskOperation; path: string }[] = [];
  const planned: { operation: DiskOperation; code: string; when: (path: string) => boolean }[] = [];
  const check = (operation: DiskOperation, path: string): NodeJS.ErrnoException | null => {
    log.push({ operation, path });
    const index = planned.findIndex((p) => p.operation === operation && p.when(path));
    if (index < 0) return null;
    const [plan] = planned.splice(index, 1);
    return diskError(plan!.code);
  };
  const handleOver = (path: string, handle: JournalHandle): JournalHandle => ({
    async write(data, position) {
      const error = check('write', path);
      if (error === null) return handle.write(data, position);
      // A disk that fills up mid-write: half of the bytes land, then ENOSPC.
      await handle.write(data.subarray(0, Math.floor(data.length / 2)), position);
      throw error;
    },
    async sync() {
      const error = check('sync', path);
      if (error) throw error;
      return handle.sync();
    },
    async truncate(length) {
      const error = check('truncate', path);
      if (error) throw error;
      return handle.truncate(length);
    },
    async close() {
      const error = check('close', path);
      await handle.close();
      if (error) throw error;
    },
  });
  return {
    log,
    failNext(operation, code, when = () => true) {
      planned.push({ operation, code, when });
    },
    async open(path, mode) {
      const error = check('open', path);
      if (error) throw error;
      return handleOver(path, await base.open(path, mode));
    },
    readFile: (path) => base.readFile(path),
    async rename(from, to) {
      const error = check('rename', to);
      if (error) throw error;
      return base.rename(from, to);
    },
    async syncDirectory(directory) {
      const error = check('syncDirectory', directory);
      if (error) throw error;
      return base.syncDirectory(directory);
    },
    async remove(path) {
      const error = check('remove', path);
      if (error) throw error;
      return base.remove(path);
    },
    list: (directory) => base.list(directory),
  };
}
