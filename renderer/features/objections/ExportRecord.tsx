/**
 * 导出后续工作记录: the signed record saved through main's save dialog, after saying plainly
 * that it is plaintext (objectors, their objections, the findings) for the association or an
 * auditor, and that `qbreview followup verify` checks it. Main never replaces a file.
 */
import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { exportRecord, useFollowUpStore } from '../../state/followup-actions';
import { ActError } from './ActError';
import { followupMessages } from './followup-messages';

export function ExportRecord() {
  const t = useMessages(followupMessages);
  const busy = useFollowUpStore((s) => s.busy);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section className="fu-form" aria-labelledby="export-title">
      <h3 id="export-title">{t('export.title')}</h3>
      <p className="fu-preview small" role="note" data-testid="followup-export-warning">
        {t('export.warning')}
      </p>
      <div className="toolbar">
        <span className="muted small" data-testid="followup-export-done">
          {saved === null ? t('export.verifyHint') : t('export.saved', { name: saved })}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            void exportRecord().then((name) => {
              if (name !== null) setSaved(name);
            })
          }
        >
          {t('export.button')}
        </button>
      </div>
      <ActError sent={(call) => call.kind === 'export-record'} />
    </section>
  );
}
