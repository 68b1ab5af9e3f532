import { useState } from 'react';
import type { DeskApplicationView } from '../../../shared/desk/desk-views';
import type { JournalRecord } from '../../../shared/journal';
import { draftTotal, emptyReviewDraft, reviewDraftsOf } from '../../../shared/review/review-draft';
import { readerProgress } from '../../../shared/review/review-progress';
import { useMessages } from '../../app/i18n/use-messages';
import { reviewApplication } from '../../state/review-actions';
import { selectReviewWritten, useReviewStore } from '../../state/review-store';
import type { ReviewContext } from '../../../shared/review/review-context';
import { ExportWarning } from './ExportWarning';
import { SubmitPanel } from './SubmitPanel';
import { ConflictForm } from './ConflictForm';
import { reviewMessages } from './review-messages';

/**
 * 评审进度 across the expert's applications in the round (those of the groups they lead or sit
 * in, not every application a chair's package shows): each one's state (未开始, 进行中, 已完成,
 * 已提交 once a bundle says so, 已回避), its computed total, and the ways on: 评审, or 声明回避
 * with type and reason (a conflicted one offers neither). A chair or vice-chair alone scores
 * nothing in the round, and is told so.
 */
export function ProgressView(props: {
  readonly context: ReviewContext;
  readonly applications: readonly DeskApplicationView[];
  readonly records: readonly JournalRecord[];
  readonly signerName: string;
  /** A leader hands the bundle to nobody: it goes into their own 组内合议. */
  readonly leadsGroup: boolean;
}) {
  const t = useMessages(reviewMessages);
  const [declaring, setDeclaring] = useState<string | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const written = useReviewStore(selectReviewWritten);
  const { context, records } = props;
  const { rubric } = context;
  const roundId = context.round.id;
  const last = context.submissions.at(-1) ?? null;
  // Only the applications this person reviews (a chair who also leads a group holds the whole
  // round); submitted and locked: those the bundle holds (all of them not closed by conflict).
  const reviewed = new Set(context.reviewedApplicationIds);
  const applications = props.applications.filter((a) => reviewed.has(a.id));
  const progress = readerProgress({
    rubric,
    roundId,
    applicationIds: props.applications.map((a) => a.id),
    reviewedIds: context.reviewedApplicationIds,
    records,
    locked: context.locked,
  });
  const drafts = reviewDraftsOf(records, roundId);
  const { counts } = progress;
  const declaringApp = applications.find((a) => a.id === declaring);
  const exportingApp = applications.find((a) => a.id === exporting);
  const exported =
    written?.kind === 'opinion-form'
      ? applications.find((a) => a.id === written.applicationId)
      : undefined;
  if (applications.length === 0) {
    return (
      <section
        className="review-progress"
        aria-labelledby="progress-title"
        data-testid="review-progress"
      >
        <h3 id="progress-title">{t('progress.title')}</h3>
        <p className="notice" data-testid="progress-no-seat">
          {t('progress.noSeat')}
        </p>
      </section>
    );
  }
  return (
    <section
      className="review-progress"
      aria-labelledby="progress-title"
      data-testid="review-progress"
    >
      <h3 id="progress-title">{t('progress.title')}</h3>
      <p className="muted" data-testid="progress-counts">
        {t('progress.counts', {
          all: applications.length,
          notStarted: counts['not-started'],
          inProgress: counts['in-progress'],
          complete: counts.complete,
          submitted: counts.submitted,
          conflict: counts.conflict,
        })}
      </p>
      <SubmitPanel
        context={context}
        applications={applications}
        states={progress.applications.map((p) => p.state)}
        signerName={props.signerName}
        leadsGroup={props.leadsGroup}
      />
      {exportingApp ? (
        <ExportWarning
          key={exportingApp.id}
          roundId={roundId}
          applicationId={exportingApp.id}
          applicationNo={exportingApp.applicationNo}
          onDone={() => setExporting(null)}
        />
      ) : null}
      {exported && written?.kind === 'opinion-form' ? (
        <p className="notice" data-testid="export-done">
          {exported.applicationNo} · {t('export.done', { fileName: written.fileName })}
        </p>
      ) : null}
      {declaringApp ? (
        <ConflictForm
          key={declaringApp.id}
          applicationId={declaringApp.id}
          applicationNo={declaringApp.applicationNo}
          onDone={() => setDeclaring(null)}
        />
      ) : null}
      <table className="data-table review-progress-table">
        <thead>
          <tr>
            <th>{t('progress.no')}</th>
            <th>{t('progress.applicant')}</th>
            <th>{t('progress.title.col')}</th>
            <th>{t('progress.state')}</th>
            <th className="numeric">{t('progress.total')}</th>
            <th>{t('progress.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((application, i) => {
            const state = progress.applications[i]!.state;
            const total = draftTotal(
              rubric,
              drafts.get(application.id) ?? emptyReviewDraft(application.id),
            );
            return (
              <tr
                key={application.id}
                data-testid={`progress-${application.id}`}
                data-state={state}
              >
                <td>{application.applicationNo}</td>
                <td>{application.applicantName}</td>
                <td>{application.experienceTitle}</td>
                <td>
                  <span className={`badge review-state review-state-${state}`}>
                    {t(`state.${state}`)}
                  </span>
                  {state === 'submitted' && last ? (
                    <span className="muted review-submitted-at" data-testid="submitted-as">
                      {/* The file's name is said once, above the table. */}
                      {t('progress.submittedAs', { sequence: last.sequence })}
                    </span>
                  ) : null}
                </td>
                <td className="numeric">
                  {total.complete ? String(Math.round(total.total * 10) / 10) : '—'}
                </td>
                <td>
                  {state === 'conflict' ? (
                    <span className="muted small">{t('progress.closed')}</span>
                  ) : (
                    <div className="review-actions">
                      <button
                        type="button"
                        className="primary"
                        data-testid={`review-${application.id}`}
                        onClick={() => reviewApplication(application.id)}
                      >
                        {context.locked ? t('progress.view') : t('progress.review')}
                      </button>
                      {context.locked ? null : (
                        <button
                          type="button"
                          data-testid={`declare-${application.id}`}
                          onClick={() => setDeclaring(application.id)}
                        >
                          {t('progress.declare')}
                        </button>
                      )}
                      <button
                        type="button"
                        data-testid={`export-${application.id}`}
                        onClick={() => setExporting(application.id)}
                      >
                        {t('export.button')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
