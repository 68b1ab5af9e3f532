/**
 * One open journal per file in this process: two would each append at what they think is the
 * end and overwrite each other, and a restore under an open journal would leave it appending to
 * a file nobody reads. (Two app processes are kept apart by Electron's single-instance lock.)
 */
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';

const openPaths = new Set<string>();

/** Marks `path` open; refuses with 'journal-in-use' when it already is. Returns the release. */
export function claimJournalPath(path: string): () => void {
  const key = resolve(path);
  if (openPaths.has(key)) throw new AppError('journal-in-use');
  openPaths.add(key);
  let released = false;
  return () => {
    if (!released) openPaths.delete(key);
    released = true;
  };
}

export function assertJournalNotOpen(path: string): void {
  if (openPaths.has(resolve(path))) throw new AppError('journal-in-use');
}
