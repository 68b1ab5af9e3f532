import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { undertakingOfRound } from '../../../shared/review/review-draft';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Screen } from '../../components/Screen';
import { selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { selectJournalStatus, useJournalStore } from '../../state/journal-store';
import { loadReviewContext } from '../../state/review-actions';
import {
  selectReviewContext,
  selectReviewError,
  selectReviewPackageId,
  useReviewStore,
} from '../../state/review-store';
import { reviewMessages } from './review-messages';
import { UndertakingPanel } from './UndertakingPanel';
import { recordsHydrated, useReviewRecords } from './use-review-records';
import './review.css';

const selectContextError = selectReviewError('context');

/**
 * A screen that reads every material at once (全文检索 builds its index from them) shown only once
 * the round's undertaking is signed, when this person can sign it (issue 10, point 1): main
 * refuses every material before that. Until then the undertaking stands in the screen's place,
 * signed here as on 评语与评分; the screen follows at once. With no package open, a package
 * opened by passphrase alone, or no identity to sign with, the screen is shown as it is (main
 * does not ask for the undertaking of a package that cannot sign it).
 */
export function UndertakingGate(props: { readonly title: string; readonly children: ReactNode }) {
  const t = useMessages(reviewMessages);
  const opened = useDeskStore(selectOpenedPackage);
  const context = useReviewStore(selectReviewContext);
  const contextOf = useReviewStore(selectReviewPackageId);
  const contextError = useReviewStore(selectContextError);
  const journal = useJournalStore(selectJournalStatus);
  const held = useReviewRecords();
  const packageId = opened?.packageId ?? null;
  useEffect(() => {
    if (packageId !== null && packageId !== contextOf) void loadReviewContext();
  }, [packageId, contextOf]);

  if (opened === null || !opened.canSign) return props.children;
  if (contextError) {
    return (
      <Screen title={props.title}>
        <ErrorNotice error={contextError} onRetry={() => void loadReviewContext()} />
      </Screen>
    );
  }
  if (context === null || contextOf !== packageId || !recordsHydrated(held, journal)) {
    return (
      <Screen title={props.title}>
        <p className="muted">{t('loading')}</p>
      </Screen>
    );
  }
  if (context.signer !== 'ready') return props.children;
  const signed = undertakingOfRound(held?.records ?? [], context.round.id);
  if (signed !== null && signed.statement.textSha256 === context.undertaking.sha256) {
    return props.children;
  }
  return (
    <Screen title={props.title}>
      <div className="review-undertaking-gate" data-testid="undertaking-gate">
        <p className="notice">{t('undertaking.gate')}</p>
        <UndertakingPanel
          context={context}
          signerName={opened.recipient.name}
          signerFingerprint={opened.recipient.fingerprint}
        />
      </div>
    </Screen>
  );
}
