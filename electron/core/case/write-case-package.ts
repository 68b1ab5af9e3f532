/** Sealing one case package (案卷) for one person: fresh case key, age wraps, then the file. */
import { randomBytes } from 'node:crypto';
import { wrapKey } from '../crypto/key-wrap';
import type { KeyWraps } from '../crypto/key-wrap';
import { DEFAULT_SCRYPT_LOG_N } from '../crypto/scrypt-work-factor';
import type { Identity } from '../identity/identity';
import {
  CASE_KEY_LENGTH,
  DEFAULT_CHUNK_SIZE_LOG2,
  MAX_CHUNK_SIZE_LOG2,
  MIN_CHUNK_SIZE_LOG2,
  PACKAGE_ID_LENGTH,
} from './case-format';
import { writeCaseFile } from './case-file-writer';
import type { MaterialInput, WrittenCase, WrittenEntry } from './case-file-writer';

/** Where the writer draws the package id, the case key and generated entry ids. */
export type RandomBytes = (length: number) => Uint8Array;

export interface CaseKeyRequest {
  /** age X25519 recipients ("age1…") who may open the package; one wrap holds them all. */
  readonly recipients: readonly string[];
  readonly passphrase?: string;
  /** log2 of scrypt N for the passphrase wrap; 18 by default. */
  readonly scryptLogN?: number;
  readonly random?: RandomBytes;
}

/** A package's fresh key and package id, already wrapped: known before the file is written. */
export interface PreparedCaseKey {
  readonly packageId: Uint8Array;
  readonly caseKey: Uint8Array;
  readonly wraps: KeyWraps;
  /** Wipes the case key. */
  dispose(): void;
}

const defaultRandom: RandomBytes = (length) => new Uint8Array(randomBytes(length));

/** Draws the package id and the case key and wraps the key (scrypt runs here). */
export async function prepareCaseKey(request: CaseKeyRequest): Promise<PreparedCaseKey> {
  const random = request.random ?? defaultRandom;
  const packageId = random(PACKAGE_ID_LENGTH);
  // A copy, so that wiping it afterwards never touches the caller's bytes.
  const caseKey = new Uint8Array(random(CASE_KEY_LENGTH));
  try {
    const wraps = await wrapKey('caseKey', caseKey, {
      recipients: [...new Set(request.recipients)],
      ...(request.passphrase === undefined ? {} : { passphrase: request.passphrase }),
      scryptLogN: request.scryptLogN ?? DEFAULT_SCRYPT_LOG_N,
    });
    return { packageId, caseKey, wraps, dispose: () => caseKey.fill(0) };
  } catch (error) {
    caseKey.fill(0);
    throw error;
  }
}

export interface WriteCasePackageOptions extends CaseKeyRequest {
  readonly path: string;
  /** The office's unlocked identity: it signs, and its public keys go in the header. */
  readonly office: Identity;
  /** Opaque JSON; or give `manifestFor` to build it from the written entries' ids. */
  readonly manifest?: unknown;
  readonly manifestFor?: (entries: readonly WrittenEntry[]) => unknown;
  readonly materials: Iterable<MaterialInput> | AsyncIterable<MaterialInput>;
  /** log2 of the chunk size; 20 (1 MiB) by default. */
  readonly chunkSizeLog2?: number;
  /** A key from prepareCaseKey (then recipients and passphrase are not used); fresh otherwise. */
  readonly key?: PreparedCaseKey;
  /** Pad the file to exactly this length with a filler entry (see case-length.ts). */
  readonly targetLength?: number;
}

/** Writes the package atomically; plaintext is only ever in memory, one chunk at a time. */
export async function writeCasePackage(options: WriteCasePackageOptions): Promise<WrittenCase> {
  const random = options.random ?? defaultRandom;
  const chunkSizeLog2 = options.chunkSizeLog2 ?? DEFAULT_CHUNK_SIZE_LOG2;
  if (
    !Number.isInteger(chunkSizeLog2) ||
    chunkSizeLog2 < MIN_CHUNK_SIZE_LOG2 ||
    chunkSizeLog2 > MAX_CHUNK_SIZE_LOG2
  ) {
    throw new RangeError(`chunk size must be 2^${MIN_CHUNK_SIZE_LOG2}…2^${MAX_CHUNK_SIZE_LOG2}`);
  }
  if (options.office.card.role !== 'office') {
    throw new RangeError('only an office identity seals case packages');
  }
  const { manifest, manifestFor } = options;
  if ((manifest === undefined) === (manifestFor === undefined)) {
    throw new TypeError('give exactly one of manifest and manifestFor');
  }
  const key = options.key ?? (await prepareCaseKey(options));
  try {
    return await writeCaseFile({
      path: options.path,
      office: options.office,
      packageId: key.packageId,
      caseKey: key.caseKey,
      wraps: key.wraps,
      chunkSizeLog2,
      materials: options.materials,
      manifestFor: manifestFor ?? (() => manifest),
      newEntryId: () => Buffer.from(random(16)).toString('hex'),
      ...(options.targetLength === undefined ? {} : { targetLength: options.targetLength }),
    });
  } finally {
    key.dispose();
  }
}
