/**
 * The expert's desk's dialog, shown by main: the renderer asks for it and learns at most the
 * chosen package's file name. Recent-document lists are never touched (SECURITY.md item 17).
 */
import { pickPath } from './show-dialog';
import type { PackageChooser } from '../../core/desk/package-chooser';

export const electronPackageChooser: PackageChooser = {
  choosePackage: () =>
    pickPath({
      title: '选择办公室下发的案卷包（.qbcase）',
      filters: [{ name: '案卷包', extensions: ['qbcase'] }],
      properties: ['openFile', 'dontAddToRecent'],
    }),
};
