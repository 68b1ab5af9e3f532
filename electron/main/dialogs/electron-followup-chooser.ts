/**
 * The save dialog of the office's follow-up record: the plaintext warning is the dialog's own
 * message, so it is read where the file is chosen. The export never replaces a file (the core
 * refuses an existing one), so the dialog does not offer to.
 */
import type { FollowUpExportChooser } from '../../core/office/followup-export-chooser';
import { reportFolderPath, savePath } from './show-dialog';

export const electronFollowUpChooser: FollowUpExportChooser = {
  chooseFollowUpFile: (defaultName, warning) =>
    savePath({
      title: '保存后续工作记录（明文，已签名）',
      message: `${warning.zh}\n${warning.en}`,
      defaultPath: defaultName,
      filters: [{ name: '后续工作记录', extensions: ['json'] }],
      properties: ['createDirectory', 'dontAddToRecent'],
    }),
  // The office's reports: the same folder dialog, with its warning, as the leader's and chair's.
  chooseReportFolder: reportFolderPath,
};
