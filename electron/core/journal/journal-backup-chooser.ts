/**
 * The operating system's dialogs, as the journal's backup needs them. Main implements them with
 * Electron's `dialog`; tests and the e2e harness answer with the paths they prepared. The
 * renderer never names a path: it asks for the dialog, and learns at most a file's name.
 */
export interface JournalBackupChooser {
  /** A folder for the encrypted backup (a USB stick); null when the dialog was cancelled. */
  chooseBackupFolder(): Promise<string | null>;
  /** A backup (.qbjbackup) to restore; null when the dialog was cancelled. */
  chooseBackupFile(): Promise<string | null>;
}

/** A host with no dialog: nothing is ever chosen. */
export const noJournalBackupChooser: JournalBackupChooser = {
  chooseBackupFolder: async () => null,
  chooseBackupFile: async () => null,
};
