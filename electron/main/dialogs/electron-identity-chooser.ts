/**
 * The identity screens' file dialogs, shown by main: the renderer asks for a dialog and learns
 * at most the chosen file's name. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { pickPath as pick, savePath as save } from './show-dialog';
import type { IdentityChooser } from '../../core/identity/identity-chooser';

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
