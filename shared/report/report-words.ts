/**
 * Numbers and fixed words as the reports print them, shared by the Word, CSV and XLSX files so a
 * list reads the same in each.
 */
import { roundForDisplay } from '../scoring/rounding';
import type { ListKind } from './report-input';

/**
 * Points as Chinese reviewers write them: no trailing zeros, at most two decimals, rounded half
 * away from zero as every display of the app rounds (shared/scoring/rounding.ts).
 */
export function formatPoints(points: number): string {
  return String(roundForDisplay(points));
}

/** A relative deviation as a signed percentage: +35.2%, -31% (ASCII signs: a CJK font sets U+2212 full width). */
export function formatDeviation(relative: number | null): string {
  if (relative === null) return '—';
  const percent = Math.round(relative * 1000) / 10;
  return `${percent > 0 ? '+' : percent < 0 ? '-' : ''}${Math.abs(percent)}%`;
}

/** 2026年11月29日, in the laptop's time zone (the day the report is printed). */
export function chineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** The confidentiality line every report carries (Article 15). */
export const CONFIDENTIAL_LINE = '保密  评审结束后由办公室统一收回';
/** 公示名单 is published, but not before the notice: until then it is as secret as the rest. */
export const PUBLIC_NOTICE_CONFIDENTIAL_LINE = '保密  公示发布前不得外传';

export const listTitles: Readonly<Record<ListKind, string>> = {
  'defense-shortlist': '入围答辩名单',
  preliminary: '初评名单',
  'public-notice': '公示名单',
};
