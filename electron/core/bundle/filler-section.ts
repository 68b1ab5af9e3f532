/**
 * A section that fills a bundle up to the section count the office's roster statement gives: a
 * wrap of throwaway stanzas only, random bytes as long as a real section's ciphertext, a random
 * readers commitment. Nobody can open it and nobody can tell it from a real section, so the
 * count says nothing of the author's conflicts; sections are put in a random order.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { TAG_BYTES } from './bundle-format';
import { sealSectionKeyFor } from './section-wrap';

export interface FillerSection {
  readonly wrap: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly commitment: string;
}

export async function fillerSection(paddedLength: number): Promise<FillerSection> {
  const key = randomBytes(32);
  const wrap = sealSectionKeyFor(key, []);
  key.fill(0);
  return {
    wrap,
    ciphertext: randomBytes(paddedLength + TAG_BYTES),
    commitment: randomBytes(32).toString('hex'),
  };
}

/** Fisher–Yates with the CSPRNG: the author's order of applications is not kept. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
