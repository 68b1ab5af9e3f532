import { useEffect } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { useOfficeStore } from '../../state/office-store';
import { panelMessages } from './panel-messages';

/**
 * The office store's call under way and its last refusal, as the office screens show them. An
 * error left by another screen is cleared on arrival: it belongs to what the clerk did there.
 */
export function OfficeStatusLine() {
  const t = useMessages(panelMessages);
  const { busy, error, clearError } = useOfficeStore();
  useEffect(() => clearError(), [clearError]);
  return (
    <>
      {busy && (
        <p className="muted small panel-busy" aria-live="polite">
          {t('busy', { what: busy })}
        </p>
      )}
      {error && (
        <div className="notice notice-error panel-error" role="alert">
          <span>{error}</span>
          <button type="button" className="link" onClick={clearError}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
