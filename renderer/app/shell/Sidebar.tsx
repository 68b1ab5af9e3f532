import { useTranslation } from '../i18n/use-translation';
import { navigationByRole, screenLabel } from '../navigation';
import { selectCurrentScreen, selectRole, useUiStore } from '../../state/ui-store';

export function Sidebar() {
  const t = useTranslation();
  const role = useUiStore(selectRole);
  const current = useUiStore(selectCurrentScreen);
  const openScreen = useUiStore((state) => state.openScreen);
  return (
    <nav className="sidebar" aria-label={t(`role.${role}`)}>
      <ul>
        {navigationByRole[role].map((screen) => (
          <li key={screen}>
            <button
              type="button"
              className={screen === current ? 'nav-item active' : 'nav-item'}
              aria-current={screen === current ? 'page' : undefined}
              onClick={() => openScreen(screen)}
            >
              {t(screenLabel[screen])}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
