/** The sealed formats' failures (case packages, identity files), and a chosen passphrase too weak. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';
import { passphraseWeaknessMessage } from '../../security/passphrase-weakness';
import type { PassphraseWeakness } from '../../security/passphrase-weakness';

export interface CryptoErrorParams {
  'wrong-passphrase': NoParams;
  'not-a-recipient': NoParams;
  'bad-signature': NoParams;
  'unknown-office': NoParams;
  tampered: NoParams;
  truncated: NoParams;
  'not-a-case': NoParams;
  'not-an-identity': NoParams;
  'invalid-card': NoParams;
  'unsupported-version': NoParams;
  'limits-exceeded': NoParams;
  'no-such-entry': NoParams;
  'wrong-purpose': NoParams;
  'weak-passphrase': { readonly weakness: PassphraseWeakness };
}

export const cryptoCatalogue: CatalogueOf<CryptoErrorParams> = {
  'wrong-passphrase': fixedWords('口令不正确。', 'The passphrase is wrong.'),
  'not-a-recipient': fixedWords(
    '此文件未为您的身份加密。',
    'This file is not encrypted for your identity.',
  ),
  'bad-signature': fixedWords(
    '签名无效：文件可能已被改动。',
    'The signature is invalid: the file may have been altered.',
  ),
  'unknown-office': fixedWords(
    '签名者不是您所核对的办公室密钥。',
    'The file is signed by a key other than the office fingerprint you were given.',
  ),
  tampered: fixedWords('文件内容已被改动。', 'The file has been altered.'),
  truncated: fixedWords('文件不完整（被截断）。', 'The file is incomplete (truncated).'),
  'not-a-case': fixedWords('这不是评审案卷文件。', 'This is not a case package.'),
  'not-an-identity': fixedWords('这不是身份文件。', 'This is not an identity file.'),
  'invalid-card': fixedWords('身份卡无效。', 'The identity card is invalid.'),
  'unsupported-version': fixedWords(
    '文件版本不受支持，请升级软件。',
    'Unsupported file version: please update the application.',
  ),
  'limits-exceeded': fixedWords('文件参数超出安全上限。', 'The file exceeds a safety limit.'),
  'no-such-entry': fixedWords('案卷中没有该材料。', 'The case package has no such entry.'),
  'wrong-purpose': fixedWords(
    '密钥用途不符：此文件中的密钥属于另一类文件。',
    'The key in this file is for another kind of file.',
  ),
  'weak-passphrase': {
    kind: 'refused',
    zh: ({ weakness }) => passphraseWeaknessMessage(weakness).zh,
    en: ({ weakness }) => passphraseWeaknessMessage(weakness).en,
  },
};
