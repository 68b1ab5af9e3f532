/**
 * The leader's dialogs, as the core needs them: the member review bundles to import (several
 * files, from a USB stick), the file the signed group bundle is saved to, and the folder of the
 * group's reports (asked with the plaintext warning). Main implements them
 * with Electron's `dialog`; tests and the e2e harness answer with files they prepared. The
 * renderer never names a path.
 */
import type { ReportExportChooser } from '../report/report-export-chooser';

/**
 * The reports' folder is optional: a host that does not offer that dialog (an older test
 * harness) answers as a cancelled dialog, and nothing is written.
 */
export interface DeliberationChooser extends Partial<ReportExportChooser> {
  /** The member review bundles (.qbbundle) chosen; null when the dialog was cancelled. */
  chooseMemberBundles(): Promise<readonly string[] | null>;
  /** Where to save the group bundle, `defaultName` offered; null when cancelled. */
  chooseGroupBundleFile(defaultName: string): Promise<string | null>;
}

/** A host with no dialog: nothing is ever chosen. */
export const noDeliberationChooser: DeliberationChooser = {
  chooseMemberBundles: async () => null,
  chooseGroupBundleFile: async () => null,
  chooseReportFolder: async () => null,
};
