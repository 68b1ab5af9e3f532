import { useCallback } from 'react';
import { useUiStore } from '../../state/ui-store';

/** A label as shared/ keeps it: Chinese and English side by side. */
export interface DomainLabel {
  readonly zh: string;
  readonly en: string;
}

/** Picks the current locale's side of shared/'s `{zh, en}` labels. */
export function useDomainLabel(): (label: DomainLabel) => string {
  const locale = useUiStore((state) => state.locale);
  return useCallback((label) => (locale === 'en' ? label.en : label.zh), [locale]);
}
