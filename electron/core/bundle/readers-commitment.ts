/**
 * A section's readers, committed to in the signed header without being named there: SHA-256 of
 * a label, a 32-byte random salt and the sorted fingerprints. The salt is inside the section, so
 * only a reader can check the commitment; without it, nobody can test guesses of who reads
 * which section (the roster is small enough to try every subset).
 */
import { sha256Hex } from '../crypto/sha256-hex';

const LABEL = Buffer.from('QBBUNDLE readers v1\0', 'latin1');

/** The fingerprints as the commitment and the section list them: sorted, each once. */
export function sortedReaders(fingerprints: readonly string[]): string[] {
  return [...new Set(fingerprints)].sort();
}

/** Hex SHA-256 of label ‖ salt (32 bytes) ‖ the sorted fingerprints joined by "\n". */
export function readersCommitment(salt: Uint8Array, fingerprints: readonly string[]): string {
  if (salt.length !== 32) throw new RangeError('the readers salt is 32 bytes');
  return sha256Hex(LABEL, salt, Buffer.from(sortedReaders(fingerprints).join('\n'), 'latin1'));
}
