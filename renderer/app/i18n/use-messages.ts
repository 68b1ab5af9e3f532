import { useMemo } from 'react';
import { useUiStore } from '../../state/ui-store';
import type { Locale } from './locale';

/** A feature's own catalogue: the same keys in every locale, Chinese first. */
export type FeatureMessages<K extends string> = {
  readonly 'zh-CN': Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

export type FeatureTranslate<K extends string> = (
  key: K,
  values?: Readonly<Record<string, string | number>>,
) => string;

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
  const locale = useUiStore((state) => state.locale);
  return useMemo(() => featureTranslator(messages, locale), [messages, locale]);
}
