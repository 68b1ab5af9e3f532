/**
 * A ReviewExportChooser that answers with the folders a test prepared, as a user would pick
 * them (the bundle saved there under the name offered, unless one is typed; the names offered
 * are kept in `offered`); a choice can change between calls (null: the dialog is cancelled). For core, ipc and
 * e2e tests alike (the harness's `reviewChooser` option).
 */
import { join } from 'node:path';
import type { ReviewExportChooser } from '../../../../electron/core/review/review-export-chooser';

export interface PreparedReviewChoices {
  /** The folder the bundle is saved into, under the name the dialog offers (null: cancelled). */
  bundleFolder?: string | null;
  /** A name typed over the one offered. */
  bundleName?: string;
  opinionFormFolder?: string | null;
}

export function preparedReviewChooser(
  choices: PreparedReviewChoices = {},
): ReviewExportChooser & { choices: PreparedReviewChoices; offered: string[] } {
  const offered: string[] = [];
  return {
    choices,
    offered,
    chooseBundleFile: async (defaultName) => {
      offered.push(defaultName);
      const folder = choices.bundleFolder ?? null;
      return folder === null ? null : join(folder, choices.bundleName ?? defaultName);
    },
    chooseOpinionFormFolder: async () => choices.opinionFormFolder ?? null,
  };
}
