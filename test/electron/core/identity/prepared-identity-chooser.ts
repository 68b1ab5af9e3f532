/**
 * The identity service's dialogs and clipboard as a test prepares them: the dialogs answer with
 * paths chosen in advance, as a user would pick them, and record what they were offered; the
 * clipboard keeps what was copied.
 */
import type { IdentityChooser } from '../../../../electron/core/identity/identity-chooser';
import type { TextClipboard } from '../../../../electron/core/identity/text-clipboard';

export interface PreparedIdentityChoices {
  cardFile?: string | null;
  backupFolder?: string | null;
  backupFile?: string | null;
}

export function preparedIdentityChooser(
  choices: PreparedIdentityChoices = {},
): IdentityChooser & { choices: PreparedIdentityChoices; suggestedNames: string[] } {
  const suggestedNames: string[] = [];
  return {
    choices,
    suggestedNames,
    chooseCardFile: async (suggestedName) => {
      suggestedNames.push(suggestedName);
      return choices.cardFile ?? null;
    },
    chooseBackupFolder: async () => choices.backupFolder ?? null,
    chooseBackupFile: async () => choices.backupFile ?? null,
  };
}

export function recordingClipboard(): TextClipboard & { copied: string[] } {
  const copied: string[] = [];
  return { copied, writeText: (text) => void copied.push(text) };
}

/**
 * The identity service's options for a test or the e2e harness: its folder, the prepared dialogs
 * and a recording clipboard; scrypt kept cheap unless `scryptLogN` says otherwise.
 */
export function preparedIdentities(
  folder: string,
  choices: PreparedIdentityChoices = {},
  scryptLogN = 10,
) {
  return {
    folder,
    chooser: preparedIdentityChooser(choices),
    clipboard: recordingClipboard(),
    scryptLogN,
  };
}
