import { useId, useRef, useState } from 'react';
import type { RubricPart } from '../../../shared/domain/rubric';
import { parseScoreInput, scoreText } from '../../../shared/review/score-input';
import { useMessages } from '../../app/i18n/use-messages';
import { editReview } from '../../state/review-actions';
import { reviewMessages } from './review-messages';

/**
 * One part's score: typed as the expert likes (full-width digits and point too), saved as soon
 * as it reads as a score within the part's range; anything else is said in words at once and
 * not saved (the last good score stays in the journal). The total is never typed.
 */
export function ScoreField(props: {
  readonly roundId: string;
  readonly applicationId: string;
  readonly part: RubricPart;
  /** The score in the journal when the form opened. */
  readonly saved: number | undefined;
  /** Its place among the form's score fields, for Enter to move on. */
  readonly index: number;
  /** The score the journal holds now (the last one main has on disk). */
  readonly journalScore: number | undefined;
  /**
   * Told of every score the field reads (null: cleared; undefined: none, the journal's stands),
   * so the total follows at once.
   */
  readonly onScore: (partId: string, score: number | null | undefined) => void;
}) {
  const t = useMessages(reviewMessages);
  const id = useId();
  const { part } = props;
  const [text, setText] = useState(scoreText(props.saved));
  // Whether a score read on the way may still be waiting to be written.
  const sent = useRef(false);
  const parsed = parseScoreInput(text, part.maxPoints);
  return (
    <div className="review-score">
      <label htmlFor={id}>{t('form.score')}</label>
      <input
        id={id}
        className={parsed.ok ? 'review-score-input' : 'review-score-input invalid'}
        inputMode="decimal"
        autoComplete="off"
        data-score-index={props.index}
        data-testid={`score-${part.id}`}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : `${id}-problem`}
        value={text}
        // Once the field is left, a score typed in full width reads back in ASCII.
        onBlur={() => {
          if (parsed.ok) setText(scoreText(parsed.score));
        }}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const read = parseScoreInput(next, part.maxPoints);
          const edit = (score: number | null) =>
            editReview({
              kind: 'review-score',
              roundId: props.roundId,
              applicationId: props.applicationId,
              partId: part.id,
              score,
            });
          if (read.ok) {
            props.onScore(part.id, read.score);
            edit(read.score);
            sent.current = true;
          } else {
            // Not a score: what was typed on the way here ("1" of "16") is not kept either; the
            // journal's score stands (its waiting edit, if any, is replaced by that score).
            props.onScore(part.id, undefined);
            if (sent.current) edit(props.journalScore ?? null);
            sent.current = false;
          }
        }}
      />
      <span className="muted small">{t('form.scoreOf', { max: part.maxPoints })}</span>
      {parsed.ok ? null : (
        <p
          id={`${id}-problem`}
          className="review-score-problem"
          role="alert"
          data-testid={`score-problem-${part.id}`}
        >
          {t(`score.${parsed.problem}`, { max: parsed.maxPoints })}
        </p>
      )}
    </div>
  );
}
