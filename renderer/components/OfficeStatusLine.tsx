import { useEffect } from 'react';
import { useOfficeTaskText } from '../app/i18n/office-tasks';
import { useMessages } from '../app/i18n/use-messages';
import type { FeatureMessages } from '../app/i18n/use-messages';
import { clearOfficeError } from '../state/office-actions';
import { selectBusy, selectError, useOfficeStore } from '../state/office-store';
import { ErrorNotice } from './ErrorNotice';

const statusMessages: FeatureMessages<'working' | 'dismiss'> = {
  'zh-CN': { working: '处理中：{what}', dismiss: '关闭' },
  en: { working: 'Working: {what}', dismiss: 'Dismiss' },
};

/**
 * The office's call under way and its last refusal, as the office screens show them. An error
 * left by another screen is cleared on arrival: it belongs to what the clerk did there.
 */
export function OfficeStatusLine() {
  const t = useMessages(statusMessages);
  const taskText = useOfficeTaskText();
  const busy = useOfficeStore(selectBusy);
  const error = useOfficeStore(selectError('screen'));
  useEffect(() => clearOfficeError(), []);
  return (
    <>
      {busy && (
        <p className="muted small panel-busy" aria-live="polite">
          {t('working', { what: taskText(busy) })}
        </p>
      )}
      {error && (
        <ErrorNotice
          error={error}
          className="panel-error"
          dismiss={{ onDismiss: () => clearOfficeError(), label: t('dismiss') }}
        />
      )}
    </>
  );
}
