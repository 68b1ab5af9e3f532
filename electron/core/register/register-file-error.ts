/** Why a register file could not be read at all (bad rows are reported, never thrown). */
export type RegisterFileErrorCode =
  'empty' | 'unsupported-format' | 'encrypted' | 'legacy-xls' | 'corrupt-xlsx' | 'no-header';

/** 申报登记表无法读取: the whole file is unusable; the message says what to do, in Chinese. */
export class RegisterFileError extends Error {
  constructor(
    readonly code: RegisterFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegisterFileError';
  }
}
