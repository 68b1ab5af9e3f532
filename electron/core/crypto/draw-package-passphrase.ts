/** Draws a package passphrase (shared/security/package-passphrase.ts): 32 uniform random digits. */
import { randomInt } from 'node:crypto';
import { PACKAGE_PASSPHRASE_DIGITS } from '../../../shared/security/package-passphrase';

export function drawPackagePassphrase(): string {
  let digits = '';
  for (let i = 0; i < PACKAGE_PASSPHRASE_DIGITS; i++) digits += String(randomInt(10));
  return digits;
}
