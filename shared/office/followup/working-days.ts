/**
 * Working days (工作日) as China counts them: Monday to Friday, less the public holidays, plus the
 * adjusted working days (调休上班, often a Saturday or Sunday) of the State Council's yearly
 * schedule. The schedule comes from chinese-days (chinese-calendar.ts) and, for a year the
 * library does not know yet or got wrong, from the office's own table in its record: the State
 * Council publishes next year's schedule around November, after the library was built.
 */
import { z } from 'zod';
import { AppError } from '../../errors';
import { libraryDay, libraryKnowsYear } from './chinese-calendar';
import type { IsoDate } from './iso-date';
import { addDays, isoDateParts, weekdayOf } from './iso-date';

/** One day of the office's table: a holiday (work false) or an adjusted working day (work true). */
export const CalendarDaySchema = z
  .object({
    date: z.iso.date(),
    work: z.boolean(),
    /** 国庆节, 春节调休上班…: what the schedule calls it. */
    name: z.string().trim().max(40),
  })
  .strict();
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

/**
 * The office's table for one year (放假安排): each listed day replaces what the library says of
 * it; a year with a table counts as known even where the library has no data for it.
 */
export const CalendarYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    days: z.array(CalendarDaySchema).max(120),
  })
  .strict();
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export interface DayStatus {
  readonly date: IsoDate;
  readonly work: boolean;
  /** Where the answer came from: the office's table, the library's schedule, or the weekday. */
  readonly source: 'office' | 'library' | 'weekday';
  readonly name: string | null;
}

/** Whether one day is a working day; AppError 'calendar-year-unknown' for a year nobody knows. */
export function dayStatus(date: IsoDate, years: readonly CalendarYear[]): DayStatus {
  const { year } = isoDateParts(date);
  const table = years.find((y) => y.year === year);
  const listed = table?.days.find((d) => d.date === date);
  if (listed) return { date, work: listed.work, source: 'office', name: listed.name || null };
  if (table === undefined && !libraryKnowsYear(year)) {
    throw new AppError('calendar-year-unknown', { year });
  }
  const library = libraryDay(date);
  if (library.festival !== null) {
    return { date, work: library.work, source: 'library', name: library.festival };
  }
  const weekday = weekdayOf(date);
  return { date, work: weekday !== 0 && weekday !== 6, source: 'weekday', name: null };
}

export interface NoticePeriodRule {
  /** 公示期: 10 working days (Article 21). */
  readonly workingDays: number;
  /**
   * Whether the day the notice appears counts as the first day when it is a working day, as
   * notices are written (公示时间：10月9日至10月22日). Off: counting starts the next day
   * (开始的当日不计入, 民法典第二百零一条).
   */
  readonly firstDayCounts: boolean;
}

export const ARTICLE_21_RULE: NoticePeriodRule = { workingDays: 10, firstDayCounts: true };

export interface NoticePeriod {
  readonly start: IsoDate;
  /** The last day an objection is in time (inclusive). */
  readonly lastDay: IsoDate;
  /** The working days counted, in order. */
  readonly counted: readonly DayStatus[];
  /** The days skipped between them (weekends, holidays), for the screen to show why. */
  readonly skipped: readonly DayStatus[];
}

/** More than a year of days without enough working days is a broken table, not a calendar. */
const MAX_SPAN_DAYS = 366;

/** The notice period from its first day: the last day an objection may arrive. */
export function noticePeriod(
  start: IsoDate,
  years: readonly CalendarYear[],
  rule: NoticePeriodRule = ARTICLE_21_RULE,
): NoticePeriod {
  const counted: DayStatus[] = [];
  const skipped: DayStatus[] = [];
  let date = rule.firstDayCounts ? start : addDays(start, 1);
  for (let step = 0; step < MAX_SPAN_DAYS; step += 1, date = addDays(date, 1)) {
    const status = dayStatus(date, years);
    if (!status.work) {
      skipped.push(status);
      continue;
    }
    counted.push(status);
    if (counted.length === rule.workingDays) return { start, lastDay: date, counted, skipped };
  }
  throw new AppError('calendar-no-working-days', { start });
}

/** Whether a date received falls within the notice period (on its last day included). */
export function receivedInTime(received: IsoDate, period: Pick<NoticePeriod, 'lastDay'>): boolean {
  return received <= period.lastDay;
}
