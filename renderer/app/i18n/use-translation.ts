import { useMemo } from 'react';
import { translator } from './locale';
import type { Translate } from './locale';
import { useLocale } from './locale-context';

/** The translate function for the current locale. */
export function useTranslation(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
