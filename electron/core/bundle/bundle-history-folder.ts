/**
 * A history kept as a folder of bundle files, one per author, case, round and sequence: every
 * file is verified when the folder is read, and a bundle is written there only once the history
 * admitted it (atomically, so a crash leaves the file whole or absent).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-write';
import type { AdmitOutcome } from './bundle-history';
import { ReviewBundleHistory, historyEntryOf } from './bundle-history';
import type { BundleExpectations, VerifiedBundle } from './verify-review-bundle';
import { verifyReviewBundle } from './verify-review-bundle';

export const BUNDLE_EXTENSION = '.qbbundle';

/** `<case>.<round>.<fingerprint without dashes>.<sequence>.qbbundle`: ids and numbers only. */
export function historyFileName(verified: VerifiedBundle): string {
  const { header } = verified;
  const author = header.author.fingerprint.replace(/-/g, '');
  const name = `${header.caseId}.${header.roundId}.${author}.${header.sequence}${BUNDLE_EXTENSION}`;
  // The header's schema allows no separator in these fields; this says so where it matters.
  if (basename(name) !== name || name.includes('..')) throw new RangeError('not a file name');
  return name;
}

export interface BundleHistoryFolder {
  readonly history: ReviewBundleHistory;
  /** Verifies, admits and stores a bundle; throws as verification and the history do. */
  add(bytes: Uint8Array): Promise<{ verified: VerifiedBundle; outcome: AdmitOutcome }>;
}

/** Reads every bundle in `folder` (each verified with `expect`) into a history. */
export async function openBundleHistoryFolder(
  folder: string,
  expect: BundleExpectations = {},
): Promise<BundleHistoryFolder> {
  const history = new ReviewBundleHistory();
  const names = (await readdir(folder)).filter((n) => n.endsWith(BUNDLE_EXTENSION)).sort();
  const loaded = await Promise.all(
    names.map(async (name) => verifyReviewBundle(await readFile(join(folder, name)), expect)),
  );
  // Oldest first, so a folder read back admits as it was written.
  loaded.sort((a, b) => a.header.sequence - b.header.sequence);
  for (const verified of loaded) history.admit(historyEntryOf(verified));
  return {
    history,
    async add(bytes) {
      const verified = verifyReviewBundle(bytes, expect);
      const entry = historyEntryOf(verified);
      const outcome = history.check(entry);
      if (outcome.kind === 'added') {
        await writeFileAtomic(join(folder, historyFileName(verified)), bytes);
        history.admit(entry);
      }
      return { verified, outcome };
    },
  };
}
