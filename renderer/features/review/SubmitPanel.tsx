import { useState } from 'react';
import type { DeskApplicationView } from '../../../shared/desk/desk-views';
import type { ReviewContext } from '../../../shared/review/review-context';
import type { ReviewProgressState } from '../../../shared/review/review-progress';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { reopenReview, submitReview } from '../../state/review-actions';
import {
  selectReviewBusy,
  selectReviewError,
  selectReviewWritten,
  useReviewStore,
} from '../../state/review-store';
import { reviewMessages } from './review-messages';

const selectSubmitError = selectReviewError('submit');

/**
 * 提交评审意见 on the progress view (issue 10, point 5): enabled once every open application is
 * complete (the ones that are not named by 申报编号), a confirmation saying what is signed and
 * where it goes, then 已提交（第 N 次，文件名）with the review locked; 修改后重新提交 reopens it,
 * saying that a new, higher-numbered bundle supersedes the earlier one until deliberation.
 */
export function SubmitPanel(props: {
  readonly context: ReviewContext;
  readonly applications: readonly DeskApplicationView[];
  /** Each application's state, in the order of `applications`. */
  readonly states: readonly ReviewProgressState[];
  readonly signerName: string;
  /** Whether the signer leads a group: their own bundle goes into their 组内合议, not to a leader. */
  readonly leadsGroup: boolean;
}) {
  const t = useMessages(reviewMessages);
  const busy = useReviewStore(selectReviewBusy);
  const error = useReviewStore(selectSubmitError);
  const written = useReviewStore(selectReviewWritten);
  const [confirming, setConfirming] = useState<'submit' | 'reopen' | null>(null);
  const { context, applications, states } = props;
  const roundId = context.round.id;
  const last = context.submissions.at(-1) ?? null;
  const conflicts = states.filter((s) => s === 'conflict').length;
  const notReady = applications.filter(
    (_, i) => states[i] !== 'complete' && states[i] !== 'submitted' && states[i] !== 'conflict',
  );
  const done = written?.kind === 'bundle' && last?.sequence === written.sequence ? written : null;

  if (context.locked) {
    return (
      <section className="review-submit" data-testid="review-submit" data-locked="true">
        <p className="notice review-submitted" data-testid="review-submitted">
          {done
            ? t(props.leadsGroup ? 'submit.doneLeader' : 'submit.done', {
                sequence: done.sequence,
                fileName: done.fileName,
              })
            : last
              ? t('submit.submitted', { sequence: last.sequence, fileName: last.fileName })
              : t('submit.locked')}
        </p>
        <p className="muted small">{t('submit.locked')}</p>
        {error && <ErrorNotice error={error} />}
        {confirming === 'reopen' ? (
          <div className="review-confirm" data-testid="reopen-confirm">
            <p>{t('submit.reopenNote', { next: (last?.sequence ?? 0) + 1 })}</p>
            <div className="toolbar">
              <button
                type="button"
                className="primary"
                disabled={busy !== null}
                data-testid="reopen-confirm-button"
                onClick={() =>
                  void reopenReview(roundId).then((ok) => {
                    if (ok) setConfirming(null);
                  })
                }
              >
                {busy === 'reopen' ? t('submit.reopening') : t('submit.reopenConfirm')}
              </button>
              <button type="button" onClick={() => setConfirming(null)}>
                {t('submit.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="toolbar">
            <button
              type="button"
              data-testid="review-reopen"
              disabled={busy !== null}
              onClick={() => setConfirming('reopen')}
            >
              {t('submit.reopen')}
            </button>
          </div>
        )}
      </section>
    );
  }

  return (
    <section className="review-submit" data-testid="review-submit" data-locked="false">
      {last ? (
        <p className="muted small" data-testid="review-last-submitted">
          {t('submit.reopened', { sequence: last.sequence, fileName: last.fileName })}
        </p>
      ) : null}
      <p
        className={notReady.length === 0 ? 'notice review-complete' : 'muted small'}
        data-testid="submit-readiness"
      >
        {notReady.length === 0
          ? t('submit.ready')
          : t('submit.notReady', { nos: notReady.map((a) => a.applicationNo).join('、') })}
      </p>
      {error && <ErrorNotice error={error} />}
      {confirming === 'submit' ? (
        <div
          className="review-confirm"
          role="dialog"
          aria-labelledby="submit-confirm-title"
          data-testid="submit-confirm"
        >
          <h3 id="submit-confirm-title">{t('submit.confirmTitle')}</h3>
          <p>
            {t('submit.confirmBody', {
              name: props.signerName,
              conflicts,
              count: applications.length - conflicts,
            })}
          </p>
          <p className="notice">{t('submit.confirmFolder')}</p>
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              disabled={busy !== null}
              data-testid="submit-confirm-button"
              onClick={() =>
                void submitReview(roundId).then((ok) => {
                  if (ok) setConfirming(null);
                })
              }
            >
              {busy === 'submit' ? t('submit.submitting') : t('submit.confirm')}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setConfirming(null)}>
              {t('submit.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            data-testid="review-submit-button"
            disabled={notReady.length > 0 || busy !== null}
            onClick={() => setConfirming('submit')}
          >
            {t('submit.button')}
          </button>
        </div>
      )}
    </section>
  );
}
