/** Sizes and package sequences as the sealing screen shows them. */
import type { IssuedPackage } from '../../../shared/office/issued-package';

/** "356 KB", "1.2 MB", with the locale's digit grouping ("1,024 KB"). */
export function formatSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 ** 3) return `${number(bytes / 1024 ** 2, 1)} MB`;
  return `${number(bytes / 1024 ** 3, 2)} GB`;
}

/** The sequence of the newest package issued to this person in this round, or null if none. */
export function latestIssuedSequence(
  issued: readonly Pick<IssuedPackage, 'roundId' | 'expertId' | 'sequence'>[],
  roundId: string,
  expertId: string,
): number | null {
  const sequences = issued
    .filter((p) => p.roundId === roundId && p.expertId === expertId)
    .map((p) => p.sequence);
  return sequences.length === 0 ? null : Math.max(...sequences);
}
