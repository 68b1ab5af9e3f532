/**
 * Writes a `.qbcase` file from keys already chosen and wrapped: everything here is determined
 * by its inputs, which is what the test vectors in docs/case-format.md rely on.
 * Layout: header ‖ recipients wrap ‖ passphrase wrap ‖ entries ‖ encrypted index ‖ trailer.
 */
import { fingerprintOf } from '../identity/fingerprint';
import type { Identity } from '../identity/identity';
import { signingPublicKeyOf } from '../identity/identity-card';
import { openAtomicStream } from './atomic-stream-write';
import { ENTRY_ID_PATTERN, MAX_MANIFEST_BYTES } from './case-format';
import { encodeCaseHeader } from './case-header';
import { encodeCaseIndex } from './case-index';
import type { IndexRecord } from './case-index';
import type { CaseKeyWraps } from './case-key-wrap';
import { signCase } from './case-signature';
import { encodeCaseTrailer } from './case-trailer';
import { encryptEntryBytes } from './entry-codec';
import { deriveEntryKey, deriveIndexKey } from './entry-keys';
import { writeEntry } from './entry-writer';
import { plaintextChunks } from './material-source';
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
  /** 32 hex digits; not secret (it is in the header). */
  readonly caseId: string;
  /** File size in bytes. */
  readonly size: number;
  readonly officeFingerprint: string;
  readonly entries: readonly WrittenEntry[];
}

export interface CaseFileInput {
  readonly path: string;
  readonly office: Identity;
  readonly caseId: Uint8Array;
  readonly caseKey: Uint8Array;
  readonly wraps: CaseKeyWraps;
  readonly chunkSizeLog2: number;
  readonly materials: Iterable<MaterialInput> | AsyncIterable<MaterialInput>;
  /** The manifest, given the materials as written (so it can name generated ids). */
  readonly manifestFor: (entries: readonly WrittenEntry[]) => unknown;
  readonly newEntryId: () => string;
}

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

export async function writeCaseFile(input: CaseFileInput): Promise<WrittenCase> {
  const { office, caseId, caseKey, wraps } = input;
  const chunkSize = 2 ** input.chunkSizeLog2;
  const officeSigningKey = signingPublicKeyOf(office.card);
  const header = encodeCaseHeader({
    chunkSizeLog2: input.chunkSizeLog2,
    caseId,
    officeSigningKey,
    officeAgeRecipient: office.card.ageRecipient,
    recipientsWrapLength: wraps.recipientsWrap.length,
    passphraseWrapLength: wraps.passphraseWrap.length,
  });
  const stream = await openAtomicStream(input.path);
  try {
    const output = new PipelinedOutput(stream);
    await output.push([header, wraps.recipientsWrap, wraps.passphraseWrap]);
    const records: IndexRecord[] = [];
    const ids = new Set<string>();
    for await (const material of input.materials) {
      const id = checkedEntryId(material.id ?? input.newEntryId(), ids);
      const key = deriveEntryKey(caseKey, caseId, id);
      const chunks = plaintextChunks(material.source, chunkSize);
      records.push(await writeEntry(output, { kind: 'material', id, key }, chunks));
    }
    const entries = records.map(({ id, plaintextLength }) => ({ id, size: plaintextLength }));
    const manifestId = checkedEntryId(input.newEntryId(), ids);
    const manifest = manifestBytes(input.manifestFor(entries));
    const manifestKey = deriveEntryKey(caseKey, caseId, manifestId);
    const manifestChunks = plaintextChunks(manifest, chunkSize);
    records.push(
      await writeEntry(
        output,
        { kind: 'manifest', id: manifestId, key: manifestKey },
        manifestChunks,
      ),
    );
    const index = encodeCaseIndex(records);
    const indexOffset = output.offset;
    const indexCiphertext = encryptEntryBytes(deriveIndexKey(caseKey, caseId), index, chunkSize);
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
      caseId: Buffer.from(caseId).toString('hex'),
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
  }
}
