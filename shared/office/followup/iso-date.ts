/**
 * Calendar dates as 'YYYY-MM-DD' strings, and their arithmetic in whole days with UTC math only:
 * a date here is a day on the calendar of Beijing, never an instant, so no time zone of the
 * machine running the code may move it.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDateParts(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The date for year, month (1–12), day, or null when no such day exists (2月30日). */
export function isoDateOf(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return t.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The calendar date in Beijing (UTC+8, no daylight saving since 1991) of an instant. */
export function beijingDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
