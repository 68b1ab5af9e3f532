/**
 * Everything of a case file except its entries: header, key wraps, encrypted index, trailer.
 * Reading it takes the same few reads whatever the file's size; nothing is decrypted here.
 */
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { HEADER_LENGTH, MAX_INDEX_BYTES, TRAILER_LENGTH, ciphertextLength } from './case-format';
import { checkMagicAndVersion, decodeCaseHeader } from './case-header';
import type { CaseHeader } from './case-header';
import type { KeyWraps } from '../crypto/key-wrap';
import type { SignedParts } from './case-signature';
import { verifyCaseSignature } from './case-signature';
import { decodeCaseTrailer } from './case-trailer';
import type { CaseTrailer } from './case-trailer';
import { readAt } from './read-at';

export interface CaseFrame {
  readonly size: number;
  readonly header: CaseHeader;
  readonly wraps: KeyWraps;
  readonly trailer: CaseTrailer;
  readonly signedParts: SignedParts;
  readonly chunkSize: number;
  /** The entries fill [entriesStart, trailer.indexOffset) exactly. */
  readonly entriesStart: number;
}

export async function readCaseFrame(handle: FileHandle): Promise<CaseFrame> {
  const size = (await handle.stat()).size;
  const headerBytes = await readAt(handle, 0, Math.min(size, HEADER_LENGTH));
  checkMagicAndVersion(headerBytes, size);
  if (size < HEADER_LENGTH + TRAILER_LENGTH) throw new AppError('truncated', {}, 'too short');
  const trailer = decodeCaseTrailer(await readAt(handle, size - TRAILER_LENGTH, TRAILER_LENGTH));
  const header = decodeCaseHeader(headerBytes);
  const chunkSize = 2 ** header.chunkSizeLog2;
  if (trailer.indexPlaintextLength > MAX_INDEX_BYTES) {
    throw new AppError('limits-exceeded', {}, 'index larger than 64 MiB');
  }
  const entriesStart = HEADER_LENGTH + header.recipientsWrapLength + header.passphraseWrapLength;
  const indexLength = ciphertextLength(trailer.indexPlaintextLength, chunkSize);
  if (
    trailer.indexOffset < entriesStart ||
    trailer.indexOffset + indexLength + TRAILER_LENGTH !== size
  ) {
    throw new AppError('tampered', {}, 'the parts do not add up to the file size');
  }
  const recipientsWrap = await readAt(handle, HEADER_LENGTH, header.recipientsWrapLength);
  const passphraseWrap = await readAt(
    handle,
    HEADER_LENGTH + header.recipientsWrapLength,
    header.passphraseWrapLength,
  );
  const indexCiphertext = await readAt(handle, trailer.indexOffset, indexLength);
  return {
    size,
    header,
    wraps: { recipientsWrap, passphraseWrap },
    trailer,
    signedParts: {
      header: headerBytes,
      recipientsWrap,
      passphraseWrap,
      indexOffset: trailer.indexOffset,
      indexPlaintextLength: trailer.indexPlaintextLength,
      indexCiphertext,
    },
    chunkSize,
    entriesStart,
  };
}

export function frameSignatureIsValid(frame: CaseFrame): boolean {
  return verifyCaseSignature(
    frame.header.officeSigningKey,
    frame.signedParts,
    frame.trailer.signature,
  );
}
