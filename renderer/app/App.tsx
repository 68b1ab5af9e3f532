import { useEffect } from 'react';
import { Sidebar } from '../features/shell/Sidebar';
import { TopBar } from '../features/shell/TopBar';
import { renderScreen } from '../features/shell/screens';
import { selectCurrentScreen, useUiStore } from '../state/ui-store';
import { translator } from './i18n/locale';

export function App() {
  const screen = useUiStore(selectCurrentScreen);
  const locale = useUiStore((state) => state.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translator(locale)('app.title');
  }, [locale]);
  return (
    <div className="app">
      <TopBar />
      <div className="body">
        <Sidebar />
        <main className="content">{renderScreen(screen)}</main>
      </div>
    </div>
  );
}
