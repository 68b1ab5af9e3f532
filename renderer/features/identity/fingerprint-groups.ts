/** A fingerprint in the groups a person reads aloud: "7KQ2-M9TX-PA4R-3HVN" → four groups of four. */
import { normaliseFingerprint } from '../../../shared/security/fingerprint-text';

export function fingerprintGroups(fingerprint: string): string[] {
  return (normaliseFingerprint(fingerprint) ?? fingerprint).split('-');
}
