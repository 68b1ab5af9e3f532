/**
 * The one place an error becomes a sentence: every notice asks here, so main's refusals and the
 * renderer's own checks read alike and follow the UI's language.
 */
import type { IpcError } from '../../../shared/ipc/result';
import type { ShownError } from '../../ipc/shown-error';
import type { Locale } from './locale';
import { useLocale } from './locale-context';

/**
 * Main's refusal in the reader's language. The wire error carries its message in both languages
 * ("中文。/ English.") until the typed error catalogue (shared/errors) lands; then the code and its
 * parameters are looked up here instead.
 */
function mainErrorText(error: IpcError, _locale: Locale): string {
  return error.message;
}

export function errorText(shown: ShownError, locale: Locale): string {
  if (shown.from === 'renderer') return shown.text;
  const text = mainErrorText(shown.error, locale);
  return shown.subject === undefined ? text : `${shown.subject}：${text}`;
}

/** errorText in the current locale. */
export function useErrorText(): (shown: ShownError) => string {
  const locale = useLocale();
  return (shown) => errorText(shown, locale);
}
