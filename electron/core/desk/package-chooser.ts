/**
 * The operating system's dialog, as the expert's desk needs it: a case package (.qbcase) to open.
 * Main implements it with Electron's `dialog`; the e2e harness and the tests answer with the path
 * a test prepared. The renderer never names a path: it asks for the dialog.
 */
export interface PackageChooser {
  /** A .qbcase file, or null when the dialog was cancelled. */
  choosePackage(): Promise<string | null>;
}

/** A host with no dialog (a test that never opens a package): nothing is ever chosen. */
export const noPackageChooser: PackageChooser = { choosePackage: async () => null };
