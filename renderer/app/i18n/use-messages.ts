import { useMemo } from 'react';
import type { Locale } from './locale';
import { useLocale } from './locale-context';

/** A catalogue: the same keys in every locale, Chinese first. */
export type FeatureMessages<K extends string> = {
  readonly 'zh-CN': Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

/** A catalogue's keys, taken from its Chinese side (the reference every locale must match). */
export type MessageKeyOf<M extends { readonly 'zh-CN': object }> = keyof M['zh-CN'] & string;

export type FeatureTranslate<K extends string> = (
  key: K,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** Fills `{name}` placeholders; numbers in the locale's digit grouping (1,234). */
export function featureTranslator<K extends string>(
  messages: FeatureMessages<K>,
  locale: Locale,
): FeatureTranslate<K> {
  const catalogue = messages[locale];
  const numbers = new Intl.NumberFormat(locale);
  return (key, values) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
}

/** Translate with a feature's own catalogue, so features add words without sharing one file. */
export function useMessages<K extends string>(messages: FeatureMessages<K>): FeatureTranslate<K> {
  const locale = useLocale();
  return useMemo(() => featureTranslator(messages, locale), [messages, locale]);
}
