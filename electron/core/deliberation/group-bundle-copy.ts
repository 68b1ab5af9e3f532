/**
 * The group bundles a leader exported, a copy of each kept (signed, encrypted: nothing plaintext)
 * beside the member bundles in the app's data, `<root>/<case id>.<leader fingerprint without
 * dashes>/<the file name the save dialog offered>`, so the group's reports can be made from
 * exactly what was signed (group-reports-export.ts) wherever the user saved the file. A copy is
 * read only against the SHA-256 its `group-bundle-exported` record holds.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';

export interface GroupBundleCopies {
  put(name: string, bytes: Uint8Array): Promise<void>;
  /** The copy's bytes, checked against `sha256` (`deliberation-group-bundle-missing`). */
  read(name: string, sha256: string, sequence: number): Promise<Uint8Array>;
  remove(name: string): Promise<void>;
}

function plainName(name: string): string {
  // Ids and a number only (group-bundle-export.ts names it); this says so where it matters.
  if (basename(name) !== name || name.includes('..') || name.includes('/')) {
    throw new RangeError('not a file name');
  }
  return name;
}

export function groupBundleCopies(
  root: string,
  caseId: string,
  leaderFingerprint: string,
): GroupBundleCopies {
  if (!/^[0-9a-f]{32}$/.test(caseId)) throw new RangeError('not a case id');
  const folder = join(root, `${caseId}.${leaderFingerprint.replace(/-/g, '')}`);
  return {
    async put(name, bytes) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await writeFileAtomic(join(folder, plainName(name)), bytes);
    },
    async read(name, sha256, sequence) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(folder, plainName(name)));
      } catch {
        throw new AppError('deliberation-group-bundle-missing', { sequence });
      }
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
        throw new AppError('deliberation-group-bundle-missing', { sequence });
      }
      return bytes;
    },
    async remove(name) {
      await rm(join(folder, plainName(name)), { force: true });
    },
  };
}

/** The name a group bundle's copy is kept under: the one the save dialog offered. */
export function groupBundleCopyName(
  caseId: string,
  roundId: string,
  groupId: string,
  sequence: number,
): string {
  return `${caseId}.${roundId}.${groupId}.group.${sequence}.qbbundle`;
}
