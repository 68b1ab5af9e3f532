/**
 * The leader's dialogs, shown by main: the members' review bundles to import (several files) and
 * where the signed group bundle is saved. The renderer learns at most a file's name. Recent-
 * document lists are never touched (SECURITY.md item 17).
 */
import { BrowserWindow, dialog } from 'electron';
import type { DeliberationChooser } from '../../core/deliberation/deliberation-chooser';
import { savePath } from './show-dialog';

export const electronDeliberationChooser: DeliberationChooser = {
  async chooseMemberBundles() {
    const options: Electron.OpenDialogOptions = {
      title: '选择组员的评审意见包（.qbbundle，可多选）',
      filters: [{ name: '评审意见包', extensions: ['qbbundle'] }],
      properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
    };
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths;
  },
  chooseGroupBundleFile: (defaultName) =>
    savePath({
      title: '保存专业组合议包（.qbbundle）',
      defaultPath: defaultName,
      filters: [{ name: '专业组合议包', extensions: ['qbbundle'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    }),
};
