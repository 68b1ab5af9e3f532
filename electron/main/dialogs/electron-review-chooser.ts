/**
 * The review's export dialogs, shown by main: the renderer asks for a dialog and learns at most
 * the file's name. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { pickPath as pick } from './show-dialog';
import type { ReviewExportChooser } from '../../core/review/review-export-chooser';

export const electronReviewChooser: ReviewExportChooser = {
  chooseBundleFolder: () =>
    pick({
      title: '选择评审包（.qbbundle）的保存文件夹（如U盘）',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
  chooseOpinionFormFolder: () =>
    pick({
      title: '选择评审意见表的保存文件夹（明文导出，请妥善保管）',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
};
