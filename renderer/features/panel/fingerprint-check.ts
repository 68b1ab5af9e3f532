/**
 * 指纹核对: the fingerprint the clerk typed (as the expert read it out) against the card's. Says
 * only whether the whole typed fingerprint matches, never which symbols do: a partial answer
 * would let the clerk (or whoever swapped the card) find the card's fingerprint by trying.
 */
import {
  normaliseCrockfordBase32,
  normaliseFingerprint,
} from '../../../shared/security/fingerprint-text';

/** Symbols in a fingerprint (XXXX-XXXX-XXXX-XXXX). */
export const FINGERPRINT_SYMBOLS = 16;

export type FingerprintCheck =
  /** Nothing typed yet. */
  | { readonly state: 'empty' }
  /** Fewer than 16 symbols so far: no verdict yet. */
  | { readonly state: 'partial'; readonly symbols: number }
  /** A character no fingerprint holds (Crockford base32 has no U, no punctuation). */
  | { readonly state: 'invalid' }
  /** 16 symbols or more that are not the card's: the card may have been swapped. */
  | { readonly state: 'mismatch' }
  | { readonly state: 'match' };

/** Compares as main does (case, spaces, dashes, full width, O/I/L folded). */
export function checkTypedFingerprint(typed: string, cardFingerprint: string): FingerprintCheck {
  if (typed.trim() === '') return { state: 'empty' };
  const symbols = normaliseCrockfordBase32(typed);
  if (symbols === null) return { state: 'invalid' };
  if (symbols.length < FINGERPRINT_SYMBOLS) return { state: 'partial', symbols: symbols.length };
  return normaliseFingerprint(typed) === cardFingerprint
    ? { state: 'match' }
    : { state: 'mismatch' };
}
