import { useMemo, useState } from 'react';
import type { DeskApplicationView } from '../../../shared/desk/desk-views';
import type { ReviewContext } from '../../../shared/review/review-context';
import type { ReviewDraft } from '../../../shared/review/review-draft';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { readMaterial } from '../../state/desk-actions';
import { selectDeskError, selectReading, useDeskStore } from '../../state/desk-store';
import { reviewApplication } from '../../state/review-actions';
import { reviewMessages } from './review-messages';
import type { ReviewMaterialView } from './review-material-view';
import { ScoringForm } from './ScoringForm';

const selectMaterialError = selectDeskError('material');

/**
 * One application under review: its materials in the reader on the left, the scoring form on the
 * right, side by side, each scrolling on its own (1366×768 and 1093×615 alike).
 */
export function ApplicationReview(props: {
  readonly context: ReviewContext;
  readonly application: DeskApplicationView;
  readonly readerName: string;
  readonly draft: ReviewDraft;
  readonly reader: ReviewMaterialView;
}) {
  const t = useMessages(reviewMessages);
  const reading = useDeskStore(selectReading);
  const error = useDeskStore(selectMaterialError);
  const { application, context } = props;
  // What the journal held when the application opened: the fields keep what is typed since.
  const [opening] = useState(props.draft);
  const materialNames = useMemo(
    () => Object.fromEntries(application.materials.map((m) => [m.id, m.name])),
    [application],
  );
  const material = application.materials.find((m) => m.id === reading?.materialId);
  const Reader = props.reader;
  return (
    <div className="review-application" data-testid="application-review">
      <div className="toolbar review-application-head">
        <button type="button" onClick={() => reviewApplication(null)} data-testid="review-back">
          {t('review.back')}
        </button>
        <strong className="review-application-name" title={application.experienceTitle}>
          {application.applicationNo} · {application.applicantName} · {application.experienceTitle}
        </strong>
      </div>
      <div className="review-layout">
        <section className="review-reader" aria-label={t('review.materials')}>
          <div className="review-material-tabs" role="tablist" aria-label={t('review.materials')}>
            {application.materials.map((m) => (
              <button
                key={m.id}
                type="button"
                role="tab"
                aria-selected={m.id === reading?.materialId}
                title={m.name}
                onClick={() => void readMaterial(m.id)}
              >
                {m.name}
              </button>
            ))}
          </div>
          <div className="review-reader-body">
            {reading === null || material === undefined ? (
              <p className="notice">{t('review.choose')}</p>
            ) : reading.state === 'loading' ? (
              <p className="muted">{t('review.loadingMaterial')}</p>
            ) : reading.state === 'failed' ? (
              error && <ErrorNotice error={error} />
            ) : (
              <Reader
                key={reading.materialId}
                bytes={reading.bytes}
                fileName={material.name}
                materialId={reading.materialId}
                applicationId={application.id}
                readerName={props.readerName}
                materialNames={materialNames}
                side={null}
              />
            )}
          </div>
        </section>
        <section className="review-form-column" aria-label={t('form.title')}>
          <ScoringForm
            key={application.id}
            rubric={context.rubric}
            roundId={context.round.id}
            roundKind={context.round.kind}
            draft={opening}
            current={props.draft}
            readOnly={context.locked}
          />
        </section>
      </div>
    </div>
  );
}
