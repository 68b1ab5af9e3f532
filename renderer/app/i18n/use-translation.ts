import { useMemo } from 'react';
import { useUiStore } from '../../state/ui-store';
import { translator } from './locale';
import type { Translate } from './locale';

/** The translate function for the current locale. */
export function useTranslation(): Translate {
  const locale = useUiStore((state) => state.locale);
  return useMemo(() => translator(locale), [locale]);
}
