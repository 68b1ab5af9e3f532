/**
 * What anyone holding the file can learn without a key, for `qbreview case info`: format,
 * size, package id, the signer, whether the signature holds, how many recipients, whether there is
 * a passphrase and its work factor. The number and sizes of the materials are in the encrypted
 * index and are not shown.
 */
import { open } from 'node:fs/promises';
import { readAgeStanzas } from '../crypto/age-header';
import { AppError } from '../../../shared/errors';
import { fingerprintOf } from '../identity/fingerprint';
import { CASE_FORMAT_VERSION } from './case-format';
import { frameSignatureIsValid, readCaseFrame } from './case-frame';

export interface CaseInfo {
  readonly formatVersion: number;
  /** Random per package (the case's stable id is inside, in the manifest). */
  readonly packageId: string;
  readonly size: number;
  readonly chunkSize: number;
  /** Fingerprint of the office keys in the header: compare it with the one you were given. */
  readonly signerFingerprint: string;
  readonly signatureValid: boolean;
  readonly recipientCount: number;
  /** null when the package has no passphrase wrap. */
  readonly passphrase: { readonly scryptLogN: number } | null;
}

/** Throws an AppError of the crypto family for a file that is not a readable case (magic, version, layout). */
export async function inspectCasePackage(path: string): Promise<CaseInfo> {
  const handle = await open(path, 'r');
  try {
    const frame = await readCaseFrame(handle);
    const { header, wraps } = frame;
    const recipients = wraps.recipientsWrap.length > 0 ? readAgeStanzas(wraps.recipientsWrap) : [];
    const passphrase = wraps.passphraseWrap.length > 0 ? readAgeStanzas(wraps.passphraseWrap) : [];
    if (recipients === null || passphrase === null) {
      throw new AppError('tampered', {}, 'a key wrap is not an age file');
    }
    const scryptLogN = Number(passphrase[0]?.args[2]);
    if (passphrase.length > 0 && !Number.isInteger(scryptLogN)) {
      throw new AppError('tampered', {}, 'the passphrase wrap has no scrypt stanza');
    }
    return {
      formatVersion: CASE_FORMAT_VERSION,
      packageId: Buffer.from(header.packageId).toString('hex'),
      size: frame.size,
      chunkSize: frame.chunkSize,
      signerFingerprint: fingerprintOf({
        signingPublicKey: header.officeSigningKey,
        ageRecipient: header.officeAgeRecipient,
      }),
      signatureValid: frameSignatureIsValid(frame),
      recipientCount: recipients.length,
      passphrase: passphrase.length > 0 ? { scryptLogN } : null,
    };
  } finally {
    await handle.close();
  }
}
