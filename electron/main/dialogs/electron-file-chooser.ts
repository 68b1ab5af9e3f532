/**
 * The office's file dialogs, shown by main: the renderer asks for a dialog and never learns or
 * names a path. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { pickPath as pick } from './show-dialog';
import type { FileChooser } from '../../core/office/file-chooser';

export const electronFileChooser: FileChooser = {
  chooseIdentityFile: () =>
    pick({
      title: '选择办公室身份文件',
      filters: [{ name: '身份文件', extensions: ['qbid'] }],
      properties: ['openFile', 'dontAddToRecent'],
    }),
  chooseWorkspace: (mode) =>
    pick({
      title: mode === 'create' ? '选择新案卷的空文件夹' : '选择办公室案卷文件夹（.qboffice）',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
  chooseOutputFolder: () =>
    pick({
      title: '选择案卷包的输出文件夹',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
  chooseSlipsFolder: () =>
    pick({
      title: '选择口令单的保存文件夹（明文，须与案卷包分开）',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    }),
};
