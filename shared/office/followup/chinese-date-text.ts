/**
 * Dates as Chinese users write them: 2026年10月9日 (the way every notice writes it), also
 * 2026-10-09, 2026/10/9 and 2026.10.9, in full-width digits and punctuation as an IME types them
 * (２０２６年１０月９日), with spaces anywhere. Shown back as 2026年10月9日.
 */
import type { IsoDate } from './iso-date';
import { isoDateOf, isoDateParts } from './iso-date';

const WRITTEN = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|[-/.](\d{1,2})[-/.](\d{1,2}))$/;

/**
 * The calendar date a text names, or null when it names none (a malformed text, 2月30日).
 * NFKC turns full-width digits, ／ and ． into ASCII; 。 (an IME's full stop) counts as a dot.
 */
export function parseChineseDate(text: string): IsoDate | null {
  const plain = text.normalize('NFKC').replace(/\s+/g, '').replace(/。/g, '.');
  const match = WRITTEN.exec(plain);
  if (!match) return null;
  const month = Number(match[2] ?? match[4]);
  const day = Number(match[3] ?? match[5]);
  return isoDateOf(Number(match[1]), month, day);
}

/** 2026年10月9日. */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = isoDateParts(date);
  return `${year}年${month}月${day}日`;
}
