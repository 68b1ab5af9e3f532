/**
 * The leader's dialogs, shown by main: the members' review bundles to import (several files),
 * where the signed group bundle is saved, and the group's reports' folder, asked with the
 * plaintext warning in the dialog itself. The renderer learns at most a file's name. Recent-
 * document lists are never touched (SECURITY.md item 17).
 */
import type { DeliberationChooser } from '../../core/deliberation/deliberation-chooser';
import { pickPaths, reportFolderPath, savePath } from './show-dialog';

export const electronDeliberationChooser: DeliberationChooser = {
  chooseMemberBundles: () =>
    pickPaths({
      title: '选择组员的评审意见包（.qbbundle，可多选）',
      filters: [{ name: '评审意见包', extensions: ['qbbundle'] }],
      properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
    }),
  chooseGroupBundleFile: (defaultName) =>
    savePath({
      title: '保存专业组合议包（.qbbundle）',
      defaultPath: defaultName,
      filters: [{ name: '专业组合议包', extensions: ['qbbundle'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    }),
  chooseReportFolder: reportFolderPath,
};
