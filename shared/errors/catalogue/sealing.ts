/** Why sealing a round, or reissuing one package, was refused. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface SealingErrorParams {
  'seal-needs-office': NoParams;
  /** Reissue comes after the round was sealed whole. */
  'not-sealed-yet': { readonly roundId: string };
  /** The plan's blocking problems, in the words the sealing plan reports them (Chinese). */
  'sealing-blocked': { readonly problems: readonly string[] };
  'no-seat-in-round': { readonly expertId: string };
  'slips-beside-packages': NoParams;
}

export const sealingCatalogue: CatalogueOf<SealingErrorParams> = {
  'seal-needs-office': fixedWords(
    '只有办公室身份可以封装案卷。',
    'Only an office identity seals case packages.',
  ),
  'not-sealed-yet': {
    kind: 'refused',
    zh: ({ roundId }) => `评审轮次 ${roundId} 尚未封装，请先封装整个轮次。`,
    en: ({ roundId }) => `Round ${roundId} has not been sealed yet; seal the whole round first.`,
  },
  'sealing-blocked': {
    kind: 'refused',
    zh: ({ problems }) => `尚不能封装：${problems.join('；')}。`,
    en: ({ problems }) => `Sealing is blocked by ${problems.length} problem(s) of the plan.`,
  },
  'no-seat-in-round': {
    kind: 'refused',
    zh: ({ expertId }) => `专家 ${expertId} 在本轮没有评审席位，无法为其封装。`,
    en: ({ expertId }) => `Expert ${expertId} has no seat in this round.`,
  },
  'slips-beside-packages': fixedWords(
    '口令单须保存在与案卷包不同的文件夹中（口令单为明文）。',
    'Passphrase slips must go to a folder apart from the packages (they are plaintext).',
  ),
};
