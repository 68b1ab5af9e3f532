/**
 * The dialog of the reports' export, as the core needs it: a folder the user chooses for a
 * deliberate plaintext export, asked with the warning below shown in the dialog itself. Main
 * implements it with Electron's `dialog`; the CLI takes --out; tests answer with a prepared
 * folder. The renderer never names a path.
 */
export interface PlaintextWarning {
  readonly zh: string;
  readonly en: string;
}

export const REPORT_PLAINTEXT_WARNING: PlaintextWarning = {
  zh: '报告将以明文保存（Word、CSV、XLSX），含评分、评语与表决等保密内容。请保存到加密的存储设备，仅交有权阅看的人员，用毕按规定销毁。',
  en: 'The reports are saved as plaintext (Word, CSV, XLSX) and hold confidential scores, comments and votes. Save them to encrypted storage, hand them only to those entitled to see them, and destroy them as the rules require.',
};

export interface ReportExportChooser {
  /** A folder for the reports; null when the dialog was cancelled. */
  chooseReportFolder(warning: PlaintextWarning): Promise<string | null>;
}

/** A host with no dialog: nothing is ever chosen. */
export const noReportExportChooser: ReportExportChooser = {
  chooseReportFolder: async () => null,
};
