import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { recommendationLabels, RecommendationSchema } from '../../../shared/bundle/review-content';
import type { RoundKind } from '../../../shared/domain/round-kind';
import { rubricMaxTotal } from '../../../shared/domain/rubric';
import type { Rubric } from '../../../shared/domain/rubric';
import { OverallFieldSchema } from '../../../shared/journal';
import type { OverallField } from '../../../shared/journal';
import { draftGaps, draftTotal } from '../../../shared/review/review-draft';
import type { ReviewDraft } from '../../../shared/review/review-draft';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { SaveIndicator } from '../../components/SaveIndicator';
import { editReview, flushReview } from '../../state/review-actions';
import { BandList } from './BandList';
import { reviewMessages } from './review-messages';
import { reviewShortcutOf } from './review-shortcuts';
import { reviewSubjects } from './review-subjects';
import { ReviewTextField } from './ReviewTextField';
import { ScoreField } from './ScoreField';

const OVERALL_LABEL = {
  strengths: 'form.strengths',
  weaknesses: 'form.weaknesses',
  suggestions: 'form.suggestions',
} as const satisfies Record<OverallField, string>;

const points = (value: number) => String(Math.round(value * 10) / 10);

/** The journal's review with the scores typed since laid over it (null: cleared). */
function withTyped(
  draft: ReviewDraft,
  typed: Readonly<Record<string, number | null>>,
): ReviewDraft {
  const partScores: Record<string, number> = { ...draft.partScores };
  for (const [partId, score] of Object.entries(typed)) {
    if (score === null) delete partScores[partId];
    else partScores[partId] = score;
  }
  return { ...draft, partScores, touched: draft.touched || Object.keys(typed).length > 0 };
}

/**
 * 评分与评语 of one application: per criterion of the round's rubric and per part, the score
 * with the part's grades beside it and a comment; a comment per criterion; the overall comment
 * in three fields; the recommendation; 无需讨论. The total is computed from the parts. Each field
 * is written on its own; the indicator says 已保存 once main has every one on disk.
 */
export function ScoringForm(props: {
  readonly rubric: Rubric;
  readonly roundId: string;
  readonly roundKind: RoundKind;
  /** The review as the journal held it when the form opened (the form keeps what is typed). */
  readonly draft: ReviewDraft;
  /** The review as the journal holds it now: the total and the gaps follow it. */
  readonly current: ReviewDraft;
  /** Submitted and not reopened: shown, not edited. */
  readonly readOnly?: boolean;
}) {
  const t = useMessages(reviewMessages);
  const label = useBilingualLabel();
  const { rubric, roundId, draft } = props;
  const applicationId = draft.applicationId;
  const place = { roundId, applicationId };
  // Scores read from the fields and not yet back from the journal: the total follows the typing.
  const [typed, setTyped] = useState<Readonly<Record<string, number | null>>>({});
  const shown = withTyped(props.current, typed);
  const total = draftTotal(rubric, shown);
  const gaps = draftGaps(rubric, shown);
  const onScore = (partId: string, score: number | null | undefined) =>
    setTyped((before) => {
      const { [partId]: _old, ...rest } = before;
      return score === undefined ? rest : { ...rest, [partId]: score };
    });
  let scoreIndex = 0;

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    const where = target.dataset.scoreIndex === undefined ? 'text' : 'score';
    const shortcut = reviewShortcutOf(event.nativeEvent, where);
    if (shortcut === null) return;
    event.preventDefault();
    if (shortcut === 'save-now') void flushReview();
    else {
      const next = Number(target.dataset.scoreIndex) + 1;
      const form = event.currentTarget;
      const field =
        form.querySelector<HTMLInputElement>(`[data-score-index="${next}"]`) ??
        form.querySelector<HTMLElement>('textarea');
      field?.focus();
    }
  };

  return (
    <form
      className="review-form"
      aria-label={t('form.title')}
      data-testid="scoring-form"
      onSubmit={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
    >
      <div className="review-form-head">
        <strong data-testid="review-total">
          {total.complete
            ? t('form.total', { total: points(total.total), max: rubricMaxTotal(rubric) })
            : t('form.totalIncomplete', {
                missing: total.missingPartIds.length,
                scored: points(total.scoredPoints),
              })}
        </strong>
        <span className="spacer" />
        <SaveIndicator subjects={reviewSubjects(rubric, roundId, applicationId)} />
      </div>
      {props.readOnly ? (
        <p className="notice review-read-only" data-testid="review-read-only">
          {t('form.readOnly')}
        </p>
      ) : (
        <p className="muted small review-shortcuts">{t('form.shortcuts')}</p>
      )}

      {/* Submitted: every field read-only until the review is reopened (main refuses edits too). */}
      <fieldset className="review-form-fields" disabled={props.readOnly === true}>
        {rubric.criteria.map((criterion) => {
          const subtotal = total.criteria.find((c) => c.criterionId === criterion.id);
          return (
            <fieldset key={criterion.id} className="review-criterion">
              <legend>
                {t('form.criterion', { numeral: criterion.numeral, title: criterion.title })}
                <span className="muted small review-subtotal">
                  {subtotal?.subtotal === null || subtotal === undefined
                    ? t('form.subtotal', { subtotal: '—', max: criterion.weight })
                    : t('form.subtotal', {
                        subtotal: points(subtotal.subtotal),
                        max: criterion.weight,
                      })}
                </span>
              </legend>
              {criterion.parts.map((part) => {
                const index = scoreIndex++;
                return (
                  <div key={part.id} className="review-part">
                    <p className="review-part-text">{part.text}</p>
                    <div className="review-part-grid">
                      <ScoreField
                        roundId={roundId}
                        applicationId={applicationId}
                        part={part}
                        saved={draft.partScores[part.id]}
                        index={index}
                        journalScore={props.current.partScores[part.id]}
                        onScore={onScore}
                      />
                      <BandList
                        rubric={rubric}
                        part={part}
                        score={shown.partScores[part.id]}
                        label={t('form.bands')}
                      />
                    </div>
                    <ReviewTextField
                      label={t('form.comment')}
                      saved={draft.comments[part.id] ?? ''}
                      testId={`comment-${part.id}`}
                      onEdit={(text) =>
                        editReview({ kind: 'review-comment', ...place, targetId: part.id, text })
                      }
                    />
                  </div>
                );
              })}
              <ReviewTextField
                label={t('form.criterionComment')}
                saved={draft.comments[criterion.id] ?? ''}
                testId={`comment-${criterion.id}`}
                onEdit={(text) =>
                  editReview({ kind: 'review-comment', ...place, targetId: criterion.id, text })
                }
              />
            </fieldset>
          );
        })}

        <fieldset className="review-criterion">
          <legend>{t('form.overall')}</legend>
          {OverallFieldSchema.options.map((field) => (
            <ReviewTextField
              key={field}
              label={t(OVERALL_LABEL[field])}
              rows={3}
              saved={draft.overall[field]}
              testId={`overall-${field}`}
              onEdit={(text) => editReview({ kind: 'review-overall', ...place, field, text })}
            />
          ))}
        </fieldset>

        <fieldset className="review-criterion review-decision">
          <legend>{t('form.recommendation')}</legend>
          {RecommendationSchema.options.map((option) => (
            <label key={option} className="review-choice">
              <input
                type="radio"
                name={`recommendation-${applicationId}`}
                value={option}
                defaultChecked={draft.recommendation === option}
                data-testid={`recommendation-${option}`}
                onChange={() =>
                  editReview({ kind: 'review-recommendation', ...place, recommendation: option })
                }
              />
              {label(recommendationLabels[props.roundKind][option])}
            </label>
          ))}
          <label className="review-choice" title={t('form.noDiscussionHint')}>
            <input
              type="checkbox"
              defaultChecked={draft.noDiscussionNeeded}
              data-testid="no-discussion"
              onChange={(event) =>
                editReview({
                  kind: 'review-no-discussion',
                  ...place,
                  noDiscussionNeeded: event.target.checked,
                })
              }
            />
            {t('form.noDiscussion')}
          </label>
        </fieldset>
      </fieldset>

      <p
        className={gaps.length === 0 ? 'notice review-complete' : 'muted small'}
        data-testid="review-gaps"
      >
        {gaps.length === 0
          ? t('form.complete')
          : t('form.gaps', { gaps: gaps.map((gap) => t(`gap.${gap}`)).join('、') })}
      </p>
    </form>
  );
}
