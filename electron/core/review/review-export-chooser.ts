/**
 * The dialogs of the review's exports, as the core needs them: where a signed review bundle is
 * saved (a save dialog offering a name a person recognises, bundle-file-name.ts; a USB stick to
 * hand to the group leader), and the folder for a 评审意见表 in Word (a deliberate plaintext
 * export). Main implements them with Electron's `dialog`; tests and the e2e harness answer with
 * the paths they prepared. The renderer never names a path.
 */
export interface ReviewExportChooser {
  /**
   * The file the review bundle (.qbbundle) is saved as, offered as `defaultName` in the folder
   * the dialog opens on; null when the dialog was cancelled.
   */
  chooseBundleFile(defaultName: string): Promise<string | null>;
  /** A folder for the 评审意见表 (.docx, plaintext); null when the dialog was cancelled. */
  chooseOpinionFormFolder(): Promise<string | null>;
}

/** A host with no dialog: nothing is ever chosen. */
export const noReviewExportChooser: ReviewExportChooser = {
  chooseBundleFile: async () => null,
  chooseOpinionFormFolder: async () => null,
};
