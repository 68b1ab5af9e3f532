/**
 * 导出报告（Word）: the office's 公示名单 (Word, CSV, XLSX, no score) or 异议处理记录, written by
 * main into a new folder inside the one its dialog asks for (with the plaintext warning, as the
 * chair's and the leader's reports are), and recorded in 工作记录 with every file's SHA-256. The
 * same writer as `qbreview report --office`. The warning is said here before the dialog too.
 */
import { useState } from 'react';
import type { OfficeReportKind } from '../../../shared/office/followup/followup-acts';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { useMessages } from '../../app/i18n/use-messages';
import { exportReports, useFollowUpStore } from '../../state/followup-actions';
import { ActError } from './ActError';
import { followupMessages } from './followup-messages';

/** The round the notice was drawn from: the latest holding every application on it. */
function noticeRound(record: OfficeRecord, state: FollowUpState): string {
  const listed = state.notice?.applicationIds ?? [];
  const holding = record.rounds.filter((r) => listed.every((id) => r.applicationIds.includes(id)));
  return (holding.at(-1) ?? record.rounds.at(-1))?.round.id ?? '';
}

export function OfficeReports(props: {
  readonly record: OfficeRecord;
  readonly state: FollowUpState;
  readonly kind: OfficeReportKind;
}) {
  const t = useMessages(followupMessages);
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  const { record, state, kind } = props;
  const [roundId, setRoundId] = useState(() => noticeRound(record, state));
  const [done, setDone] = useState<{ folderName: string; count: number } | 'cancelled' | null>(
    null,
  );
  const noticed = state.notice !== null;
  return (
    <section className="fu-form" aria-labelledby={`reports-title-${kind}`}>
      <h3 id={`reports-title-${kind}`}>{t('reports.title')}</h3>
      <p className="notice notice-warning small" role="note" data-testid="office-reports-warning">
        {t('reports.warning')}
      </p>
      <div className="toolbar">
        {record.rounds.length > 1 && (
          <label className="fu-field">
            <span>{t('reports.round')}</span>
            <select value={roundId} onChange={(event) => setRoundId(event.target.value)}>
              {record.rounds.map((r) => (
                <option key={r.round.id} value={r.round.id}>
                  {r.round.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="muted small" data-testid="office-reports-done">
          {!noticed
            ? t('reports.needNotice')
            : done === 'cancelled'
              ? t('reports.cancelled')
              : done !== null
                ? t('reports.done', { folder: done.folderName, count: done.count })
                : handler.trim() === ''
                  ? t('handlerMissing')
                  : ''}
        </span>
        <span className="spacer" />
        <button
          type="button"
          disabled={busy || !noticed || handler.trim() === '' || roundId === ''}
          onClick={() =>
            void exportReports(roundId, [kind]).then((written) => {
              const failed = useFollowUpStore.getState().failed;
              if (written !== null) setDone(written);
              else setDone(failed === null ? 'cancelled' : null);
            })
          }
        >
          {busy
            ? t('reports.busy')
            : t(kind === 'public-notice' ? 'reports.notice' : 'reports.objections')}
        </button>
      </div>
      <ActError sent={(call) => call.kind === 'export-reports'} />
    </section>
  );
}
