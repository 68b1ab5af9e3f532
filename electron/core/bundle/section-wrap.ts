/**
 * A section's key wrapped for its readers as one standard age file whose payload is the purpose
 * label `QBBUNDLE section key v1\0` and the key (key-purpose.ts). Every wrap has exactly
 * WRAP_STANZAS X25519 stanzas: the readers', then throwaway recipients whose keys are dropped at
 * once, in a random order. X25519 stanzas are indistinguishable without the identity, so a wrap
 * says neither who nor how many read the section (a conflicted chair is one reader fewer).
 * Sealed and opened natively (age-native.ts): the same age files as age-encryption's.
 */
import { generateKeyPairSync } from 'node:crypto';
import { WRAP_STANZAS } from '../../../shared/bundle/bundle-limits';
import { isAppError } from '../../../shared/errors';
import { sealAgeFile } from '../crypto/age-native';
import { openAgeFiles } from '../crypto/age-open-many';
import { ageIdentityOpener, ageRecipientKey, decryptWithOpener } from '../crypto/age-recipients';
import { labelKey, unlabelKey } from '../crypto/key-purpose';
import type { KeyPurpose } from '../crypto/key-purpose';
import type { NativeX25519Identity } from '../crypto/x25519-stanza';
import { shuffled } from './filler-section';

/** A fresh X25519 public key whose private key is dropped at once: nobody can open its stanza. */
export function throwawayRecipientKey(): Uint8Array {
  const { publicKey } = generateKeyPairSync('x25519');
  const { x } = publicKey.export({ format: 'jwk' });
  if (x === undefined) throw new Error('an X25519 public key exports its x');
  return Buffer.from(x, 'base64url');
}

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
  return sealSectionKeyFor(sectionKey, readers.map(ageRecipientKey), purpose);
}

/**
 * The wrap for these X25519 keys (none for a filler section), padded with throwaway keys to
 * WRAP_STANZAS stanzas and shuffled.
 */
export function sealSectionKeyFor(
  sectionKey: Uint8Array,
  recipientKeys: readonly Uint8Array[],
  purpose: KeyPurpose = 'bundleSectionKey',
): Uint8Array {
  if (recipientKeys.length > WRAP_STANZAS) throw new RangeError('too many readers for a wrap');
  const recipients = [...recipientKeys];
  while (recipients.length < WRAP_STANZAS) recipients.push(throwawayRecipientKey());
  const payload = labelKey(purpose, sectionKey);
  try {
    return sealAgeFile(payload, shuffled(recipients));
  } finally {
    payload.fill(0);
  }
}

/** One wrap opened with an identity already imported (see unwrapSectionKeys). */
export function unwrapSectionKeyWith(
  wrap: Uint8Array,
  opener: NativeX25519Identity,
  purpose: KeyPurpose = 'bundleSectionKey',
): Uint8Array | null {
  let payload: Uint8Array;
  try {
    payload = decryptWithOpener(wrap, opener);
  } catch (error) {
    if (isAppError(error, 'not-a-recipient')) return null;
    throw error;
  }
  return unlabelKey(purpose, payload);
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
  return unwrapSectionKeyWith(wrap, ageIdentityOpener(ageIdentity), purpose);
}

/** A wrap's outcome: the key, null when not for this identity, or what opening it threw. */
export type UnwrapOutcome = { readonly key: Uint8Array | null } | { readonly error: unknown };

/**
 * Every wrap of a bundle opened at once: the stanzas tried on the stanza pool's worker threads
 * (age-open-many.ts), the rest here. Each outcome is kept in place, so that the caller meets a
 * damaged wrap where it would have met it one by one.
 */
export async function unwrapSectionKeys(
  wraps: readonly Uint8Array[],
  ageIdentity: string,
  purpose: KeyPurpose = 'bundleSectionKey',
): Promise<UnwrapOutcome[]> {
  const opened = await openAgeFiles(wraps, ageIdentity);
  return opened.map((outcome) => {
    if ('error' in outcome) return outcome;
    if (outcome.payload === null) return { key: null };
    try {
      return { key: unlabelKey(purpose, outcome.payload) };
    } catch (error) {
      return { error };
    }
  });
}

/** Zeroes every key of `outcomes` (after use, or when opening stopped part-way). */
export function wipeUnwrapped(outcomes: readonly UnwrapOutcome[]): void {
  for (const outcome of outcomes) if ('key' in outcome) outcome.key?.fill(0);
}
