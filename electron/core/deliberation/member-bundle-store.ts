/**
 * The member review bundles a leader imported, kept as they came (signed, encrypted: nothing
 * plaintext) in a folder of the app's data per case and leader:
 * `<root>/<case id>.<leader fingerprint without dashes>/<case>.<round>.<author>.<sequence>.qbbundle`
 * (ids and numbers only, as bundle-history-folder.ts names them). A file is part of the merge
 * only once the journal's `member-bundles-imported` names it, with its SHA-256: a file written by
 * an import whose record failed is ignored, and overwritten by the next import of that sequence.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ImportedMemberBundle } from '../../../shared/journal';
import { BUNDLE_EXTENSION } from '../bundle/bundle-history-folder';
import { writeFileAtomic } from '../storage/atomic-write';

export interface StoredBundleSlot {
  readonly caseId: string;
  readonly roundId: string;
}

export interface MemberBundleStore {
  /** Writes the bundle (atomically); its file name. */
  put(slot: StoredBundleSlot, bundle: ImportedMemberBundle, bytes: Uint8Array): Promise<string>;
  /** The bundle's bytes, checked against its SHA-256 (`deliberation-bundle-missing`). */
  read(slot: StoredBundleSlot, bundle: ImportedMemberBundle): Promise<Uint8Array>;
  remove(slot: StoredBundleSlot, bundle: ImportedMemberBundle): Promise<void>;
}

const withoutDashes = (fingerprint: string) => fingerprint.replace(/-/g, '');

function fileName(slot: StoredBundleSlot, bundle: ImportedMemberBundle): string {
  const name = `${slot.caseId}.${slot.roundId}.${withoutDashes(bundle.fingerprint)}.${bundle.sequence}${BUNDLE_EXTENSION}`;
  // The journal's schemas allow no separator in these fields; this says so where it matters.
  if (basename(name) !== name || name.includes('..')) throw new RangeError('not a file name');
  return name;
}

/**
 * The store of one leader's case under `root` (made on first write, mode 700); `nameOf` is how
 * the package names a member, for the refusal a person reads.
 */
export function memberBundleStore(
  root: string,
  caseId: string,
  leaderFingerprint: string,
  nameOf: (expertId: string) => string,
): MemberBundleStore {
  const folder = join(root, `${caseId}.${withoutDashes(leaderFingerprint)}`);
  if (!/^[0-9a-f]{32}$/.test(caseId)) throw new RangeError('not a case id');
  return {
    async put(slot, bundle, bytes) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const name = fileName(slot, bundle);
      await writeFileAtomic(join(folder, name), bytes);
      return name;
    },
    async read(slot, bundle) {
      const missing = () =>
        new AppError('deliberation-bundle-missing', {
          expertId: bundle.expertId,
          expertName: nameOf(bundle.expertId),
          sequence: bundle.sequence,
        });
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(folder, fileName(slot, bundle)));
      } catch {
        throw missing();
      }
      if (createHash('sha256').update(bytes).digest('hex') !== bundle.sha256) throw missing();
      return bytes;
    },
    async remove(slot, bundle) {
      await rm(join(folder, fileName(slot, bundle)), { force: true });
    },
  };
}
