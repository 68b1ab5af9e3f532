import { useId, useState } from 'react';
import { ConflictKindSchema, conflictKindLabels } from '../../../shared/domain/conflict';
import type { ConflictKind } from '../../../shared/domain/conflict';
import { CONFLICT_REASON_MAX_LENGTH } from '../../../shared/review/conflict-declaration';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { declareConflict } from '../../state/review-actions';
import { selectReviewBusy, selectReviewError, useReviewStore } from '../../state/review-store';
import { reviewMessages } from './review-messages';

const selectConflictError = selectReviewError('conflict');

/**
 * 声明回避 for one application: the type (the office's own kinds) and the reason (required for
 * 其他), confirmed, then signed in main. Once declared the application is closed to the expert.
 */
export function ConflictForm(props: {
  readonly applicationId: string;
  readonly applicationNo: string;
  readonly onDone: () => void;
}) {
  const t = useMessages(reviewMessages);
  const label = useBilingualLabel();
  const id = useId();
  const busy = useReviewStore(selectReviewBusy);
  const error = useReviewStore(selectConflictError);
  const [kind, setKind] = useState<ConflictKind>('same-organisation');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const needsReason = kind === 'other' && reason.trim() === '';
  return (
    <section
      className="review-conflict"
      aria-labelledby={`${id}-title`}
      data-testid="conflict-form"
    >
      <h3 id={`${id}-title`}>{t('conflict.title', { no: props.applicationNo })}</h3>
      <p className="muted small">{t('conflict.lead')}</p>
      <label htmlFor={`${id}-kind`}>{t('conflict.kind')}</label>
      <select
        id={`${id}-kind`}
        value={kind}
        data-testid="conflict-kind"
        onChange={(event) => setKind(event.target.value as ConflictKind)}
      >
        {ConflictKindSchema.options.map((option) => (
          <option key={option} value={option}>
            {label(conflictKindLabels[option])}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>
        {kind === 'other' ? t('conflict.reasonOther') : t('conflict.reason')}
      </label>
      <textarea
        id={`${id}-reason`}
        autoComplete="off"
        rows={2}
        maxLength={CONFLICT_REASON_MAX_LENGTH}
        value={reason}
        data-testid="conflict-reason"
        onChange={(event) => setReason(event.target.value)}
      />
      {needsReason ? <p className="muted small">{t('conflict.needsReason')}</p> : null}
      <label className="review-choice">
        <input
          type="checkbox"
          checked={confirmed}
          data-testid="conflict-confirm"
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        {t('conflict.confirm')}
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={!confirmed || needsReason || busy !== null}
          data-testid="conflict-declare"
          onClick={() =>
            void declareConflict({
              applicationId: props.applicationId,
              conflictKind: kind,
              reason,
            }).then((done) => {
              if (done) props.onDone();
            })
          }
        >
          {t('conflict.declare')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('conflict.cancel')}
        </button>
      </div>
    </section>
  );
}
