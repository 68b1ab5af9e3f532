/** Sealing one case package (案卷) for one person: fresh case key, age wraps, then the file. */
import { randomBytes } from 'node:crypto';
import { DEFAULT_SCRYPT_LOG_N } from '../crypto/scrypt-work-factor';
import type { Identity } from '../identity/identity';
import {
  CASE_ID_LENGTH,
  CASE_KEY_LENGTH,
  DEFAULT_CHUNK_SIZE_LOG2,
  MAX_CHUNK_SIZE_LOG2,
  MIN_CHUNK_SIZE_LOG2,
} from './case-format';
import { writeCaseFile } from './case-file-writer';
import type { MaterialInput, WrittenCase, WrittenEntry } from './case-file-writer';
import { wrapCaseKey } from './case-key-wrap';

/** Where the writer draws the case id, the case key and generated entry ids. */
export type RandomBytes = (length: number) => Uint8Array;

export interface WriteCasePackageOptions {
  readonly path: string;
  /** The office's unlocked identity: it signs, and its public keys go in the header. */
  readonly office: Identity;
  /** age X25519 recipients ("age1…") who may open the package; one wrap holds them all. */
  readonly recipients: readonly string[];
  readonly passphrase?: string;
  /** Opaque JSON; or give `manifestFor` to build it from the written entries' ids. */
  readonly manifest?: unknown;
  readonly manifestFor?: (entries: readonly WrittenEntry[]) => unknown;
  readonly materials: Iterable<MaterialInput> | AsyncIterable<MaterialInput>;
  readonly random?: RandomBytes;
  /** log2 of scrypt N for the passphrase wrap; 18 by default. */
  readonly scryptLogN?: number;
  /** log2 of the chunk size; 20 (1 MiB) by default. */
  readonly chunkSizeLog2?: number;
}

/** Writes the package atomically; plaintext is only ever in memory, one chunk at a time. */
export async function writeCasePackage(options: WriteCasePackageOptions): Promise<WrittenCase> {
  const random = options.random ?? ((length: number) => new Uint8Array(randomBytes(length)));
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
  const caseId = random(CASE_ID_LENGTH);
  // A copy, so that wiping it afterwards never touches the caller's bytes.
  const caseKey = new Uint8Array(random(CASE_KEY_LENGTH));
  try {
    const wraps = await wrapCaseKey(caseKey, {
      recipients: [...new Set(options.recipients)],
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      scryptLogN: options.scryptLogN ?? DEFAULT_SCRYPT_LOG_N,
    });
    return await writeCaseFile({
      path: options.path,
      office: options.office,
      caseId,
      caseKey,
      wraps,
      chunkSizeLog2,
      materials: options.materials,
      manifestFor: manifestFor ?? (() => manifest),
      newEntryId: () => Buffer.from(random(16)).toString('hex'),
    });
  } finally {
    caseKey.fill(0);
  }
}
