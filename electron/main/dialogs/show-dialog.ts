/**
 * The two ways main asks the person for a path, over the app's window when there is one. Only
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

/** A file to save to, or null when the dialog was cancelled. */
export async function savePath(options: Electron.SaveDialogOptions): Promise<string | null> {
  const window = parent();
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
