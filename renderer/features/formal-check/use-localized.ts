import { useCallback } from 'react';
import { useUiStore } from '../../state/ui-store';

/** A label shared/ gives in both languages ({zh, en}). */
export interface BilingualLabel {
  readonly zh: string;
  readonly en: string;
}

/** Picks the shown language's side of shared/'s bilingual labels. */
export function useLocalized(): (label: BilingualLabel) => string {
  const locale = useUiStore((state) => state.locale);
  return useCallback((label) => (locale === 'en' ? label.en : label.zh), [locale]);
}
