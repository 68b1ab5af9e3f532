/**
 * Writes the signed follow-up record where the office chose, atomically and never over a file:
 * the bytes go to a hidden sibling first (flushed), which is then hard-linked to the chosen name
 * (link fails when the name exists, so a file there is never replaced, even one appearing
 * meanwhile) and removed. A reader sees no file or the whole record. A file system without hard
 * links (FAT32 on a USB stick) gets the file written under its name with 'wx' instead: still
 * never over a file, and removed if the write fails.
 */
import { link, open, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { fsyncDirectory, tempPathFor } from '../storage/atomic-write';

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

async function writeNew(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(target, bytes, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('followup-export-file-exists');
    }
    await rm(target, { force: true });
    throw error;
  }
}

export async function saveFollowUpExport(target: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new AppError('followup-export-file-exists');
    if (!NO_HARD_LINKS.has(code)) throw error;
    await writeNew(target, bytes);
  } finally {
    await rm(temp, { force: true });
  }
  await fsyncDirectory(dirname(target));
}
