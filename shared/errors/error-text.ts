/** An error's message, rendered from its code and parameters in the reader's language. */
import type { ErrorKind, ErrorLocale } from './catalogue-entry';
import { catalogueEntry } from './error-catalogue';
import type { AppErrorData, ErrorCode } from './error-code';

/** The message in one language: what the UI shows. */
export function errorText(error: AppErrorData, locale: ErrorLocale): string {
  const entry = catalogueEntry<ErrorCode>(error.code);
  return locale === 'zh-CN' ? entry.zh(error.params as never) : entry.en(error.params as never);
}

/**
 * Both languages on one line, Chinese first ("中文。/ English."): the CLI's line, and what a
 * screen that renders no code shows. A sentence that ends in full-width punctuation needs no
 * space before the slash.
 */
export function bilingualErrorText(error: AppErrorData): string {
  const zh = errorText(error, 'zh-CN');
  const en = errorText(error, 'en');
  return /[。！？]$/.test(zh) ? `${zh}/ ${en}` : `${zh} / ${en}`;
}

/** What kind of failure the code is: the wire error's `code`. */
export function errorKindOf(code: ErrorCode): ErrorKind {
  return catalogueEntry(code).kind;
}
