/**
 * The exact length of a package before it is written, from the lengths of its parts: sealing
 * uses it to pad the packages of one group to one size (a filler entry makes up the rest).
 */
import {
  HEADER_LENGTH,
  TRAILER_LENGTH,
  ciphertextLength,
  entryExtent,
  indexPlaintextLength,
  indexSlotCount,
} from './case-format';
import { padmeLength } from '../crypto/padme';

export interface PackageLayout {
  /** Bytes of the recipients wrap plus the passphrase wrap. */
  readonly wrapsLength: number;
  /** Plaintext lengths of every entry: the materials and the manifest. */
  readonly entryLengths: readonly number[];
  readonly chunkSize: number;
}

/** File length of a package with these parts and a filler entry of `fillerLength` bytes. */
export function packageLength(layout: PackageLayout, fillerLength: number): number {
  const { chunkSize } = layout;
  const entries = layout.entryLengths.reduce(
    (sum, length) => sum + entryExtent(padmeLength(length), chunkSize),
    0,
  );
  const slots = indexSlotCount(layout.entryLengths.length + 1);
  return (
    HEADER_LENGTH +
    layout.wrapsLength +
    entries +
    fillerLength +
    ciphertextLength(indexPlaintextLength(slots), chunkSize) +
    TRAILER_LENGTH
  );
}

/** The smallest length this package can have (its filler empty). */
export function minimumPackageLength(layout: PackageLayout): number {
  return packageLength(layout, 0);
}
