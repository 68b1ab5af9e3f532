import { useEffect } from 'react';
import { roundKindLabels } from '../../../shared/domain/round-kind';
import {
  declaredConflictsOf,
  emptyReviewDraft,
  reviewDraftsOf,
  undertakingOfRound,
} from '../../../shared/review/review-draft';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { JournalNotices } from '../../components/JournalNotices';
import { Screen } from '../../components/Screen';
import { loadDesk } from '../../state/desk-actions';
import { selectDeskStatus, selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { selectJournalStatus, useJournalStore } from '../../state/journal-store';
import { loadReviewContext } from '../../state/review-actions';
import {
  selectReviewContext,
  selectReviewError,
  selectReviewPackageId,
  selectReviewedApplication,
  useReviewStore,
} from '../../state/review-store';
import { ApplicationReview } from './ApplicationReview';
import { ProgressView } from './ProgressView';
import { reviewMessages } from './review-messages';
import type { ReviewMaterialView } from './review-material-view';
import { UndertakingPanel } from './UndertakingPanel';
import { recordsHydrated, useReviewRecords } from './use-review-records';
import './review.css';

const selectContextError = selectReviewError('context');

/**
 * 评语与评分 (issue 10, points 1 to 3): with the round's package open, the undertaking first
 * (signed before any application opens), then the progress across the expert's applications
 * (each can be declared a conflict, which closes it), then one application at a time with the
 * reader and the scoring form side by side. Everything written is the journal's: a reload or
 * another unlock brings it back.
 */
export function ReviewScreen(props: {
  readonly reader: ReviewMaterialView;
  /** Goes to 解锁案卷 (the app knows the screens). */
  readonly onUnlock: () => void;
}) {
  const t = useMessages(reviewMessages);
  const label = useBilingualLabel();
  const deskStatus = useDeskStore(selectDeskStatus);
  const opened = useDeskStore(selectOpenedPackage);
  const context = useReviewStore(selectReviewContext);
  const contextOf = useReviewStore(selectReviewPackageId);
  const contextError = useReviewStore(selectContextError);
  const applicationId = useReviewStore(selectReviewedApplication);
  const journal = useJournalStore(selectJournalStatus);
  const held = useReviewRecords();
  const packageId = opened?.packageId ?? null;

  useEffect(() => {
    if (deskStatus === null) void loadDesk();
  }, [deskStatus]);
  useEffect(() => {
    if (deskStatus !== null && packageId !== contextOf) void loadReviewContext();
  }, [deskStatus, packageId, contextOf]);

  const title = t('screen.title');
  if (opened === null) {
    return (
      <Screen title={title}>
        <div className="notice review-no-package" data-testid="review-no-package">
          <p>{t('noPackage.body')}</p>
          <button type="button" className="primary" onClick={props.onUnlock}>
            {t('noPackage.unlock')}
          </button>
        </div>
      </Screen>
    );
  }
  if (contextError) {
    return (
      <Screen title={title}>
        <ErrorNotice error={contextError} onRetry={() => void loadReviewContext()} />
      </Screen>
    );
  }
  // Nothing is decided (signed or not) before the working set holds the records of the journal
  // main named: until then an empty list would read as "not signed".
  const hydrated = recordsHydrated(held, journal);
  const records = held?.records ?? [];
  if (context === null || contextOf !== packageId || !hydrated) {
    return (
      <Screen title={title}>
        <p className="muted">{t('loading')}</p>
      </Screen>
    );
  }

  const header = (
    <span className="badge review-round" data-testid="review-round">
      {context.round.name} · {label(roundKindLabels[context.round.kind])}
    </span>
  );
  const stop = (words: string, testId: string) => (
    <Screen title={title} header={header}>
      <p className="notice notice-warning review-stop" data-testid={testId}>
        {words}
      </p>
    </Screen>
  );
  if (context.signer !== 'ready') return stop(t(`signer.${context.signer}`), 'review-signer');
  if (journal !== null && !journal.open) return stop(t('journal.closed'), 'review-journal-closed');

  const signed = undertakingOfRound(records, context.round.id);
  const signedThis = signed !== null && signed.statement.textSha256 === context.undertaking.sha256;
  const closed = declaredConflictsOf(records);
  const application =
    applicationId !== null && !closed.has(applicationId)
      ? (opened.applications.find((a) => a.id === applicationId) ?? null)
      : null;

  return (
    <div className="review-screen">
      <Screen title={title} header={header}>
        {application === null ? <JournalNotices /> : null}
        {!signedThis ? (
          <UndertakingPanel
            context={context}
            signerName={opened.recipient.name}
            signerFingerprint={opened.recipient.fingerprint}
          />
        ) : application === null ? (
          <ProgressView
            context={context}
            applications={opened.applications}
            records={records}
            signerName={opened.recipient.name}
            leadsGroup={opened.recipient.seats.some((seat) => seat.role === 'leader')}
          />
        ) : (
          <ApplicationReview
            key={application.id}
            context={context}
            application={application}
            readerName={opened.recipient.name}
            draft={
              reviewDraftsOf(records, context.round.id).get(application.id) ??
              emptyReviewDraft(application.id)
            }
            reader={props.reader}
          />
        )}
      </Screen>
    </div>
  );
}
