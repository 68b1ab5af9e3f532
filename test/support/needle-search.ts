/**
 * Many needles searched in one pass: a `Buffer.includes` per needle costs a full pass each, and a
 * scan has about a hundred needles and files of tens of megabytes. A table of the needles' first
 * two bytes rejects most positions with one lookup; the rest are matched on their first four
 * bytes, then compared in full; a needle once found is not sought again.
 */
export interface SearchableNeedle {
  readonly bytes: Buffer;
}

/** A function that returns the needles occurring anywhere in a buffer, in the given order. */
export function needleSearch<N extends SearchableNeedle>(
  needles: readonly N[],
): (haystack: Buffer) => N[] {
  const byFirstWord = new Map<number, N[]>();
  const firstPairs = new Uint8Array(0x10000);
  for (const needle of needles) {
    if (needle.bytes.length < 4) throw new Error('A needle needs at least four bytes');
    firstPairs[needle.bytes.readUInt16LE(0)] = 1;
    const word = needle.bytes.readUInt32LE(0);
    byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), needle]);
  }
  return (haystack) => {
    const found = new Set<N>();
    const last = haystack.length - 4;
    for (let at = 0; at <= last; at++) {
      if (firstPairs[haystack[at]! | (haystack[at + 1]! << 8)] === 0) continue;
      const candidates = byFirstWord.get(haystack.readUInt32LE(at));
      if (candidates === undefined) continue;
      for (const needle of candidates) {
        const end = at + needle.bytes.length;
        if (found.has(needle) || end > haystack.length) continue;
        if (haystack.compare(needle.bytes, 0, needle.bytes.length, at, end) === 0) {
          found.add(needle);
        }
      }
    }
    return needles.filter((needle) => found.has(needle));
  };
}
