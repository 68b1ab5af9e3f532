/** SHA-256 (hex) of a JSON value's canonical text: the same value hashes the same anywhere. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json';

export function jsonDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
