/**
 * The operating system's dialogs, as the identity service needs them. Main implements it with
 * Electron's `dialog`; the e2e harness answers with the paths its test prepared. The renderer
 * never names a path: it asks for a dialog, and learns at most the chosen file's name.
 */
export interface IdentityChooser {
  /** Where to save the public card; `suggestedName` is offered as the file's name. */
  chooseCardFile(suggestedName: string): Promise<string | null>;
  /** A folder for a backup copy of the (encrypted) identity file. */
  chooseBackupFolder(): Promise<string | null>;
  /** A backup identity file (.qbid) to restore. */
  chooseBackupFile(): Promise<string | null>;
}
