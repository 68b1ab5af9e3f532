/** The age scrypt work factor (log2 N, with r = 8, p = 1): what we write and what we accept. */

/** age's own default: about 256 MiB and a fraction of a second to a few seconds per attempt. */
export const DEFAULT_SCRYPT_LOG_N = 18;

/** Refused on read above this: 2^20 needs 1 GiB of memory; a hostile file must not ask for more. */
export const MAX_SCRYPT_LOG_N = 20;

/** Below this a passphrase is too cheap to guess; only test vectors and unit tests go this low. */
export const MIN_SCRYPT_LOG_N = 10;

export function assertWritableWorkFactor(logN: number): void {
  if (!Number.isInteger(logN) || logN < MIN_SCRYPT_LOG_N || logN > MAX_SCRYPT_LOG_N) {
    throw new RangeError(
      `scrypt work factor must be an integer from ${MIN_SCRYPT_LOG_N} to ${MAX_SCRYPT_LOG_N}`,
    );
  }
}
