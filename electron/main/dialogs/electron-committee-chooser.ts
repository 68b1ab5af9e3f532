/**
 * The chair's dialogs, shown by main: the groups' bundles to import (several files), where the
 * signed result bundle and a re-review act are saved, and the reports' folder, asked with the
 * plaintext warning in the dialog itself. The renderer learns at most a file's name.
 * Recent-document lists are never touched (SECURITY.md item 17).
 */
import { BrowserWindow, dialog } from 'electron';
import type { CommitteeDeskChooser } from '../../core/committee-desk';
import { pickPath, savePath } from './show-dialog';

export const electronCommitteeChooser: CommitteeDeskChooser = {
  async chooseGroupBundles() {
    const options: Electron.OpenDialogOptions = {
      title: '选择各专业组的合议包（.qbbundle，可多选）',
      filters: [{ name: '专业组合议包', extensions: ['qbbundle'] }],
      properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
    };
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths;
  },
  chooseResultBundleFile: (defaultName) =>
    savePath({
      title: '保存评审结果包（.qbbundle）',
      defaultPath: defaultName,
      filters: [{ name: '评审结果包', extensions: ['qbbundle'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    }),
  chooseReReviewFile: (defaultName) =>
    savePath({
      title: '保存复核决定（.qbrereview）',
      defaultPath: defaultName,
      filters: [{ name: '复核决定', extensions: ['qbrereview'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    }),
  chooseReportFolder: (warning) =>
    pickPath({
      title: '选择报告保存位置（明文） / Where to save the reports (plaintext)',
      message: `${warning.zh}\n${warning.en}`,
      buttonLabel: '保存报告',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
};
