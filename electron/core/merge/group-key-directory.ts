/**
 * The key directory of a group bundle (docs/group-bundle-format.md, "The key directory"): a fixed
 * number of small age files, each with one X25519 stanza, one per reader of the bundle (the
 * office, the chair, the vice-chair, the merger: whoever reads a section) and throwaway-recipient
 * fillers for the rest, shuffled. A reader's entry lists, for exactly the sections it reads, the
 * section's number and the age file key of that section's wrap, so the reader tries its stanza
 * in KEY_DIRECTORY_ENTRIES files instead of about half the 8 stanzas of every section's wrap.
 *
 * The payload: the label `QBBUNDLE key directory v1\0`, the count (uint16 big-endian), then per
 * section (ascending index, uint16 big-endian, from 0) its 16-byte file key, then zeros up to one
 * length for every entry of the bundle (label + 2 + 18 × the header's section count), so an
 * entry's size tells nobody how many sections its reader reads.
 */
import { KEY_DIRECTORY_ENTRIES } from '../../../shared/merge/group-bundle-content';
import { sealAgeFile } from '../crypto/age-native';
import { ageRecipientKey } from '../crypto/age-recipients';
import { shuffled } from '../bundle/filler-section';
import { throwawayRecipientKey } from '../bundle/section-wrap';

export const KEY_DIRECTORY_LABEL = 'QBBUNDLE key directory v1\0';
const LABEL = Buffer.from(KEY_DIRECTORY_LABEL, 'latin1');
const FILE_KEY_BYTES = 16;
const ITEM_BYTES = 2 + FILE_KEY_BYTES;

/** One section a directory entry opens: its index in the header (from 0) and its wrap's file key. */
export interface DirectoryKey {
  readonly index: number;
  readonly fileKey: Uint8Array;
}

/** One reader's entry before sealing: who, and the keys of the sections that list them. */
export interface DirectoryEntryPlain {
  readonly fingerprint: string;
  readonly ageRecipient: string;
  readonly keys: readonly DirectoryKey[];
}

/** The payload's length for a bundle of `sectionCount` sections: the same for every entry. */
export function directoryPayloadLength(sectionCount: number): number {
  return LABEL.length + 2 + ITEM_BYTES * sectionCount;
}

/** The payload of one entry, keys in the order given (the writer sorts them). */
export function directoryPayload(sectionCount: number, keys: readonly DirectoryKey[]): Uint8Array {
  if (keys.length > sectionCount) throw new RangeError('more keys than sections');
  const out = Buffer.alloc(directoryPayloadLength(sectionCount));
  LABEL.copy(out, 0);
  out.writeUInt16BE(keys.length, LABEL.length);
  keys.forEach((key, i) => {
    if (key.fileKey.length !== FILE_KEY_BYTES) throw new RangeError('an age file key is 16 bytes');
    const at = LABEL.length + 2 + i * ITEM_BYTES;
    out.writeUInt16BE(key.index, at);
    out.set(key.fileKey, at + 2);
  });
  return out;
}

/**
 * The keys of an opened entry's payload, or null when it is not one a writer writes: another
 * label or length, a section index out of range, not in ascending order (so none twice), or
 * non-zero padding. The payload is wiped; the keys returned are copies the caller wipes.
 */
export function parseDirectoryPayload(
  payload: Uint8Array,
  sectionCount: number,
): DirectoryKey[] | null {
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  try {
    if (
      bytes.length !== directoryPayloadLength(sectionCount) ||
      !bytes.subarray(0, LABEL.length).equals(LABEL)
    ) {
      return null;
    }
    const count = bytes.readUInt16BE(LABEL.length);
    if (count > sectionCount) return null;
    const end = LABEL.length + 2 + count * ITEM_BYTES;
    if (bytes.subarray(end).some((b) => b !== 0)) return null;
    const keys: DirectoryKey[] = [];
    for (let i = 0; i < count; i++) {
      const at = LABEL.length + 2 + i * ITEM_BYTES;
      const index = bytes.readUInt16BE(at);
      const previous = keys.at(-1);
      if (index >= sectionCount || (previous !== undefined && index <= previous.index)) {
        for (const key of keys) key.fileKey.fill(0);
        return null;
      }
      keys.push({ index, fileKey: new Uint8Array(bytes.subarray(at + 2, at + ITEM_BYTES)) });
    }
    return keys;
  } finally {
    bytes.fill(0);
  }
}

/**
 * The directory's age files in file order: one for each reader (one X25519 stanza, their
 * payload), fillers for throwaway recipients (an empty list, the same length) up to
 * KEY_DIRECTORY_ENTRIES, shuffled.
 */
export function sealKeyDirectory(
  entries: readonly DirectoryEntryPlain[],
  sectionCount: number,
): Uint8Array[] {
  if (entries.length > KEY_DIRECTORY_ENTRIES) {
    throw new RangeError(`a key directory has room for ${KEY_DIRECTORY_ENTRIES} readers`);
  }
  const files = entries.map((entry) => {
    const payload = directoryPayload(sectionCount, entry.keys);
    try {
      return sealAgeFile(payload, [ageRecipientKey(entry.ageRecipient)]);
    } finally {
      payload.fill(0);
    }
  });
  while (files.length < KEY_DIRECTORY_ENTRIES) {
    files.push(sealAgeFile(directoryPayload(sectionCount, []), [throwawayRecipientKey()]));
  }
  return shuffled(files);
}
