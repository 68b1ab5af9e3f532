import { useEffect } from 'react';
import { selectCurrentScreen, selectLocale, useUiStore } from '../state/ui-store';
import { translator } from './i18n/locale';
import { LocaleContext } from './i18n/locale-context';
import { screenEntry } from './screens';
import { Sidebar } from './shell/Sidebar';
import { TopBar } from './shell/TopBar';
import { useNoFileNavigation } from './shell/use-no-file-navigation';
import { useIdleLock } from './shell/use-idle-lock';
import { LockScreen } from '../features/lock/LockScreen';
import { selectLocked, useLockStore } from '../state/lock-store';

/** The open screen as the registry draws it, behind its gate if it has one. */
function CurrentScreen() {
  const entry = screenEntry(useUiStore(selectCurrentScreen));
  const Screen = entry.component;
  const Gate = entry.gate;
  return Gate ? (
    <Gate>
      <Screen />
    </Gate>
  ) : (
    <Screen />
  );
}

export function App() {
  const locale = useUiStore(selectLocale);
  useNoFileNavigation();
  useIdleLock();
  const locked = useLockStore(selectLocked);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translator(locale)('app.title');
  }, [locale]);
  return (
    <LocaleContext value={locale}>
      <div className="app">
        <TopBar />
        {/* Locked: every screen is unmounted, not covered; only the lock screen remains. */}
        {locked ? (
          <div className="body">
            <LockScreen />
          </div>
        ) : (
          <div className="body">
            <Sidebar />
            <main className="content">
              <CurrentScreen />
            </main>
          </div>
        )}
      </div>
    </LocaleContext>
  );
}
