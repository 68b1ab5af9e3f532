/**
 * The office's reports from its own record (docs/reports.md): 公示名单 (Word, CSV and XLSX, no
 * score) and 异议处理记录, with one round's facts (its name, its groups). The one builder behind
 * both `qbreview report --office` and the buttons of the screen 公示与异议, so the two cannot
 * differ. Both are deliberate plaintext exports, written after OFFICE_REPORT_PLAINTEXT_WARNING.
 */
import type { OfficeReportKind } from '../../../shared/office/followup/followup-acts';
import type { OfficeRecord } from '../../../shared/office/office-record';
import {
  objectionRecordFromRecord,
  officeReportFactsOf,
  publicNoticeFromRecord,
} from '../../../shared/report/office-reports';
import type { PlaintextWarning } from './report-export-chooser';
import { reportFolderStem } from './report-file-names';
import { listReportFiles, objectionReportFiles } from './report-files';
import type { ReportFile } from './report-files';

export type { OfficeReportKind };
export const OFFICE_REPORT_KINDS: readonly OfficeReportKind[] = [
  'public-notice',
  'objection-record',
];

/** Unlike the committee's reports, these hold no score: what makes them confidential is said. */
export const OFFICE_REPORT_PLAINTEXT_WARNING: PlaintextWarning = {
  zh: '报告将以明文保存（Word、CSV、XLSX）：公示名单在公示发布前保密，异议处理记录含异议人、异议内容与调查结论。请保存到加密的存储设备，仅交有权阅看的人员，用毕按规定销毁。',
  en: 'The reports are saved as plaintext (Word, CSV, XLSX): the notice list is confidential until published, and the objection record names the objectors, their objections and the findings. Save them to encrypted storage, hand them only to those entitled to see them, and destroy them as the rules require.',
};

export interface OfficeReportSet {
  /**
   * The name of the folder the export makes (then -2, -3… when taken): 公示名单-2026年答辩评审,
   * 异议处理记录-…, or 办公室报告-… for both, the round named as the office named it.
   */
  readonly stem: string;
  readonly files: readonly ReportFile[];
  /** Rows of 公示名单 and objections of 异议处理记录, for the caller to say. */
  readonly notice: number;
  readonly objections: number;
}

const STEM: Record<OfficeReportKind, string> = {
  'public-notice': '公示名单',
  'objection-record': '异议处理记录',
};

/**
 * The files of `kinds` for `roundId`, printed on `printedOn` (2026年10月9日); null before the
 * office published a notice (no list, no period, no objection).
 */
export function officeReportSet(
  record: OfficeRecord,
  roundId: string,
  printedOn: string,
  kinds: readonly OfficeReportKind[] = OFFICE_REPORT_KINDS,
): OfficeReportSet | null {
  // The record's own name for the case: its year (the workspace's id is not the reader's).
  const facts = officeReportFactsOf(record, roundId, `${record.year}年度办公室案卷`, printedOn);
  const notice = publicNoticeFromRecord(record, facts);
  const objections = objectionRecordFromRecord(record, facts);
  if (notice === null || objections === null) return null;
  const wanted = OFFICE_REPORT_KINDS.filter((k) => kinds.includes(k));
  return {
    stem: reportFolderStem(wanted.length === 1 ? STEM[wanted[0]!] : '办公室报告', {
      name: notice.heading.roundName,
      id: roundId,
    }),
    files: [
      ...(wanted.includes('public-notice') ? listReportFiles(notice) : []),
      ...(wanted.includes('objection-record') ? objectionReportFiles(objections) : []),
    ],
    notice: notice.rows.length,
    objections: objections.objections.length,
  };
}
