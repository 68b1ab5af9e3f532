/**
 * The operating system's file dialogs, as the office service needs them. Main implements it with
 * Electron's `dialog`; the e2e harness answers with the paths its test prepared. The renderer
 * never names a path itself: it can only ask for a dialog.
 */
export interface FileChooser {
  chooseIdentityFile(): Promise<string | null>;
  /** A folder for a new workspace ('create') or an existing one ('open'). */
  chooseWorkspace(mode: 'create' | 'open'): Promise<string | null>;
  chooseOutputFolder(): Promise<string | null>;
  /** A folder for the passphrase slips (plaintext), apart from the packages. */
  chooseSlipsFolder(): Promise<string | null>;
}
