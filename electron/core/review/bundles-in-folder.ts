/**
 * The highest sequence among one author's review bundles of a case and round already in a
 * folder, whatever the files are called: a journal restored from an older backup must not hand
 * out a number a file in the folder already has. Files are told by their verified header, not
 * their name (a person may rename them; the save dialog offers a name of words, not ids). A file
 * that is not such a bundle, too large, or unreadable is passed over.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle/bundle-limits';
import { BUNDLE_EXTENSION } from '../bundle/bundle-history-folder';
import { verifyReviewBundle } from '../bundle/verify-review-bundle';

export interface BundleAuthorSlot {
  readonly caseId: string;
  readonly roundId: string;
  /** The author's fingerprint as their card gives it. */
  readonly fingerprint: string;
}

/** 0 when the folder holds none (or cannot be read). */
export async function highestSequenceInFolder(
  folder: string,
  slot: BundleAuthorSlot,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let highest = 0;
  for (const name of names) {
    if (!name.toLowerCase().endsWith(BUNDLE_EXTENSION)) continue;
    const path = join(folder, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_BUNDLE_BYTES) continue;
      const { header } = verifyReviewBundle(await readFile(path), {
        caseId: slot.caseId,
        roundId: slot.roundId,
      });
      if (header.author.fingerprint === slot.fingerprint && header.sequence > highest) {
        highest = header.sequence;
      }
    } catch {
      // Not one of this author's bundles of the case and round: it says nothing of the number.
    }
  }
  return highest;
}
