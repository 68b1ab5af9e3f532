import { localeNames, locales } from '../i18n/locale';
import type { Locale } from '../i18n/locale';
import { useTranslation } from '../i18n/use-translation';
import { roleLabel, roles } from '../roles';
import type { Role } from '../roles';
import { useIpcQuery } from '../../ipc/use-ipc-query';
import { LockButton } from '../../features/lock/LockButton';
import { loadAppInfo } from '../../state/app-actions';
import { selectLocale, selectRole, useUiStore } from '../../state/ui-store';

export function TopBar() {
  const t = useTranslation();
  const locale = useUiStore(selectLocale);
  const role = useUiStore(selectRole);
  const setLocale = useUiStore((state) => state.setLocale);
  const setRole = useUiStore((state) => state.setRole);
  const info = useIpcQuery(loadAppInfo);
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="subtitle">{t('app.subtitle')}</span>
      </div>
      <span className="badge badge-secure">{t('app.offline')}</span>
      {info.status === 'ready' && info.value.host === 'test-harness' && (
        <span className="badge badge-warning">{t('app.hostHarness')}</span>
      )}
      <span className="spacer" />
      <div className="segmented" role="radiogroup" aria-label={t('app.role')}>
        {roles.map((r: Role) => (
          <button
            key={r}
            type="button"
            role="radio"
            aria-checked={r === role}
            className={r === role ? 'active' : undefined}
            onClick={() => setRole(r)}
          >
            {t(roleLabel[r])}
          </button>
        ))}
      </div>
      <LockButton />
      <label className="inline-field">
        <span className="visually-hidden">{t('app.language')}</span>
        <select
          aria-label={t('app.language')}
          value={locale}
          onChange={(event) => setLocale(event.target.value as Locale)}
        >
          {locales.map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
