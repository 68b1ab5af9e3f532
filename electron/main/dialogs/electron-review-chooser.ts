/**
 * The review's export dialogs, shown by main: the renderer asks for a dialog and learns at most
 * the file's name. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { pickPath as pick, savePath } from './show-dialog';
import type { ReviewExportChooser } from '../../core/review/review-export-chooser';

export const electronReviewChooser: ReviewExportChooser = {
  chooseBundleFile: (defaultName) =>
    savePath({
      title: '保存评审意见包（如存到U盘，交给本组组长）',
      // A name only: the dialog opens on the folder it last used (or the documents folder).
      defaultPath: defaultName,
      buttonLabel: '保存',
      filters: [{ name: '评审意见包 / review bundle', extensions: ['qbbundle'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    }),
  chooseOpinionFormFolder: () =>
    pick({
      title: '选择评审意见表的保存文件夹（明文导出，请妥善保管）',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
};
