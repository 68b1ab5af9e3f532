/**
 * Sets of sentences as bitmaps (one bit per sentence of the index): a query's candidates are
 * the intersection of a few unions of posting lists, and a bitmap does both without sorting.
 */

/** An empty set over `size` sentences. */
export function emptySentenceBits(size: number): Uint32Array {
  return new Uint32Array((size + 31) >>> 5);
}

/** `into` becomes `into ∩ other`; returns how many sentences are left. */
export function intersectInto(into: Uint32Array, other: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < into.length; i++) {
    const both = into[i]! & other[i]!;
    into[i] = both;
    if (both !== 0) count += bitCount(both);
  }
  return count;
}

export function countSentences(bits: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) count += bitCount(bits[i]!);
  return count;
}

/** Calls `visit` with every sentence in the set, in order. */
export function forEachSentence(bits: Uint32Array, visit: (sentence: number) => void): void {
  for (let word = 0; word < bits.length; word++) {
    let rest = bits[word]!;
    while (rest !== 0) {
      const low = rest & -rest;
      visit((word << 5) + 31 - Math.clz32(low));
      rest ^= low;
    }
  }
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
