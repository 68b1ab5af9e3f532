/** 登记专家: why an expert's card was not registered. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface RegistrationErrorParams {
  'card-not-self-signed': NoParams;
  'fingerprint-missing': NoParams;
  /** The card's fingerprint is not the one the expert read out. */
  'fingerprint-mismatch': NoParams;
  'no-region': NoParams;
}

export const registrationCatalogue: CatalogueOf<RegistrationErrorParams> = {
  'card-not-self-signed': fixedWords(
    '身份卡无效或未经本人签名：请使用专家用“导出身份卡”（qbreview identity card）导出的文件。',
    'The identity card is invalid or not signed by its owner: use the card the expert exported.',
  ),
  'fingerprint-missing': fixedWords(
    '请填写专家当面或电话告知的指纹（16 位，如 ABCD-EFGH-JKMN-PQRS）。',
    'Enter the fingerprint the expert read out to you (16 symbols).',
  ),
  'fingerprint-mismatch': fixedWords(
    '身份卡的指纹与专家告知的指纹不一致：身份卡可能在传递中被替换，请勿登记，与专家重新核对。',
    'The card’s fingerprint is not the one the expert gave you: the card may have been swapped on the way; do not register it.',
  ),
  'no-region': fixedWords(
    '身份卡没有填写地区：请补填专家所在地区（用于回避建议）。',
    'The card gives no region: enter the expert’s region (for conflict suggestions).',
  ),
};
