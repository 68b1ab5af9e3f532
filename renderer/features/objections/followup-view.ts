/** What the follow-up screens compute from the overview, shared by the tabs. */
import { AppError, wireErrorOf } from '../../../shared/errors';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import { beijingDateOf } from '../../../shared/office/followup/iso-date';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { errorFromMain, errorFromRenderer } from '../../ipc/shown-error';
import type { ShownError } from '../../ipc/shown-error';

/** Today in Beijing, as the office writes it: the default of every date field. */
export function todayText(): string {
  return formatChineseDate(beijingDateOf(new Date()));
}

export function applicationLabel(c: OfficeRecord, id: string): string {
  const a = c.applications.find((x) => x.id === id);
  return a ? `${a.applicationNo} ${a.applicantName}` : id;
}

/** An error a shared rule threw in the renderer, shown as main's would be. */
export function shownRuleError(error: unknown): ShownError {
  if (error instanceof AppError) return errorFromMain(wireErrorOf(error.toData()));
  return errorFromRenderer(error instanceof Error ? error.message : String(error));
}

/** 2026年10月9日 10:05, Beijing time, of an instant the record holds. */
export function beijingTimeText(at: string): string {
  const t = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString();
  return `${formatChineseDate(t.slice(0, 10))} ${t.slice(11, 16)}`;
}
