/**
 * The desk's dialog as a test prepares it: it answers with the path chosen in advance, as a user
 * would pick it (null: the dialog is cancelled), and counts how often it was shown.
 */
import type { PackageChooser } from '../../../../electron/core/desk/package-chooser';

export interface PreparedPackageChoice {
  packageFile: string | null;
}

export function preparedPackageChooser(
  choice: PreparedPackageChoice = { packageFile: null },
): PackageChooser & { choice: PreparedPackageChoice; shown: number } {
  const chooser = {
    choice,
    shown: 0,
    choosePackage: async () => {
      chooser.shown += 1;
      return choice.packageFile;
    },
  };
  return chooser;
}
