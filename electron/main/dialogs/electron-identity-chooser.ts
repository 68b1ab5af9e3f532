/**
 * The identity screens' file dialogs, shown by main: the renderer asks for a dialog and learns
 * at most the chosen file's name. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { BrowserWindow, dialog } from 'electron';
import type { IdentityChooser } from '../../core/identity/identity-chooser';

function parent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

async function pick(options: Electron.OpenDialogOptions): Promise<string | null> {
  const window = parent();
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function save(options: Electron.SaveDialogOptions): Promise<string | null> {
  const window = parent();
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export const electronIdentityChooser: IdentityChooser = {
  chooseCardFile: (suggestedName) =>
    save({
      title: '导出身份卡（公开，供办公室登记）',
      defaultPath: suggestedName,
      filters: [{ name: '身份卡', extensions: ['json'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    }),
  chooseBackupFolder: () =>
    pick({
      title: '选择身份备份的保存文件夹（如U盘）',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
  chooseBackupFile: () =>
    pick({
      title: '选择身份备份文件（.qbid）',
      filters: [{ name: '身份文件', extensions: ['qbid'] }],
      properties: ['openFile', 'dontAddToRecent'],
    }),
};
