import { createHash } from 'node:crypto';

/** SHA-256 of the parts one after another (text as UTF-8), in lowercase hex: how files and bundles are named by digest. */
export function sha256Hex(...parts: readonly (Uint8Array | string)[]): string {
  const hash = createHash('sha256');
  for (const part of parts)
    hash.update(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
  return hash.digest('hex');
}
