import { useState } from 'react';
import type { SlipsReportView } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { api } from '../../ipc/client';
import { useOfficeStore } from '../../state/office-store';
import { sealMessages } from './seal-messages';

/**
 * 保存口令单: the slips of the last sealing or reissue, one Word page per person, written by main
 * into a folder chosen in a dialog. They are plaintext, so the warning stands beside the button.
 */
export function SlipsAction() {
  const t = useMessages(sealMessages);
  const { busy, setBusy } = useOfficeStore();
  const [written, setWritten] = useState<SlipsReportView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    setBusy(t('slips.busy'));
    try {
      const result = await api().office.writeSlips({});
      if (result.ok) setWritten(result.value);
      else setError(result.error.message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="seal-slips" data-testid="slips">
      <div className="seal-slips-head">
        <strong>{t('slips.title')}</strong>
        <span className="small">{t('slips.explain')}</span>
      </div>
      <div className="seal-slips-action">
        <p className="seal-slips-warning" data-testid="slips-warning">
          ⚠ {t('slips.warning')}
        </p>
        <button type="button" disabled={busy !== null} onClick={() => void save()}>
          {t('slips.save')}
        </button>
      </div>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {written && (
        <div className="seal-slips-saved" role="status" data-testid="slips-saved">
          <span className="badge badge-ok">
            ✓ {t('slips.saved', { count: written.files.length, folder: written.folder })}
          </span>
          <ul className="seal-slips-files">
            {written.files.map((file) => (
              <li key={file}>
                <code>{file}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
