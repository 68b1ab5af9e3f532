/**
 * The 10-working-day notice period (Article 21) over China's real 2026 schedule, as chinese-days
 * holds it and the State Council published it: National Day week with its adjusted working days
 * (Sunday 20 September, Saturday 10 October), the Mid-Autumn Festival, the Spring Festival with
 * its adjusted Saturdays (14 and 28 February); a year the library does not know; the office's
 * table correcting it; and the same answers whatever the machine's time zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { libraryKnowsYear } from '../../../../shared/office/followup/chinese-calendar';
import {
  formatChineseDate,
  parseChineseDate,
} from '../../../../shared/office/followup/chinese-date-text';
import { beijingDateOf } from '../../../../shared/office/followup/iso-date';
import type { CalendarYear } from '../../../../shared/office/followup/working-days';
import {
  dayStatus,
  noticePeriod,
  receivedInTime,
} from '../../../../shared/office/followup/working-days';

const counted = (start: string, years: CalendarYear[] = [], firstDayCounts = true) =>
  noticePeriod(start, years, { workingDays: 10, firstDayCounts }).counted.map((d) => d.date);

describe('working days of 2026', () => {
  it('National Day week: the holidays skipped, Saturday 10 October worked', () => {
    const period = noticePeriod('2026-09-28', []);
    expect(period.counted.map((d) => d.date)).toEqual([
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
      '2026-10-13',
      '2026-10-14',
      '2026-10-15',
    ]);
    expect(period.lastDay).toBe('2026-10-15');
    expect(period.skipped.filter((d) => d.name === '国庆节').map((d) => d.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(dayStatus('2026-10-10', [])).toMatchObject({ work: true, source: 'library' });
    expect(dayStatus('2026-10-11', [])).toMatchObject({ work: false, source: 'weekday' });
  });

  it('across Mid-Autumn and National Day: Sunday 20 September counts, 25–27 September do not', () => {
    expect(counted('2026-09-18')).toEqual([
      '2026-09-18',
      '2026-09-20',
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-09-24',
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
    ]);
  });

  it('Spring Festival: Saturday 14 February worked, 15–23 February off, the period ends 27 February', () => {
    const period = noticePeriod('2026-02-09', []);
    expect(period.counted.map((d) => d.date)).toEqual([
      '2026-02-09',
      '2026-02-10',
      '2026-02-11',
      '2026-02-12',
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
    ]);
    // Saturday 28 February is an adjusted working day, yet after the period: late.
    expect(dayStatus('2026-02-28', [])).toMatchObject({ work: true, name: '春节' });
    expect(receivedInTime('2026-02-27', period)).toBe(true);
    expect(receivedInTime('2026-02-28', period)).toBe(false);
  });

  it('counts from the next day when the first day does not count (民法典第二百零一条)', () => {
    expect(noticePeriod('2026-09-28', [], { workingDays: 10, firstDayCounts: false }).lastDay).toBe(
      '2026-10-16',
    );
  });

  it('a notice that appears on a holiday starts counting on the first working day', () => {
    expect(counted('2026-10-03')[0]).toBe('2026-10-08');
  });
});

describe('a year the library does not know', () => {
  it('refuses 2027 until the office enters its schedule', () => {
    expect(libraryKnowsYear(2026)).toBe(true);
    expect(libraryKnowsYear(2027)).toBe(false);
    let thrown: unknown;
    try {
      noticePeriod('2026-12-24', []);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('calendar-year-unknown');
    expect((thrown as AppError<'calendar-year-unknown'>).params).toEqual({ year: 2027 });
    expect((thrown as AppError).message).toContain('2027 年放假安排');
  });

  it("uses the office's table for 2027 (元旦 1–3 January, an adjusted Sunday as an example)", () => {
    const y2027: CalendarYear = {
      year: 2027,
      days: [
        { date: '2027-01-01', work: false, name: '元旦' },
        { date: '2027-01-02', work: false, name: '元旦' },
        { date: '2027-01-03', work: false, name: '元旦' },
        { date: '2027-01-10', work: true, name: '调休上班' },
      ],
    };
    // 24, 25, 28, 29, 30, 31 December (six); 1–3 January off; 4, 5, 6, 7 January: the tenth.
    expect(noticePeriod('2026-12-24', [y2027]).lastDay).toBe('2027-01-07');
    expect(dayStatus('2027-01-10', [y2027])).toMatchObject({ work: true, source: 'office' });
    expect(dayStatus('2027-01-11', [y2027])).toMatchObject({ work: true, source: 'weekday' });
  });

  it("corrects a year the library knows: the office's day wins", () => {
    const fix: CalendarYear = { year: 2026, days: [{ date: '2026-10-09', work: false, name: '' }] };
    expect(dayStatus('2026-10-09', [fix])).toMatchObject({ work: false, source: 'office' });
    expect(noticePeriod('2026-09-28', [fix]).lastDay).toBe('2026-10-16');
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  for (const zone of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC']) {
    it(`gives the same days in ${zone}`, () => {
      process.env.TZ = zone;
      expect(noticePeriod('2026-09-28', []).lastDay).toBe('2026-10-15');
      expect(dayStatus('2026-10-08', [])).toMatchObject({ date: '2026-10-08', work: true });
      expect(dayStatus('2026-10-07', [])).toMatchObject({ work: false });
    });
  }
});

describe('dates as Chinese users write them', () => {
  it.each([
    ['2026年10月9日', '2026-10-09'],
    ['２０２６年１０月９日', '2026-10-09'],
    [' 2026 年 10 月 9 日 ', '2026-10-09'],
    ['2026年10月9', '2026-10-09'],
    ['2026-10-09', '2026-10-09'],
    ['２０２６－１０－０９', '2026-10-09'],
    ['2026/10/9', '2026-10-09'],
    ['２０２６／１０／９', '2026-10-09'],
    ['2026.10.9', '2026-10-09'],
    ['2026。10。9', '2026-10-09'],
  ])('reads %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });

  it.each(['2026年2月30日', '2026年13月1日', '26年10月9日', '十月九日', '', '2026-10-09T00:00'])(
    'refuses %s',
    (text) => {
      expect(parseChineseDate(text)).toBeNull();
    },
  );

  it('writes 2026年10月9日', () => {
    expect(formatChineseDate('2026-10-09')).toBe('2026年10月9日');
  });

  it('takes the Beijing date of an instant (late evening in Europe is the next day there)', () => {
    expect(beijingDateOf(new Date('2026-10-08T17:30:00Z'))).toBe('2026-10-09');
    expect(beijingDateOf(new Date('2026-10-08T15:59:59Z'))).toBe('2026-10-08');
  });
});
