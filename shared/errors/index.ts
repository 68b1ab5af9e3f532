/** The app's errors: one typed error, its codes, the catalogue's words, and the wire shape. */
export { AppError, isAppError } from './app-error';
export type { ErrorKind, ErrorLocale, NoParams } from './catalogue-entry';
export type { AppErrorData, ErrorCode, ErrorParams, ErrorParamsByCode } from './error-code';
export { errorCodes, isErrorCode } from './error-catalogue';
export { bilingualErrorText, errorKindOf, errorText } from './error-text';
export { parseOrThrow } from './parse-or-throw';
export { schemaRule } from './schema-rules';
export type { SchemaRuleCode } from './schema-rules';
export type { ValidationIssue } from './validation-issue';
export { wireErrorOf } from './wire-error';
export type { WireError } from './wire-error';
