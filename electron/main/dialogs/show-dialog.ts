/**
 * The ways main asks the person for a path (or several), over the app's window when there is one. Only
 * main ever sees the path; the renderer learns at most a file's name.
 */
import { BrowserWindow, dialog } from 'electron';

function parent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/** A file or folder chosen to open from, or null when the dialog was cancelled. */
export async function pickPath(options: Electron.OpenDialogOptions): Promise<string | null> {
  const window = parent();
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Several files chosen to open (an import of bundles), or null when the dialog was cancelled. */
export async function pickPaths(options: Electron.OpenDialogOptions): Promise<string[] | null> {
  const window = parent();
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : result.filePaths;
}

/**
 * The folder a deliberate plaintext export of reports goes to, the warning shown in the dialog
 * itself (the leader's and the chair's reports alike).
 */
export function reportFolderPath(warning: {
  readonly zh: string;
  readonly en: string;
}): Promise<string | null> {
  return pickPath({
    title: '选择报告保存位置（明文） / Where to save the reports (plaintext)',
    message: `${warning.zh}\n${warning.en}`,
    buttonLabel: '保存报告',
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  });
}

/** A file to save to, or null when the dialog was cancelled. */
export async function savePath(options: Electron.SaveDialogOptions): Promise<string | null> {
  const window = parent();
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
