/**
 * Per-entry keys: HKDF-SHA256 with the case key as input key material and the package id as
 * salt, so no two entries (nor the index) ever share an AES-GCM key and counter nonces are safe.
 */
import { hkdfSync } from 'node:crypto';
import { ENTRY_KEY_INFO, INDEX_KEY_INFO } from './case-format';

export function deriveEntryKey(
  caseKey: Uint8Array,
  packageId: Uint8Array,
  entryId: string,
): Buffer {
  const info = Buffer.concat([ENTRY_KEY_INFO, Buffer.from(entryId, 'latin1')]);
  return Buffer.from(hkdfSync('sha256', caseKey, packageId, info, 32));
}

export function deriveIndexKey(caseKey: Uint8Array, packageId: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', caseKey, packageId, INDEX_KEY_INFO, 32));
}
