import { useEffect } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { loadReviewContext } from '../../state/review-actions';
import {
  selectReviewContext,
  selectReviewError,
  selectReviewPackageId,
  useReviewStore,
} from '../../state/review-store';
import { reviewMessages } from './review-messages';
import { UndertakingPanel } from './UndertakingPanel';
import './review.css';

const selectContextError = selectReviewError('context');

/**
 * The round's undertaking where a material was asked for before it was signed (issue 10, point
 * 1): main refused the read (`review-undertaking-before-reading`), so the reading screen shows
 * this instead of a refusal. Signed here, the same record as on 评语与评分; then `onSigned`
 * reads the material again, so the expert goes on where they were (a search hit's passage too).
 */
export function UndertakingBeforeReading(props: { readonly onSigned: () => void }) {
  const t = useMessages(reviewMessages);
  const opened = useDeskStore(selectOpenedPackage);
  const context = useReviewStore(selectReviewContext);
  const contextOf = useReviewStore(selectReviewPackageId);
  const contextError = useReviewStore(selectContextError);
  const packageId = opened?.packageId ?? null;
  useEffect(() => {
    if (packageId !== null && packageId !== contextOf) void loadReviewContext();
  }, [packageId, contextOf]);

  if (opened === null) return null;
  if (contextError) {
    return <ErrorNotice error={contextError} onRetry={() => void loadReviewContext()} />;
  }
  if (context === null || contextOf !== packageId) {
    return <p className="muted">{t('loading')}</p>;
  }
  if (context.signer !== 'ready') {
    return (
      <p className="notice notice-warning review-stop" data-testid="review-signer">
        {t(`signer.${context.signer}`)}
      </p>
    );
  }
  return (
    <div className="review-undertaking-before-reading" data-testid="undertaking-before-reading">
      <p className="notice">{t('undertaking.beforeReading')}</p>
      <UndertakingPanel
        context={context}
        signerName={opened.recipient.name}
        signerFingerprint={opened.recipient.fingerprint}
        onSigned={props.onSigned}
      />
    </div>
  );
}
