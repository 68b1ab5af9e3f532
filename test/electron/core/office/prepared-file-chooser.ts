/** A FileChooser that answers with paths a test prepared, as a user would pick them. */
import type { FileChooser } from '../../../../electron/core/office/file-chooser';

export interface PreparedChoices {
  identityFile?: string | null;
  workspace?: string | null;
  outputFolder?: string | null;
  slipsFolder?: string | null;
}

export function preparedFileChooser(
  choices: PreparedChoices = {},
): FileChooser & { choices: PreparedChoices } {
  return {
    choices,
    chooseIdentityFile: async () => choices.identityFile ?? null,
    chooseWorkspace: async () => choices.workspace ?? null,
    chooseOutputFolder: async () => choices.outputFolder ?? null,
    chooseSlipsFolder: async () => choices.slipsFolder ?? null,
  };
}
