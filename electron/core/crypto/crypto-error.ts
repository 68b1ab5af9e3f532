/**
 * The one error type of the sealed formats (case packages, identity files): a code the caller
 * can switch on, and a message in Chinese and English that can be shown as is.
 */
export type CryptoErrorCode =
  | 'wrong-passphrase'
  | 'not-a-recipient'
  | 'bad-signature'
  | 'unknown-office'
  | 'tampered'
  | 'truncated'
  | 'not-a-case'
  | 'not-an-identity'
  | 'invalid-card'
  | 'unsupported-version'
  | 'limits-exceeded'
  | 'no-such-entry'
  | 'wrong-purpose';

const MESSAGES: Readonly<Record<CryptoErrorCode, string>> = {
  'wrong-passphrase': '口令不正确。/ The passphrase is wrong.',
  'not-a-recipient': '此文件未为您的身份加密。/ This file is not encrypted for your identity.',
  'bad-signature':
    '签名无效：文件可能已被改动。/ The signature is invalid: the file may have been altered.',
  'unknown-office':
    '签名者不是您所核对的办公室密钥。/ The file is signed by a key other than the office fingerprint you were given.',
  tampered: '文件内容已被改动。/ The file has been altered.',
  truncated: '文件不完整（被截断）。/ The file is incomplete (truncated).',
  'not-a-case': '这不是评审案卷文件。/ This is not a case package.',
  'not-an-identity': '这不是身份文件。/ This is not an identity file.',
  'invalid-card': '身份卡无效。/ The identity card is invalid.',
  'unsupported-version':
    '文件版本不受支持，请升级软件。/ Unsupported file version: please update the application.',
  'limits-exceeded': '文件参数超出安全上限。/ The file exceeds a safety limit.',
  'no-such-entry': '案卷中没有该材料。/ The case package has no such entry.',
  'wrong-purpose':
    '密钥用途不符：此文件中的密钥属于另一类文件。/ The key in this file is for another kind of file.',
};

export class CryptoError extends Error {
  constructor(
    readonly code: CryptoErrorCode,
    /** What exactly failed, in English, for logs and the CLI's --json output; never secret. */
    readonly detail?: string,
  ) {
    super(detail === undefined ? MESSAGES[code] : `${MESSAGES[code]} (${detail})`);
    this.name = 'CryptoError';
  }
}

/** True when `error` is a CryptoError, and of `code` when one is given. */
export function isCryptoError(error: unknown, code?: CryptoErrorCode): error is CryptoError {
  return error instanceof CryptoError && (code === undefined || error.code === code);
}
