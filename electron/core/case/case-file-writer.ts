/**
 * Writes a `.qbcase` file from keys already chosen and wrapped: everything here is determined
 * by its inputs, which is what the test vectors in docs/case-format.md rely on.
 * Layout: header ‖ recipients wrap ‖ passphrase wrap ‖ entries ‖ encrypted index ‖ trailer.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { chunkPool } from '../crypto/chunk-pool';
import type { ChunkPool } from '../crypto/chunk-pool';
import type { KeyWraps } from '../crypto/key-wrap';
import { fingerprintOf } from '../identity/fingerprint';
import type { Identity } from '../identity/identity';
import { signingPublicKeyOf } from '../identity/identity-card';
import { openAtomicStream } from './atomic-stream-write';
import {
  ENTRY_ID_PATTERN,
  MAX_MANIFEST_BYTES,
  TRAILER_LENGTH,
  ciphertextLength,
  indexPlaintextLength,
  indexSlotCount,
} from './case-format';
import { encodeCaseHeader } from './case-header';
import { encodeCaseIndex } from './case-index';
import type { IndexRecord } from './case-index';
import { signCase } from './case-signature';
import { encodeCaseTrailer } from './case-trailer';
import { encryptEntryBytes } from './entry-codec';
import { deriveEntryKey, deriveIndexKey } from './entry-keys';
import { chunkPipeline, writeEntry } from './entry-writer';
import { plaintextReader } from './material-source';
import type { MaterialSource } from './material-source';
import { PipelinedOutput } from './pipelined-output';

export interface MaterialInput {
  /** An opaque entry id (ASCII letters, digits, `._-`, up to 64); random when left out. */
  readonly id?: string;
  readonly source: MaterialSource;
}

export interface WrittenEntry {
  readonly id: string;
  /** Plaintext bytes. */
  readonly size: number;
}

export interface WrittenCase {
  /** 32 hex digits, random per package; not secret (it is in the header). */
  readonly packageId: string;
  /** File size in bytes. */
  readonly size: number;
  readonly officeFingerprint: string;
  readonly entries: readonly WrittenEntry[];
}

export interface CaseFileInput {
  readonly path: string;
  readonly office: Identity;
  readonly packageId: Uint8Array;
  readonly caseKey: Uint8Array;
  readonly wraps: KeyWraps;
  readonly chunkSizeLog2: number;
  readonly materials: Iterable<MaterialInput> | AsyncIterable<MaterialInput>;
  /** The manifest, given the materials as written (so it can name generated ids). */
  readonly manifestFor: (entries: readonly WrittenEntry[]) => unknown;
  readonly newEntryId: () => string;
  /**
   * Pad the file to exactly this many bytes with a filler entry (case-length.ts computes it);
   * without it the package has no filler.
   */
  readonly targetLength?: number;
  /** Fills the filler's bytes; crypto.randomFillSync unless injected. */
  readonly fill?: (bytes: Uint8Array) => void;
  /** The worker threads that encrypt and hash the chunks; the process's pool unless given. */
  readonly pool?: ChunkPool;
}

/** Positioned writes in flight at once. */
const WRITE_DEPTH = 2;

function checkedEntryId(id: string, seen: Set<string>): string {
  if (!ENTRY_ID_PATTERN.test(id)) throw new RangeError(`invalid entry id: ${JSON.stringify(id)}`);
  if (seen.has(id)) throw new RangeError(`duplicate entry id: ${id}`);
  seen.add(id);
  return id;
}

function manifestBytes(manifest: unknown): Buffer {
  const json = JSON.stringify(manifest);
  if (typeof json !== 'string') throw new TypeError('the manifest is not JSON-serialisable');
  const bytes = Buffer.from(json, 'utf8');
  if (bytes.length > MAX_MANIFEST_BYTES) throw new RangeError('the manifest exceeds 64 MiB');
  return bytes;
}

/** The filler: `length` unpredictable bytes, written a megabyte at a time and hashed. */
async function writeFiller(
  output: PipelinedOutput,
  id: string,
  length: number,
  fill: (bytes: Uint8Array) => void,
): Promise<IndexRecord> {
  const offset = output.offset;
  const hash = createHash('sha256');
  for (let left = length; left > 0;) {
    const piece = Buffer.allocUnsafe(Math.min(left, 1024 * 1024));
    fill(piece);
    hash.update(piece);
    await output.push([piece]);
    left -= piece.length;
  }
  return {
    kind: 'filler',
    id,
    offset,
    plaintextLength: length,
    paddedLength: length,
    digest: new Uint8Array(hash.digest()),
  };
}

export async function writeCaseFile(input: CaseFileInput): Promise<WrittenCase> {
  const { office, packageId, caseKey, wraps } = input;
  const chunkSize = 2 ** input.chunkSizeLog2;
  const officeSigningKey = signingPublicKeyOf(office.card);
  const header = encodeCaseHeader({
    chunkSizeLog2: input.chunkSizeLog2,
    packageId,
    officeSigningKey,
    officeAgeRecipient: office.card.ageRecipient,
    recipientsWrapLength: wraps.recipientsWrap.length,
    passphraseWrapLength: wraps.passphraseWrap.length,
  });
  const stream = await openAtomicStream(input.path);
  const pipeline = chunkPipeline(input.pool ?? chunkPool(), chunkSize);
  try {
    const output = new PipelinedOutput(stream, WRITE_DEPTH);
    await output.push([header, wraps.recipientsWrap, wraps.passphraseWrap]);
    const records: IndexRecord[] = [];
    const ids = new Set<string>();
    for await (const material of input.materials) {
      const id = checkedEntryId(material.id ?? input.newEntryId(), ids);
      const key = deriveEntryKey(caseKey, packageId, id);
      const source = plaintextReader(material.source, chunkSize, pipeline.ring, pipeline.pool);
      records.push(
        await writeEntry(output, { kind: 'material', id, key }, source, chunkSize, pipeline),
      );
    }
    const entries = records.map(({ id, plaintextLength }) => ({ id, size: plaintextLength }));
    const manifestId = checkedEntryId(input.newEntryId(), ids);
    const manifest = manifestBytes(input.manifestFor(entries));
    const manifestKey = deriveEntryKey(caseKey, packageId, manifestId);
    records.push(
      await writeEntry(
        output,
        { kind: 'manifest', id: manifestId, key: manifestKey },
        plaintextReader(manifest, chunkSize, pipeline.ring, pipeline.pool),
        chunkSize,
        pipeline,
      ),
    );
    if (input.targetLength !== undefined) {
      const indexLength = ciphertextLength(
        indexPlaintextLength(indexSlotCount(records.length + 1)),
        chunkSize,
      );
      const fillerLength = input.targetLength - output.offset - indexLength - TRAILER_LENGTH;
      if (fillerLength < 0) {
        throw new RangeError('the package is longer than the length it was to be padded to');
      }
      const fillerId = checkedEntryId(input.newEntryId(), ids);
      records.push(await writeFiller(output, fillerId, fillerLength, input.fill ?? randomFillSync));
    }
    const index = encodeCaseIndex(records);
    const indexOffset = output.offset;
    const indexCiphertext = encryptEntryBytes(deriveIndexKey(caseKey, packageId), index, chunkSize);
    const signature = signCase(office.signingKey, {
      header,
      recipientsWrap: wraps.recipientsWrap,
      passphraseWrap: wraps.passphraseWrap,
      indexOffset,
      indexPlaintextLength: index.length,
      indexCiphertext,
    });
    const trailer = encodeCaseTrailer({
      indexOffset,
      indexPlaintextLength: index.length,
      signature,
    });
    await output.push([indexCiphertext, trailer]);
    await output.drain();
    const size = output.offset;
    await stream.commit();
    return {
      packageId: Buffer.from(packageId).toString('hex'),
      size,
      officeFingerprint: fingerprintOf({
        signingPublicKey: officeSigningKey,
        ageRecipient: office.card.ageRecipient,
      }),
      entries,
    };
  } catch (error) {
    await stream.abort();
    throw error;
  } finally {
    // The slots still hold the last chunks' plaintext: the workers write from their own output.
    pipeline.ring.dispose({ wipe: true });
  }
}
