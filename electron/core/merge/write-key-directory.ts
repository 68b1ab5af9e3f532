/**
 * The writer's side of the key directory (docs/group-bundle-format.md, "The key directory"): the
 * age file key of every real section's wrap, found by opening the wrap with the merger's own
 * identity (the merger reads every section it writes), listed per reader for exactly the
 * sections whose readers name them, and refused when an entry would carry a key to someone the
 * section does not list (a directory never widens who reads a section).
 */
import type { SectionRecord } from '../../../shared/bundle/bundle-header';
import { AppError } from '../../../shared/errors';
import { parseAgeFile } from '../crypto/age-file';
import { openAgePayload } from '../crypto/age-native';
import { ageIdentityOpener } from '../crypto/age-recipients';
import type { DirectoryEntryPlain, DirectoryKey } from './group-key-directory';
import { sealKeyDirectory } from './group-key-directory';

/** One real section as written: its application, readers (fingerprint and recipient), commitment. */
export interface WrittenSection {
  readonly applicationId: string;
  readonly commitment: string;
  readonly readers: readonly { readonly fingerprint: string; readonly ageRecipient: string }[];
}

export interface KeyDirectoryRequest {
  /** The sections as sealed (sealSections): wrap, ciphertext, wrap, … in file order. */
  readonly parts: readonly Uint8Array[];
  readonly records: readonly SectionRecord[];
  readonly sections: readonly WrittenSection[];
  readonly mergerAgeIdentity: string;
  readonly directoryKeys?: (
    fingerprint: string,
    keys: readonly DirectoryKey[],
  ) => readonly DirectoryKey[];
  readonly seal?: (entries: readonly DirectoryEntryPlain[], sectionCount: number) => Uint8Array[];
}

/** The directory's age files in file order; throws when an entry would widen a section's readers. */
export function writeKeyDirectory(request: KeyDirectoryRequest): Uint8Array[] {
  const { records, sections } = request;
  const opener = ageIdentityOpener(request.mergerAgeIdentity);
  // Which section sits where: sealSections shuffles, and keeps each real section's commitment.
  const placed = records.flatMap((record, index) => {
    const section = sections.find((s) => s.commitment === record.readersCommitment);
    return section === undefined ? [] : [{ index, section }];
  });
  if (placed.length !== sections.length) throw new Error('a sealed section was not found');
  const fileKeys = new Map<number, Uint8Array>();
  const entries: DirectoryEntryPlain[] = [];
  try {
    for (const { index } of placed) {
      const wrap = request.parts[2 * index]!;
      const parsed = parseAgeFile(wrap);
      const fileKey = opener.unwrapFileKey(parsed.stanzas);
      if (fileKey === null) throw new Error('the merger is not a reader of its own section');
      // The MAC checked, so the key carried is the wrap's.
      openAgePayload(wrap, parsed, fileKey).fill(0);
      fileKeys.set(index, fileKey);
    }
    const readers = new Map<string, string>();
    for (const { section } of placed) {
      for (const r of section.readers) readers.set(r.fingerprint, r.ageRecipient);
    }
    for (const [fingerprint, ageRecipient] of [...readers].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const honest = placed
        .filter(({ section }) => section.readers.some((r) => r.fingerprint === fingerprint))
        .map(({ index }) => ({ index, fileKey: fileKeys.get(index)! }));
      const keys = (request.directoryKeys ?? ((_, k) => k))(fingerprint, honest);
      for (const key of keys) {
        const at = placed.find((p) => p.index === key.index);
        if (at === undefined || !at.section.readers.some((r) => r.fingerprint === fingerprint)) {
          throw new AppError('group-key-directory-readers', { section: key.index + 1 });
        }
      }
      entries.push({ fingerprint, ageRecipient, keys });
    }
    return (request.seal ?? sealKeyDirectory)(entries, records.length);
  } finally {
    for (const key of fileKeys.values()) key.fill(0);
  }
}
