/** Why a register file could not be read at all (bad rows are reported, never thrown). */
export type RegisterFileErrorCode =
  | 'empty'
  | 'unsupported-format'
  | 'encrypted'
  | 'legacy-xls'
  | 'corrupt-xlsx'
  | 'no-header'
  /** The XLSX inflates far beyond its size (疑似压缩炸弹), or runs out of the time limit. */
  | 'zip-bomb'
  /** The file, or what it inflates to, is over the register's limits (超出大小限制). */
  | 'too-large';

export const registerFileErrorCodes: readonly RegisterFileErrorCode[] = [
  'empty',
  'unsupported-format',
  'encrypted',
  'legacy-xls',
  'corrupt-xlsx',
  'no-header',
  'zip-bomb',
  'too-large',
];

/**
 * 申报登记表无法读取: the whole file is unusable. The message says what to do, in Chinese, then
 * " / " and the same in English where it is given.
 */
export class RegisterFileError extends Error {
  constructor(
    readonly code: RegisterFileErrorCode,
    message: string,
    english?: string,
  ) {
    super(english === undefined ? message : `${message} / ${english}`);
    this.name = 'RegisterFileError';
  }
}
