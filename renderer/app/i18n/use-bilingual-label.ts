import { useCallback } from 'react';
import { useLocale } from './locale-context';

/** A label as shared/ keeps it: Chinese and English side by side (`{zh, en}`). */
export interface BilingualLabel {
  readonly zh: string;
  readonly en: string;
}

/** The shown language's side of a bilingual label. */
export function bilingualLabel(label: BilingualLabel, locale: string): string {
  return locale === 'en' ? label.en : label.zh;
}

/** Picks the current locale's side of shared/'s `{zh, en}` labels. */
export function useBilingualLabel(): (label: BilingualLabel) => string {
  const locale = useLocale();
  return useCallback((label) => bilingualLabel(label, locale), [locale]);
}
