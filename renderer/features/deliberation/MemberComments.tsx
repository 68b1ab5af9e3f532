import { recommendationLabels } from '../../../shared/bundle/review-content';
import type { RoundKind } from '../../../shared/domain/round-kind';
import type { Rubric } from '../../../shared/domain/rubric';
import type { ScoreRow } from '../../../shared/merge/group-merge';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { deliberationMessages } from './deliberation-messages';

/**
 * 各专家评语: every member's review of the application as they signed it: the recommendation,
 * the 无需讨论 mark, 主要优点, 不足, 改进建议, and each criterion's and part's comment in the
 * rubric's order. One folding block per member, all open, so nothing is hidden by default.
 */
export function MemberComments(props: {
  readonly rubric: Rubric;
  readonly roundKind: RoundKind;
  readonly rows: readonly ScoreRow[];
  readonly nameOf: (expertId: string) => string;
}) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const { rubric } = props;
  const text = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? (
      <span className="muted">{t('comments.empty')}</span>
    ) : (
      value
    );
  return (
    <section className="dl-comments" aria-labelledby="dl-comments-title">
      <h4 id="dl-comments-title">{t('comments.title')}</h4>
      {props.rows.map((row) => {
        const commented = rubric.criteria.flatMap((c) => [
          ...(row.comments[c.id] ? [{ id: c.id, label: `${c.numeral} ${c.title}` }] : []),
          ...c.parts.flatMap((p, i) =>
            row.comments[p.id] ? [{ id: p.id, label: `${c.numeral}-${i + 1} ${p.text}` }] : [],
          ),
        ]);
        return (
          <details
            key={row.expertId}
            open
            className="dl-member-comment"
            data-testid={`comments-${row.expertId}`}
          >
            <summary>
              <strong>{props.nameOf(row.expertId)}</strong>
              <span className="muted">
                {' '}
                · {t('comments.recommendation')}：
                {label(recommendationLabels[props.roundKind][row.recommendation])}
              </span>
              {row.noDiscussionNeeded ? (
                <span className="badge dl-badge">{t('comments.noDiscussion')}</span>
              ) : null}
            </summary>
            <dl className="dl-overall">
              <dt>{t('comments.strengths')}</dt>
              <dd>{text(row.overall.strengths)}</dd>
              <dt>{t('comments.weaknesses')}</dt>
              <dd>{text(row.overall.weaknesses)}</dd>
              <dt>{t('comments.suggestions')}</dt>
              <dd>{text(row.overall.suggestions)}</dd>
            </dl>
            {commented.length > 0 ? (
              <>
                <p className="dl-subhead">{t('comments.criteria')}</p>
                <dl className="dl-overall">
                  {commented.map((c) => (
                    <div key={c.id} className="dl-comment-pair">
                      <dt title={c.label}>{c.label}</dt>
                      <dd>{row.comments[c.id]}</dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
          </details>
        );
      })}
    </section>
  );
}
