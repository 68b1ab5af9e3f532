/** Locales and the formatting Chinese readers expect: 2026年11月24日, 1,234.5. */
import { messagesEn } from './messages-en';
import { messagesZhCn } from './messages-zh-cn';
import type { MessageKey } from './messages-zh-cn';

export type Locale = 'zh-CN' | 'en';

export const locales: readonly Locale[] = ['zh-CN', 'en'];

export const localeNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

const catalogues: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': messagesZhCn,
  en: messagesEn,
};

export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  const numbers = new Intl.NumberFormat(locale);
  return (key, values) => {
    const template = catalogue[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
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
