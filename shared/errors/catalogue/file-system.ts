/**
 * The file system's failures as a user may hear them: by what happened, never by the path (a
 * path can name an applicant or a person's folders).
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface FileSystemErrorParams {
  'file-not-found': NoParams;
  'disk-full': NoParams;
  'permission-denied': NoParams;
  /** A name built from an id or a title would have left the chosen folder (SECURITY 26). */
  'path-outside-folder': NoParams;
}

export const fileSystemCatalogue: CatalogueOf<FileSystemErrorParams> = {
  'file-not-found': fixedWords('找不到文件或文件夹。', 'The file or folder was not found.'),
  'disk-full': fixedWords(
    '磁盘空间不足，未写入任何内容。',
    'The disk is full; nothing was written.',
  ),
  'permission-denied': fixedWords(
    '没有权限读写该文件或文件夹。',
    'Permission to read or write the file or folder was denied.',
  ),
  'path-outside-folder': fixedWords(
    '文件名超出了所选文件夹，未写入。',
    'The file name leads outside the chosen folder; nothing was written.',
  ),
};
