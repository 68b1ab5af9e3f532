/**
 * The shown language, handed down from the shell. Screens read it here rather than from the
 * shell's store, so the store (which knows the screen registry) never sits in a screen's imports.
 */
import { createContext, useContext } from 'react';
import type { Locale } from './locale';

export const LocaleContext = createContext<Locale>('zh-CN');

/** The language the UI is shown in. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
