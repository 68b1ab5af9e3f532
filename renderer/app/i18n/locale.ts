/** Locales and the formatting Chinese readers expect: 2026年11月24日, 1,234.5. */
import { messagesEn } from './messages-en';
import { messagesZhCn } from './messages-zh-cn';
import type { MessageKey } from './messages-zh-cn';
import { featureTranslator } from './use-messages';

export type Locale = 'zh-CN' | 'en';

export const locales: readonly Locale[] = ['zh-CN', 'en'];

export const localeNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

const appMessages = { 'zh-CN': messagesZhCn, en: messagesEn } as const;

export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** The app's own catalogue (titles, navigation, roles) in one locale. */
export function translator(locale: Locale): Translate {
  return featureTranslator(appMessages, locale);
}

export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(
    date,
  );
}

export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
