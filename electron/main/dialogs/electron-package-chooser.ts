/**
 * The expert's desk's dialog, shown by main: the renderer asks for it and learns at most the
 * chosen package's file name. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { BrowserWindow, dialog } from 'electron';
import type { PackageChooser } from '../../core/desk/package-chooser';

export const electronPackageChooser: PackageChooser = {
  async choosePackage() {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options: Electron.OpenDialogOptions = {
      title: '选择办公室下发的案卷包（.qbcase）',
      filters: [{ name: '案卷包', extensions: ['qbcase'] }],
      properties: ['openFile', 'dontAddToRecent'],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
