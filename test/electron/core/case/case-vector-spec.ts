/**
 * docs/case-format.md written out again with plain node:crypto, independently of
 * electron/core/case/: the vector test checks the document's values against this and the writer's
 * output against both, so the page, the code and the spec cannot drift apart.
 */
import { createCipheriv, createHash, hkdfSync } from 'node:crypto';

export const SPEC_CHUNK_SIZE = 64;

export function specPadme(length: number): number {
  if (length < 3) return length;
  const e = Math.floor(Math.log2(length));
  const s = Math.floor(Math.log2(e)) + 1;
  const step = 2 ** (e - s);
  return Math.ceil(length / step) * step;
}

export function specEntryKey(caseKey: Buffer, packageId: Buffer, id: string): Buffer {
  const info = Buffer.concat([Buffer.from('QBCASE entry key v2\0'), Buffer.from(id)]);
  return Buffer.from(hkdfSync('sha256', caseKey, packageId, info, 32));
}

export function specIndexKey(caseKey: Buffer, packageId: Buffer): Buffer {
  return Buffer.from(
    hkdfSync('sha256', caseKey, packageId, Buffer.from('QBCASE index key v2'), 32),
  );
}

/** Chunks of `plaintext` (already padded), each AES-256-GCM with the STREAM-style nonce. */
export function specChunks(key: Buffer, plaintext: Buffer, chunkSize = SPEC_CHUNK_SIZE): Buffer[] {
  const count = Math.max(1, Math.ceil(plaintext.length / chunkSize));
  const chunks: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const nonce = Buffer.alloc(12);
    nonce.writeUInt32BE(i, 7);
    nonce[11] = i === count - 1 ? 1 : 0;
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const part = plaintext.subarray(i * chunkSize, (i + 1) * chunkSize);
    chunks.push(Buffer.concat([cipher.update(part), cipher.final(), cipher.getAuthTag()]));
  }
  return chunks;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

export interface SpecEntry {
  /** The padded plaintext's chunks, then their hash list: the entry's bytes in the file. */
  readonly bytes: Buffer;
  readonly chunks: readonly Buffer[];
  readonly hashList: Buffer;
  readonly digest: Buffer;
  readonly paddedLength: number;
}

export function specEntry(key: Buffer, plaintext: Buffer): SpecEntry {
  const paddedLength = specPadme(plaintext.length);
  const padded = Buffer.concat([plaintext, Buffer.alloc(paddedLength - plaintext.length)]);
  const chunks = specChunks(key, padded);
  const hashList = Buffer.concat(chunks.map(sha256));
  return {
    bytes: Buffer.concat([...chunks, hashList]),
    chunks,
    hashList,
    digest: sha256(hashList),
    paddedLength,
  };
}

/** One 122-byte index slot. */
export function specSlot(
  kind: number,
  id: string,
  offset: number,
  length: number,
  paddedLength: number,
  digest: Buffer,
): Buffer {
  const slot = Buffer.alloc(122);
  slot[0] = kind;
  slot[1] = id.length;
  slot.write(id, 2, 'latin1');
  slot.writeBigUInt64BE(BigInt(offset), 66);
  slot.writeBigUInt64BE(BigInt(length), 74);
  slot.writeBigUInt64BE(BigInt(paddedLength), 82);
  digest.copy(slot, 90);
  return slot;
}
