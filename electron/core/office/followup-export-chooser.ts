/**
 * The dialogs of the follow-up's plaintext exports, as the core needs them: a file to save the
 * record to, and a folder for the office's reports, each asked with its plaintext warning shown
 * in the dialog itself. Main implements it with Electron's save
 * dialog; the e2e harness answers with a prepared path. The renderer never names a path.
 */
import type { PlaintextWarning, ReportExportChooser } from '../report/report-export-chooser';

/** The record is signed, not encrypted: who objected, what, the findings. */
export const FOLLOW_UP_PLAINTEXT_WARNING: PlaintextWarning = {
  zh: '后续工作记录将以明文保存（含异议人、异议内容与调查结论），经办公室签名，供交中国质量协会或审计人员核验。请妥善保管，仅交有权阅看的人员。',
  en: 'The follow-up record is saved as plaintext (objectors, their objections and the findings), signed by the office, to hand to the association or an auditor. Keep it safe and give it only to those entitled to see it.',
};

/**
 * With the folder of the office's reports (公示名单, 异议处理记录), asked with their warning as
 * the leader's and the chair's are (main's reportFolderPath). Optional, as the leader's is: a
 * host without that dialog answers as a cancelled one, and nothing is written.
 */
export interface FollowUpExportChooser extends Partial<ReportExportChooser> {
  /** A file to save the record to; null when the dialog was cancelled. */
  chooseFollowUpFile(defaultName: string, warning: PlaintextWarning): Promise<string | null>;
}

/** A host with no dialog: nothing is ever chosen. */
export const noFollowUpExportChooser: FollowUpExportChooser = {
  chooseFollowUpFile: async () => null,
  chooseReportFolder: async () => null,
};
