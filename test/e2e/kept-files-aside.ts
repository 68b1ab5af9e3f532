/**
 * A load that fails for a reason a person could meet: the bundles the app keeps in its data
 * folder (the leader's members' bundles, the chair's group bundles) moved aside, so main's next
 * read finds one missing and refuses; then put back, so a retry succeeds. The files are renamed
 * where they lie (they stay inside the folders the secrecy scan reads).
 */
import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';

const ASIDE = '.aside';

/** Renames every file kept under `root` (one folder per case and signer); returns the undo. */
export async function moveKeptFilesAside(root: string): Promise<() => Promise<void>> {
  const moved: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(root, entry.name);
    for (const name of await readdir(folder)) {
      const path = join(folder, name);
      await rename(path, `${path}${ASIDE}`);
      moved.push(path);
    }
  }
  if (moved.length === 0) throw new Error(`nothing kept under ${root}`);
  return async () => {
    for (const path of moved) await rename(`${path}${ASIDE}`, path);
  };
}
