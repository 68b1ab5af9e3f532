/**
 * The dialogs of the review's exports, as the core needs them: the folder a signed review bundle
 * is written into (a USB stick to hand to the group leader), and the folder for a 评审意见表 in
 * Word (a deliberate plaintext export). Main implements them with Electron's `dialog`; tests and
 * the e2e harness answer with the folders they prepared. The renderer never names a path.
 */
export interface ReviewExportChooser {
  /** A folder for the review bundle (.qbbundle); null when the dialog was cancelled. */
  chooseBundleFolder(): Promise<string | null>;
  /** A folder for the 评审意见表 (.docx, plaintext); null when the dialog was cancelled. */
  chooseOpinionFormFolder(): Promise<string | null>;
}

/** A host with no dialog: nothing is ever chosen. */
export const noReviewExportChooser: ReviewExportChooser = {
  chooseBundleFolder: async () => null,
  chooseOpinionFormFolder: async () => null,
};
