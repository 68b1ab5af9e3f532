/**
 * Opening a case package: check the office's key and signature, unwrap the case key, decrypt
 * the index and the manifest. Its cost does not grow with the materials' size; each material is
 * then read on demand, alone, by positioned reads.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { isCryptoError } from '../crypto/crypto-error';
import { unwrapKey } from '../crypto/key-wrap';
import { fingerprintOf, normaliseFingerprint } from '../identity/fingerprint';
import { decodeCaseIndex } from './case-index';
import type { IndexRecord } from './case-index';
import { frameSignatureIsValid, readCaseFrame } from './case-frame';
import type { CaseFrame } from './case-frame';
import { decryptEntryBytes } from './entry-codec';
import { deriveEntryKey, deriveIndexKey } from './entry-keys';
import { readEntryChunks, readEntryInto } from './entry-reader';
import { WorkerFile } from './worker-file';

export interface OpenCaseOptions {
  /** The office fingerprint this person was given ("XXXX-XXXX-XXXX-XXXX"); any other is refused. */
  readonly officeFingerprint: string;
  /** Their age identity ("AGE-SECRET-KEY-1…"), tried first. */
  readonly identity?: string;
  readonly passphrase?: string;
}

export interface CaseEntryInfo {
  readonly id: string;
  /** Plaintext bytes. */
  readonly size: number;
}

export interface OpenCase {
  /** 32 hex digits, random per package (the case's stable id is in the manifest). */
  readonly packageId: string;
  readonly manifest: unknown;
  /** The office's age recipient from the signed header, for bundles sent back to it. */
  readonly officeAgeRecipient: string;
  /** The materials, in file order (the manifest is not one of them). */
  listEntries(): readonly CaseEntryInfo[];
  /** The whole material, verified against the signed hash before it is returned. */
  readEntry(id: string): Promise<Uint8Array>;
  /** The material as a stream, one verified chunk at a time; an altered chunk fails the stream. */
  readEntryStream(id: string): Readable;
  close(): Promise<void>;
}

/** Throws an AppError of the crypto family for every way a package can be wrong (see docs/case-format.md). */
export async function openCasePackage(path: string, options: OpenCaseOptions): Promise<OpenCase> {
  const expected = normaliseFingerprint(options.officeFingerprint);
  if (expected === null) throw new RangeError('the office fingerprint is malformed');
  if (options.identity === undefined && options.passphrase === undefined) {
    throw new RangeError('an identity or a passphrase is needed to open a case package');
  }
  const handle = await open(path, 'r');
  let caseKey: Uint8Array | undefined;
  try {
    const frame = await readCaseFrame(handle);
    const signer = fingerprintOf({
      signingPublicKey: frame.header.officeSigningKey,
      ageRecipient: frame.header.officeAgeRecipient,
    });
    if (signer !== expected) throw new AppError('unknown-office', {}, `signed by ${signer}`);
    if (!frameSignatureIsValid(frame)) throw new AppError('bad-signature');
    caseKey = await unwrapKey('caseKey', frame.wraps, options);
    return await openVerifiedCase(handle, frame, caseKey);
  } catch (error) {
    caseKey?.fill(0);
    await handle.close();
    throw error;
  }
}

async function openVerifiedCase(
  handle: FileHandle,
  frame: CaseFrame,
  caseKey: Uint8Array,
): Promise<OpenCase> {
  const { packageId } = frame.header;
  const { chunkSize } = frame;
  const index = decryptEntryBytes(
    deriveIndexKey(caseKey, packageId),
    frame.signedParts.indexCiphertext,
    frame.trailer.indexPlaintextLength,
    chunkSize,
  );
  const records = decodeCaseIndex(index, {
    start: frame.entriesStart,
    end: frame.trailer.indexOffset,
    chunkSize,
  });
  const materials = new Map<string, IndexRecord>();
  let manifestRecord: IndexRecord | undefined;
  for (const record of records) {
    if (record.kind === 'manifest') manifestRecord = record;
    else if (record.kind === 'material') materials.set(record.id, record);
  }
  let closed = false;

  // The chunk workers read materials through its descriptor; closing waits for them.
  const file = new WorkerFile(handle);
  const keyOf = (record: IndexRecord) => {
    if (closed) throw new Error('the case package is closed');
    return deriveEntryKey(caseKey, packageId, record.id);
  };
  const chunksOf = (record: IndexRecord) => readEntryChunks(file, record, keyOf(record), chunkSize);
  const readWhole = async (record: IndexRecord): Promise<Buffer> => {
    const out = Buffer.allocUnsafe(record.plaintextLength);
    // Zeroed on a failure: nothing of a material is returned unless all of it verified.
    await readEntryInto(file, record, keyOf(record), chunkSize, out);
    return out;
  };
  const material = (id: string): IndexRecord => {
    const record = materials.get(id);
    if (record === undefined) throw new AppError('no-such-entry', {}, id);
    return record;
  };

  if (manifestRecord === undefined) throw new AppError('tampered', {}, 'no manifest');
  let manifest: unknown;
  try {
    manifest = JSON.parse((await readWhole(manifestRecord)).toString('utf8'));
  } catch (error) {
    if (isCryptoError(error)) throw error;
    throw new AppError('tampered', {}, 'the manifest is not JSON');
  }

  return {
    packageId: Buffer.from(packageId).toString('hex'),
    manifest,
    officeAgeRecipient: frame.header.officeAgeRecipient,
    listEntries: () => [...materials.values()].map((r) => ({ id: r.id, size: r.plaintextLength })),
    readEntry: async (id) => readWhole(material(id)),
    readEntryStream: (id) => Readable.from(chunksOf(material(id)), { objectMode: false }),
    close: async () => {
      if (closed) return;
      closed = true;
      caseKey.fill(0);
      await file.close();
    },
  };
}
