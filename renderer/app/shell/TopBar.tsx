import { useCallback } from 'react';
import { localeNames, locales } from '../../app/i18n/locale';
import type { Locale } from '../../app/i18n/locale';
import { useTranslation } from '../../app/i18n/use-translation';
import { roleLabel, roles } from '../../app/navigation';
import type { Role } from '../../app/navigation';
import { api, unwrap } from '../../ipc/client';
import { useIpcQuery } from '../../ipc/use-ipc-query';
import { useUiStore } from '../../state/ui-store';

export function TopBar() {
  const t = useTranslation();
  const { locale, role, setLocale, setRole } = useUiStore();
  const info = useIpcQuery(useCallback(() => unwrap(api().app.getInfo({})), []));
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
