/**
 * A section's key wrapped for its readers as one standard age file whose payload is the purpose
 * label `QBBUNDLE section key v1\0` and the key (key-purpose.ts). Every wrap has exactly
 * WRAP_STANZAS X25519 stanzas: the readers', then throwaway recipients whose keys are dropped at
 * once, in a random order. X25519 stanzas are indistinguishable without the identity, so a wrap
 * says neither who nor how many read the section (a conflicted chair is one reader fewer).
 */
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { WRAP_STANZAS } from '../../../shared/bundle/bundle-limits';
import { isAppError } from '../../../shared/errors';
import { decryptWithIdentity, isAgeRecipient } from '../crypto/age-recipients';
import { labelKey, unlabelKey } from '../crypto/key-purpose';
import type { KeyPurpose } from '../crypto/key-purpose';
import { shuffled } from './filler-section';

/** The age file wrapping `sectionKey` for `readers` (age recipients), padded with throwaway stanzas. */
export async function wrapSectionKey(
  sectionKey: Uint8Array,
  readers: readonly string[],
  /** The result bundle labels its keys as its own (docs/result-bundle-format.md). */
  purpose: KeyPurpose = 'bundleSectionKey',
): Promise<Uint8Array> {
  if (readers.length === 0 || readers.length > WRAP_STANZAS) {
    throw new RangeError(`a section has 1 to ${WRAP_STANZAS} readers`);
  }
  const recipients = [...readers];
  for (const reader of readers) {
    if (!isAgeRecipient(reader)) throw new RangeError('not an age X25519 recipient');
  }
  while (recipients.length < WRAP_STANZAS) {
    recipients.push(await identityToRecipient(await generateX25519Identity()));
  }
  const encrypter = new Encrypter();
  for (const recipient of shuffled(recipients)) encrypter.addRecipient(recipient);
  const payload = labelKey(purpose, sectionKey);
  try {
    return await encrypter.encrypt(payload);
  } finally {
    payload.fill(0);
  }
}

/**
 * The section key, or null when no stanza is for this identity (the section is not for them).
 * A payload for another purpose is `wrong-purpose`, a damaged one `tampered` (crypto family).
 */
export async function unwrapSectionKey(
  wrap: Uint8Array,
  ageIdentity: string,
  purpose: KeyPurpose = 'bundleSectionKey',
): Promise<Uint8Array | null> {
  let payload: Uint8Array;
  try {
    payload = await decryptWithIdentity(wrap, ageIdentity);
  } catch (error) {
    if (isAppError(error, 'not-a-recipient')) return null;
    throw error;
  }
  return unlabelKey(purpose, payload);
}
