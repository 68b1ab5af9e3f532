/**
 * The index (encrypted in the file): a fixed number of fixed-size slots, one record per entry in
 * file order, then empty slots. Its length depends only on the slot count (64, or the next power
 * of two), so 1, 3 or 7 materials give the same index. Each record locates an entry and carries
 * the digest that ties every chunk of it to the office's signature.
 */
import { AppError } from '../../../shared/errors';
import {
  ENTRY_ID_MAX_LENGTH,
  ENTRY_ID_PATTERN,
  ENTRY_KIND_EMPTY_SLOT,
  ENTRY_KIND_FILLER,
  ENTRY_KIND_MANIFEST,
  ENTRY_KIND_MATERIAL,
  INDEX_SLOT_LENGTH,
  MAX_ENTRIES,
  entryExtent,
  indexPlaintextLength,
  indexSlotCount,
} from './case-format';

export type EntryKind = 'manifest' | 'material' | 'filler';

const KIND_BYTES: Readonly<Record<EntryKind, number>> = {
  manifest: ENTRY_KIND_MANIFEST,
  material: ENTRY_KIND_MATERIAL,
  filler: ENTRY_KIND_FILLER,
};

export interface IndexRecord {
  readonly kind: EntryKind;
  readonly id: string;
  /** Absolute file offset of the entry's first byte. */
  readonly offset: number;
  /** Plaintext bytes (a filler: its stored bytes). */
  readonly plaintextLength: number;
  /** Plaintext bytes with their padding, as encrypted (a filler: its stored bytes). */
  readonly paddedLength: number;
  /** SHA-256 of the entry's chunk-hash list (a filler: of its bytes). */
  readonly digest: Uint8Array;
}

/** The bytes a record's entry takes in the file. */
export function recordExtent(record: IndexRecord, chunkSize: number): number {
  return record.kind === 'filler'
    ? record.paddedLength
    : entryExtent(record.paddedLength, chunkSize);
}

export function encodeCaseIndex(records: readonly IndexRecord[]): Buffer {
  const slots = indexSlotCount(records.length);
  const out = Buffer.alloc(indexPlaintextLength(slots));
  out.writeUInt32BE(slots, 0);
  records.forEach((record, i) => {
    const at = 4 + i * INDEX_SLOT_LENGTH;
    out.writeUInt8(KIND_BYTES[record.kind], at);
    out.writeUInt8(record.id.length, at + 1);
    out.write(record.id, at + 2, ENTRY_ID_MAX_LENGTH, 'latin1');
    const numbers = at + 2 + ENTRY_ID_MAX_LENGTH;
    out.writeBigUInt64BE(BigInt(record.offset), numbers);
    out.writeBigUInt64BE(BigInt(record.plaintextLength), numbers + 8);
    out.writeBigUInt64BE(BigInt(record.paddedLength), numbers + 16);
    out.set(record.digest, numbers + 24);
  });
  return out;
}

function kindOf(byte: number): EntryKind | null {
  if (byte === ENTRY_KIND_MANIFEST) return 'manifest';
  if (byte === ENTRY_KIND_MATERIAL) return 'material';
  if (byte === ENTRY_KIND_FILLER) return 'filler';
  return null;
}

/**
 * Parses the index and checks that its entries tile the entries region exactly, with one
 * manifest, at most one filler, unique ids and all-zero empty slots: then every byte of the file
 * is covered by the signature or a signed digest.
 */
export function decodeCaseIndex(
  bytes: Uint8Array,
  region: { readonly start: number; readonly end: number; readonly chunkSize: number },
): IndexRecord[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const fail = (detail: string): never => {
    throw new AppError('tampered', {}, `index: ${detail}`);
  };
  if (view.length < 4) fail('too short');
  const slots = view.readUInt32BE(0);
  if (slots > MAX_ENTRIES) throw new AppError('limits-exceeded', {}, `${slots} index slots`);
  if (slots !== indexSlotCount(slots) || view.length !== indexPlaintextLength(slots)) {
    fail('slot count');
  }
  const records: IndexRecord[] = [];
  const ids = new Set<string>();
  let expectedOffset = region.start;
  let slot = 0;
  for (; slot < slots; slot++) {
    const at = 4 + slot * INDEX_SLOT_LENGTH;
    const kindByte = view.readUInt8(at);
    if (kindByte === ENTRY_KIND_EMPTY_SLOT) break;
    const kind = kindOf(kindByte) ?? fail('entry kind');
    const idLength = view.readUInt8(at + 1);
    if (idLength > ENTRY_ID_MAX_LENGTH) fail('entry id');
    const id = view.toString('latin1', at + 2, at + 2 + idLength);
    const idPadding = view.subarray(at + 2 + idLength, at + 2 + ENTRY_ID_MAX_LENGTH);
    if (!ENTRY_ID_PATTERN.test(id) || ids.has(id) || idPadding.some((b) => b !== 0)) {
      fail('entry id');
    }
    const numbers = at + 2 + ENTRY_ID_MAX_LENGTH;
    const offset = view.readBigUInt64BE(numbers);
    const plaintextLength = view.readBigUInt64BE(numbers + 8);
    const paddedLength = view.readBigUInt64BE(numbers + 16);
    if (
      offset !== BigInt(expectedOffset) ||
      paddedLength > BigInt(region.end) ||
      plaintextLength > paddedLength ||
      (kind === 'filler' && plaintextLength !== paddedLength)
    ) {
      fail('layout');
    }
    ids.add(id);
    const record: IndexRecord = {
      kind,
      id,
      offset: expectedOffset,
      plaintextLength: Number(plaintextLength),
      paddedLength: Number(paddedLength),
      digest: new Uint8Array(view.subarray(numbers + 24, numbers + 56)),
    };
    expectedOffset += recordExtent(record, region.chunkSize);
    if (expectedOffset > region.end) fail('layout');
    records.push(record);
  }
  if (view.subarray(4 + slot * INDEX_SLOT_LENGTH).some((b) => b !== 0)) fail('empty slots');
  if (expectedOffset !== region.end) fail('entries do not fill their region');
  if (records.filter((r) => r.kind === 'manifest').length !== 1) fail('not exactly one manifest');
  if (records.filter((r) => r.kind === 'filler').length > 1) fail('more than one filler');
  return records;
}
