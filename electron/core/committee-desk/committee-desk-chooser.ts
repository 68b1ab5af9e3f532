/**
 * The chair's dialogs, as the core needs them: the group bundles to import (several files), where
 * the signed result bundle and a re-review act are saved, and the folder of the reports (asked
 * with the plaintext warning). Main implements them with Electron's `dialog`; tests and the e2e
 * harness answer with files they prepared. The renderer never names a path.
 */
import type { ReportExportChooser } from '../report/report-export-chooser';

export interface CommitteeDeskChooser extends ReportExportChooser {
  /** The group bundles (.qbbundle) chosen; null when the dialog was cancelled. */
  chooseGroupBundles(): Promise<readonly string[] | null>;
  /** Where to save the result bundle, `defaultName` offered; null when cancelled. */
  chooseResultBundleFile(defaultName: string): Promise<string | null>;
  /** Where to save a re-review act, `defaultName` offered; null when cancelled. */
  chooseReReviewFile(defaultName: string): Promise<string | null>;
}

/** A host with no dialog: nothing is ever chosen. */
export const noCommitteeDeskChooser: CommitteeDeskChooser = {
  chooseGroupBundles: async () => null,
  chooseResultBundleFile: async () => null,
  chooseReReviewFile: async () => null,
  chooseReportFolder: async () => null,
};
