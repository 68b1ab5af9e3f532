/**
 * The index (encrypted in the file): one record per entry in file order, so a reader can seek
 * straight to one material and check its ciphertext against the signed SHA-256.
 */
import { CryptoError } from '../crypto/crypto-error';
import {
  ENTRY_ID_PATTERN,
  ENTRY_KIND_MANIFEST,
  ENTRY_KIND_MATERIAL,
  MAX_ENTRIES,
  ciphertextLength,
} from './case-format';

export type EntryKind = 'manifest' | 'material';

export interface IndexRecord {
  readonly kind: EntryKind;
  readonly id: string;
  /** Absolute file offset of the entry's first ciphertext byte. */
  readonly offset: number;
  readonly plaintextLength: number;
  /** SHA-256 of the entry's whole ciphertext (all chunks with their tags). */
  readonly ciphertextSha256: Uint8Array;
}

export function encodeCaseIndex(records: readonly IndexRecord[]): Buffer {
  const parts: Buffer[] = [];
  const count = Buffer.alloc(4);
  count.writeUInt32BE(records.length);
  parts.push(count);
  for (const record of records) {
    const head = Buffer.alloc(2);
    head.writeUInt8(record.kind === 'manifest' ? ENTRY_KIND_MANIFEST : ENTRY_KIND_MATERIAL, 0);
    head.writeUInt8(record.id.length, 1);
    const numbers = Buffer.alloc(16);
    numbers.writeBigUInt64BE(BigInt(record.offset), 0);
    numbers.writeBigUInt64BE(BigInt(record.plaintextLength), 8);
    parts.push(
      head,
      Buffer.from(record.id, 'latin1'),
      numbers,
      Buffer.from(record.ciphertextSha256),
    );
  }
  return Buffer.concat(parts);
}

/**
 * Parses the index and checks that its entries tile the entries region exactly, with one
 * manifest and unique ids: then every byte of the file is covered by the signature or a hash.
 */
export function decodeCaseIndex(
  bytes: Uint8Array,
  region: { readonly start: number; readonly end: number; readonly chunkSize: number },
): IndexRecord[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const fail = (detail: string): never => {
    throw new CryptoError('tampered', `index: ${detail}`);
  };
  if (view.length < 4) fail('too short');
  const count = view.readUInt32BE(0);
  if (count > MAX_ENTRIES) throw new CryptoError('limits-exceeded', `${count} entries`);
  const records: IndexRecord[] = [];
  const ids = new Set<string>();
  let at = 4;
  let expectedOffset = region.start;
  for (let i = 0; i < count; i++) {
    if (at + 2 > view.length) fail('too short');
    const kindByte = view.readUInt8(at);
    const idLength = view.readUInt8(at + 1);
    at += 2;
    if (at + idLength + 48 > view.length) fail('too short');
    const id = view.toString('latin1', at, at + idLength);
    at += idLength;
    const offset = view.readBigUInt64BE(at);
    const plaintextLength = view.readBigUInt64BE(at + 8);
    const ciphertextSha256 = new Uint8Array(view.subarray(at + 16, at + 48));
    at += 48;
    if (kindByte !== ENTRY_KIND_MANIFEST && kindByte !== ENTRY_KIND_MATERIAL) fail('entry kind');
    if (!ENTRY_ID_PATTERN.test(id) || ids.has(id)) fail('entry id');
    if (offset !== BigInt(expectedOffset) || plaintextLength > BigInt(region.end)) fail('layout');
    ids.add(id);
    const record: IndexRecord = {
      kind: kindByte === ENTRY_KIND_MANIFEST ? 'manifest' : 'material',
      id,
      offset: expectedOffset,
      plaintextLength: Number(plaintextLength),
      ciphertextSha256,
    };
    expectedOffset += ciphertextLength(record.plaintextLength, region.chunkSize);
    records.push(record);
  }
  if (at !== view.length) fail('trailing bytes');
  if (expectedOffset !== region.end) fail('entries do not fill their region');
  if (records.filter((r) => r.kind === 'manifest').length !== 1) fail('not exactly one manifest');
  return records;
}
