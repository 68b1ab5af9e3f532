/**
 * The chair's dialogs, shown by main: the groups' bundles to import (several files), where the
 * signed result bundle and a re-review act are saved, and the reports' folder, asked with the
 * plaintext warning in the dialog itself. The renderer learns at most a file's name.
 * Recent-document lists are never touched (SECURITY.md item 17).
 */
import type { CommitteeDeskChooser } from '../../core/committee-desk';
import { pickPaths, reportFolderPath, savePath } from './show-dialog';

export const electronCommitteeChooser: CommitteeDeskChooser = {
  chooseGroupBundles: () =>
    pickPaths({
      title: '选择各专业组的合议包（.qbbundle，可多选）',
      filters: [{ name: '专业组合议包', extensions: ['qbbundle'] }],
      properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
    }),
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
  chooseReportFolder: reportFolderPath,
};
