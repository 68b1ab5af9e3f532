/**
 * The one place an error becomes a sentence: every notice asks here, so main's refusals and the
 * renderer's own checks read alike and follow the UI's language.
 */
import { errorText as catalogueText } from '../../../shared/errors/error-text';
import { issueText } from '../../../shared/errors/validation-issue';
import type { ValidationIssue } from '../../../shared/errors/validation-issue';
import type { ShownError } from '../../ipc/shown-error';
import type { Locale } from './locale';
import { useLocale } from './locale-context';

export function errorText(shown: ShownError, locale: Locale): string {
  if (shown.from === 'renderer') return shown.text;
  // Main's refusal from its code and parameters (shared/errors), never from its bilingual line.
  const text = catalogueText(shown.error.reason, locale);
  if (shown.subject === undefined) return text;
  return locale === 'en' ? `${shown.subject}: ${text}` : `${shown.subject}：${text}`;
}

/** A form checked against a shared schema before it is sent: what is wrong, in our own words. */
export function issuesText(issues: readonly ValidationIssue[], locale: Locale): string {
  return issues.map((issue) => issueText(issue, locale)).join(locale === 'en' ? '; ' : '；');
}

/** errorText in the current locale. */
export function useErrorText(): (shown: ShownError) => string {
  const locale = useLocale();
  return (shown) => errorText(shown, locale);
}
