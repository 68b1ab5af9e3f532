/**
 * A ReviewExportChooser that answers with the folders a test prepared, as a user would pick
 * them; a choice can change between calls (null: the dialog is cancelled). For core, ipc and
 * e2e tests alike (the harness's `reviewChooser` option).
 */
import type { ReviewExportChooser } from '../../../../electron/core/review/review-export-chooser';

export interface PreparedReviewChoices {
  bundleFolder?: string | null;
  opinionFormFolder?: string | null;
}

export function preparedReviewChooser(
  choices: PreparedReviewChoices = {},
): ReviewExportChooser & { choices: PreparedReviewChoices } {
  return {
    choices,
    chooseBundleFolder: async () => choices.bundleFolder ?? null,
    chooseOpinionFormFolder: async () => choices.opinionFormFolder ?? null,
  };
}
