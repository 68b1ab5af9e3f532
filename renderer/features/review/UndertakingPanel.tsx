import { useState } from 'react';
import type { ReviewContext } from '../../../shared/review/review-context';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { signUndertaking } from '../../state/review-actions';
import { selectReviewBusy, selectReviewError, useReviewStore } from '../../state/review-store';
import { reviewMessages } from './review-messages';

const selectSignError = selectReviewError('sign');

/**
 * 保密承诺 before the first application opens: the round's text as the office set it (carried in
 * the package), read and agreed to, then signed in main with the person's identity.
 */
export function UndertakingPanel(props: {
  readonly context: ReviewContext;
  readonly signerName: string;
  readonly signerFingerprint: string;
  /** After main has the signature on disk (the reading screen reads the material asked for). */
  readonly onSigned?: () => void;
}) {
  const t = useMessages(reviewMessages);
  const busy = useReviewStore(selectReviewBusy);
  const error = useReviewStore(selectSignError);
  const [agreed, setAgreed] = useState(false);
  return (
    <section
      className="review-undertaking"
      aria-labelledby="undertaking-title"
      data-testid="undertaking"
    >
      <h3 id="undertaking-title">
        {t('undertaking.title')} · {props.context.round.name}
      </h3>
      <p className="muted">{t('undertaking.lead')}</p>
      <div className="review-undertaking-text" data-testid="undertaking-text">
        {props.context.undertaking.text.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <label className="review-choice">
        <input
          type="checkbox"
          checked={agreed}
          data-testid="undertaking-agree"
          onChange={(event) => setAgreed(event.target.checked)}
        />
        {t('undertaking.agree')}
      </label>
      <p className="muted small">
        {t('undertaking.signedAs', {
          name: props.signerName,
          fingerprint: props.signerFingerprint,
        })}
      </p>
      {error && <ErrorNotice error={error} />}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={!agreed || busy !== null}
          data-testid="undertaking-sign"
          onClick={() =>
            void signUndertaking(props.context.undertaking.sha256).then((signed) => {
              if (signed) props.onSigned?.();
            })
          }
        >
          {busy === 'sign' ? t('undertaking.signing') : t('undertaking.sign')}
        </button>
      </div>
    </section>
  );
}
