/**
 * What the formal-check screen derives from the overview for display: pure functions, so the
 * screen's components stay small and the rules stay in shared/.
 */
import type { OfficeMaterial } from '../../../shared/office/office-material';

/** The unit and title intake gives an application until the register names them (docs/office.md). */
export const UNREGISTERED_UNIT_ID = 'unregistered';
export const UNREGISTERED_TITLE = '（未登记：请导入申报登记表）';

/** Notice 一.(二).1: applications close on 25 June of the selection year. */
export function noticeDeadlineDate(year: number): string {
  return `${year}-06-25`;
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in Beijing of an ISO instant, as the date input wants it ('2026-06-25'). */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** An ISO instant as Beijing wall time, '2026-06-20 14:05'. */
export function beijingDateTime(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Intake writes problems as "类别：说明"; the category is what a badge shows. */
export function problemCategory(problem: string): string {
  const cut = problem.search(/[：:]/);
  return cut > 0 ? problem.slice(0, cut) : problem;
}

/** The application's files, and the distinct categories of their problems in first-seen order. */
export function materialsSummary(
  materials: readonly OfficeMaterial[],
  applicationId: string,
): { files: OfficeMaterial[]; problems: number; categories: string[] } {
  const files = materials.filter((m) => m.applicationId === applicationId);
  const all = files.flatMap((m) => m.problems);
  return { files, problems: all.length, categories: [...new Set(all.map(problemCategory))] };
}

/** Bytes in the unit a clerk reads: '12 KB', '3.4 MB'. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
