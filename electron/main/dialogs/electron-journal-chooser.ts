/**
 * The journal backup's dialogs, shown by main: the renderer asks for a dialog and learns at most
 * the backup's file name. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { pickPath as pick } from './show-dialog';
import type { JournalBackupChooser } from '../../core/journal/journal-backup-chooser';

export const electronJournalChooser: JournalBackupChooser = {
  chooseBackupFolder: () =>
    pick({
      title: '选择工作日志备份的保存文件夹（如U盘）',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
  chooseBackupFile: () =>
    pick({
      title: '选择工作日志备份文件（.qbjbackup）',
      filters: [{ name: '工作日志备份', extensions: ['qbjbackup'] }],
      properties: ['openFile', 'dontAddToRecent'],
    }),
};
