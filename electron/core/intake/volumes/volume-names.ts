/**
 * How WinRAR names the parts of a volume set: "name.part1.rar", "name.part2.rar"… (RAR 3 and
 * later, always for RAR 5), or the old "name.rar", "name.r00", "name.r01"… ("name.s00" after
 * "name.r99"). Numbers here count from 0 for the first volume.
 */
export type VolumeNaming =
  | {
      readonly scheme: 'part';
      readonly base: string;
      readonly number: number;
      /** Digits in the part number ("part01" → 2): every name of a set has the same. */
      readonly width: number;
      readonly extension: string;
    }
  | { readonly scheme: 'old'; readonly base: string; readonly number: number };

const PART_NAME = /^(.+)\.part(\d{1,4})\.(rar)$/i;
const OLD_FIRST = /^(.+)\.(rar)$/i;
const OLD_NEXT = /^(.+)\.([r-z])(\d\d)$/i;

/** What a file's name says about its place in a volume set, or null when it says nothing. */
export function volumeNaming(name: string): VolumeNaming | null {
  const part = PART_NAME.exec(name);
  if (part !== null) {
    const digits = part[2]!;
    const number = Number(digits) - 1;
    if (number < 0) return null;
    return { scheme: 'part', base: part[1]!, number, width: digits.length, extension: part[3]! };
  }
  const next = OLD_NEXT.exec(name);
  if (next !== null) {
    const letter = next[2]!.toLowerCase().charCodeAt(0) - 'r'.charCodeAt(0);
    return { scheme: 'old', base: next[1]!, number: 1 + letter * 100 + Number(next[3]) };
  }
  const first = OLD_FIRST.exec(name);
  if (first !== null) return { scheme: 'old', base: first[1]!, number: 0 };
  return null;
}

/** The name of volume `number` of the set `naming` belongs to. */
export function volumeNameFor(naming: VolumeNaming, number: number): string {
  if (naming.scheme === 'part') {
    return `${naming.base}.part${String(number + 1).padStart(naming.width, '0')}.${naming.extension}`;
  }
  if (number === 0) return `${naming.base}.rar`;
  const letter = String.fromCharCode('r'.charCodeAt(0) + Math.floor((number - 1) / 100));
  return `${naming.base}.${letter}${String((number - 1) % 100).padStart(2, '0')}`;
}

/** Which set a name belongs to: the same for every part of one set. */
export function volumeSetKey(naming: VolumeNaming): string {
  return `${naming.scheme}:${naming.base.normalize('NFC').toLowerCase()}`;
}
