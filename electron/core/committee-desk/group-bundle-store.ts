/**
 * The group bundles a chair imported, kept as they came (signed, encrypted: nothing plaintext)
 * in a folder of the app's data per case and signer: `<root>/<case id>.<fingerprint without
 * dashes>/<SHA-256>.qbbundle` (a digest names the file: a group id is the office's text). A file
 * is part of the merge only once the journal's `group-bundles-imported` names it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ImportedGroupBundle } from '../../../shared/journal';
import { BUNDLE_EXTENSION } from '../bundle/bundle-history-folder';
import { writeFileAtomic } from '../storage/atomic-write';

export interface GroupBundleStore {
  put(bundle: ImportedGroupBundle, bytes: Uint8Array): Promise<void>;
  /** The bundle's bytes, checked against its SHA-256 (`committee-desk-bundle-missing`). */
  read(bundle: ImportedGroupBundle): Promise<Uint8Array>;
  remove(bundle: ImportedGroupBundle): Promise<void>;
}

function fileName(bundle: ImportedGroupBundle): string {
  if (!/^[0-9a-f]{64}$/.test(bundle.sha256)) throw new RangeError('not a digest');
  return `${bundle.sha256}${BUNDLE_EXTENSION}`;
}

/** `nameOf` is how the package names a group, for the refusal a person reads. */
export function groupBundleStore(
  root: string,
  caseId: string,
  signerFingerprint: string,
  nameOf: (groupId: string) => string,
): GroupBundleStore {
  if (!/^[0-9a-f]{32}$/.test(caseId)) throw new RangeError('not a case id');
  const folder = join(root, `${caseId}.${signerFingerprint.replace(/-/g, '')}`);
  return {
    async put(bundle, bytes) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await writeFileAtomic(join(folder, fileName(bundle)), bytes);
    },
    async read(bundle) {
      const missing = () =>
        new AppError('committee-desk-bundle-missing', {
          groupId: bundle.groupId,
          groupName: nameOf(bundle.groupId),
          sequence: bundle.sequence,
        });
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(folder, fileName(bundle)));
      } catch {
        throw missing();
      }
      if (createHash('sha256').update(bytes).digest('hex') !== bundle.sha256) throw missing();
      return bytes;
    },
    async remove(bundle) {
      await rm(join(folder, fileName(bundle)), { force: true });
    },
  };
}
