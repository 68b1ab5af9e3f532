/**
 * The one door to `chinese-days` (China's public holidays and adjusted working days, 调休, as the
 * State Council published them; its data ships inside the package, nothing is fetched). Nothing
 * else imports the library (eslint: chinese-days-door).
 *
 * Why only `getDayDetail` and `getHolidaysInRange`, called with a Date at local noon: the library
 * parses a 'YYYY-MM-DD' string as UTC midnight but reads it back with local getters, so west of
 * Greenwich a string answers for the day before (checked: in America/Los_Angeles,
 * getDayDetail('2026-10-08') said 2026-10-07). A local Date of that calendar day is read back as
 * the same day in every time zone, and the answer's own date is checked against the question.
 */
// The package is CommonJS: Node's ESM loader (npm run bench, the CLI under tsx) finds no named
// exports in it, so they are read off its default export, which every loader gives.
import chineseDays from 'chinese-days';
import type { IsoDate } from './iso-date';
import { isoDateParts } from './iso-date';

const { getDayDetail, getHolidaysInRange } = chineseDays;

/** What the published schedule says of one day: a working day or not, and why when it is listed. */
export interface LibraryDay {
  readonly work: boolean;
  /** The festival, when the day is a listed holiday or adjusted working day; else null. */
  readonly festival: string | null;
}

function localNoon(date: IsoDate): Date {
  const { year, month, day } = isoDateParts(date);
  return new Date(year, month - 1, day, 12);
}

/**
 * The library's word on a day. Listed days (holidays, adjusted working days) carry a name like
 * "National Day,国庆节,3"; others are plain weekdays or weekends.
 */
export function libraryDay(date: IsoDate): LibraryDay {
  const detail = getDayDetail(localNoon(date));
  if (detail.date !== date) {
    // The guard for the time-zone fault above; never expected with a local Date.
    throw new Error(`chinese-days answered for ${detail.date} when asked about ${date}`);
  }
  const listed = detail.name.includes(',');
  return { work: detail.work, festival: listed ? (detail.name.split(',')[1] ?? null) : null };
}

/** Whether the library holds the year's published schedule (every year has 元旦 at least). */
export function libraryKnowsYear(year: number): boolean {
  const first = new Date(year, 0, 1, 12);
  const last = new Date(year, 11, 31, 12);
  return getHolidaysInRange(first, last, false).length > 0;
}
