import { useState } from 'react';
import type { SlipsReportView } from '../../../shared/ipc/office-views';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { writeSlips } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { usePartError } from '../../state/use-part-error';
import { sealMessages } from './seal-messages';

/**
 * 保存口令单: the slips of the last sealing or reissue, one Word page per person, written by main
 * into a folder chosen in a dialog. They are plaintext, so the warning stands beside the button.
 */
export function SlipsAction() {
  const t = useMessages(sealMessages);
  const busy = useOfficeStore(selectIsBusy);
  const error = usePartError('slips');
  const [written, setWritten] = useState<SlipsReportView | null>(null);

  const save = async () => {
    const slips = await writeSlips();
    if (slips) setWritten(slips);
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
        <button type="button" disabled={busy} onClick={() => void save()}>
          {t('slips.save')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
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
