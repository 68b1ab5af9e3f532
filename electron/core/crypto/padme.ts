/**
 * Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
 * PURBs", PETS 2019): rounds a length up so that only O(log log L) bits of it remain, with at most
 * 11.1 % overhead. Used for every entry of a case package and every blob of the office workspace,
 * so a size says little more than its order of magnitude.
 */

/** The padded length of a plaintext of `length` bytes (0, 1 and 2 stay as they are). */
export function padmeLength(length: number): number {
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError('length must be ≥ 0');
  if (length < 3) return length;
  const e = Math.floor(Math.log2(length));
  const s = Math.floor(Math.log2(e)) + 1;
  const step = 2 ** (e - s);
  return Math.ceil(length / step) * step;
}
