/** The expert's desk in the app: what it asks of the reader before it can open a package. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface ExpertDeskErrorParams {
  /** No identity is unlocked and no package passphrase was typed: nothing can unwrap the case key. */
  'package-credential-needed': NoParams;
  /** What was dropped on the window is not one .qbcase file (a folder, several files, another type). */
  'package-drop-refused': NoParams;
  /** The app is locked with an identity: only its passphrase unlocks it. */
  'lock-passphrase-needed': NoParams;
}

export const expertDeskCatalogue: CatalogueOf<ExpertDeskErrorParams> = {
  'package-credential-needed': fixedWords(
    '请先解锁您的身份，或输入案卷包口令（见办公室的口令单）。',
    "Unlock your identity first, or enter the package's passphrase (from the office's slip).",
    'refused',
  ),
  'package-drop-refused': fixedWords(
    '只能拖入一个案卷包文件（.qbcase）。',
    'Drop one case package file (.qbcase).',
    'refused',
  ),
  'lock-passphrase-needed': fixedWords(
    '应用已锁定：请输入身份口令解锁。',
    'The app is locked: enter your identity passphrase to unlock it.',
    'refused',
  ),
};
