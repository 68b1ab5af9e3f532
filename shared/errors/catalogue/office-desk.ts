/** The office's desk in the app: what it asks of the office before it can act. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

/** What the office was asked to choose in the operating system's dialog. */
export type ChoiceAsked = 'identity-file' | 'workspace-folder' | 'output-folder' | 'slips-folder';

export interface OfficeDeskErrorParams {
  'office-not-open': NoParams;
  /** The dialog was cancelled. */
  'not-chosen': { readonly what: ChoiceAsked };
  'not-office-identity': NoParams;
  'no-slips-to-print': NoParams;
}

const CHOICES: Readonly<Record<ChoiceAsked, { zh: string; en: string }>> = {
  'identity-file': { zh: '未选择办公室身份文件。', en: 'No office identity file was chosen.' },
  'workspace-folder': { zh: '未选择案卷文件夹。', en: 'No workspace folder was chosen.' },
  'output-folder': { zh: '未选择输出文件夹。', en: 'No output folder was chosen.' },
  'slips-folder': { zh: '未选择口令单文件夹。', en: 'No folder for the slips was chosen.' },
};

export const officeDeskCatalogue: CatalogueOf<OfficeDeskErrorParams> = {
  'office-not-open': fixedWords(
    '尚未打开办公室案卷。',
    'No office workspace is open.',
    'not-found',
  ),
  'not-chosen': {
    kind: 'not-found',
    zh: ({ what }) => CHOICES[what].zh,
    en: ({ what }) => CHOICES[what].en,
  },
  'not-office-identity': fixedWords(
    '所选身份不是办公室身份。',
    'The chosen identity is not an office identity.',
    'conflict',
  ),
  'no-slips-to-print': fixedWords(
    '没有可打印的口令单：请先以“每包独立口令”封装。',
    'There are no slips to print: seal with a passphrase per package first.',
    'not-found',
  ),
};
