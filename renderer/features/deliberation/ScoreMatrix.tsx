import type { Rubric } from '../../../shared/domain/rubric';
import type { ApplicationStatistics } from '../../../shared/merge/group-merge';
import { useMessages } from '../../app/i18n/use-messages';
import { deliberationMessages } from './deliberation-messages';
import type { MatrixCell, MatrixRow } from './score-matrix-view';
import { deviationPercent, scoreFigure } from './score-matrix-view';

/**
 * 评分对照表: experts down, criteria and their parts across, each criterion's subtotal and the
 * total; a score the deliberation changed shows the submitted one struck through beside the
 * new one (both kept); a deviating subtotal or total is marked and says by how much; the totals
 * the trimmed mean dropped are marked. The group's mean and spread per column close the table.
 * It scrolls sideways inside its own box when a rubric has many parts.
 */
export function ScoreMatrix(props: {
  readonly rubric: Rubric;
  readonly rows: readonly MatrixRow[];
  readonly statistics: ApplicationStatistics;
  readonly nameOf: (expertId: string) => string;
}) {
  const t = useMessages(deliberationMessages);
  const { rubric, rows, statistics } = props;

  const figure = (c: MatrixCell, testId: string) => {
    const percent = c.deviation === null ? null : deviationPercent(c.deviation);
    const title = [
      c.changed
        ? t('matrix.changed', { from: scoreFigure(c.submitted), to: scoreFigure(c.current) })
        : null,
      c.deviation !== null && percent !== null ? t('matrix.deviates', { percent }) : null,
    ]
      .filter((line) => line !== null)
      .join('；');
    return (
      <span
        className={c.deviation === null ? 'dl-cell' : 'dl-cell dl-deviates'}
        title={title === '' ? undefined : title}
        data-testid={testId}
        data-changed={c.changed ? 'true' : undefined}
      >
        {c.changed ? (
          <s className="dl-submitted">{scoreFigure(c.submitted)}</s>
        ) : (
          scoreFigure(c.submitted)
        )}
        {/* The warning is the submitted score's: it stands beside that one. */}
        {c.deviation !== null && percent !== null ? (
          <span className="dl-percent">{percent}</span>
        ) : null}
        {c.changed ? (
          <>
            <span aria-hidden="true"> → </span>
            <strong className="dl-current">{scoreFigure(c.current)}</strong>
          </>
        ) : null}
      </span>
    );
  };

  return (
    <div className="dl-matrix-box" data-testid="score-matrix">
      <table className="data-table dl-matrix">
        <thead>
          <tr>
            <th rowSpan={2} scope="col" className="dl-expert-col">
              {t('matrix.expert')}
            </th>
            {rubric.criteria.map((c) => (
              <th
                key={c.id}
                colSpan={c.parts.length + 1}
                scope="colgroup"
                className="dl-criterion"
                title={c.title}
              >
                {c.numeral} {c.title}
                <span className="muted small"> {t('matrix.weight', { weight: c.weight })}</span>
              </th>
            ))}
            <th rowSpan={2} scope="col" className="numeric">
              {t('matrix.total')}
            </th>
          </tr>
          <tr>
            {rubric.criteria.flatMap((c) => [
              ...c.parts.map((p, i) => (
                <th key={p.id} scope="col" className="numeric dl-part" title={p.text}>
                  {`${c.numeral}-${i + 1}`}
                  <span className="muted small">/{p.maxPoints}</span>
                </th>
              )),
              <th key={`${c.id}-subtotal`} scope="col" className="numeric dl-subtotal">
                {t('matrix.subtotal')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.expertId} data-testid={`matrix-row-${row.expertId}`}>
              <th scope="row" className="dl-expert-col">
                <span className="dl-expert-name">{props.nameOf(row.expertId)}</span>
                <span className="muted small">
                  {' '}
                  {t('matrix.sequence', { sequence: row.sequence })}
                </span>
                {row.noDiscussionNeeded ? (
                  <span className="badge dl-badge">{t('matrix.noDiscussion')}</span>
                ) : null}
              </th>
              {rubric.criteria.flatMap((c) => [
                ...c.parts.map((p) => (
                  <td key={p.id} className="numeric">
                    {figure(row.parts[p.id]!, `cell-${row.expertId}-${p.id}`)}
                  </td>
                )),
                <td key={`${c.id}-subtotal`} className="numeric dl-subtotal">
                  {figure(row.criteria[c.id]!, `cell-${row.expertId}-${c.id}`)}
                </td>,
              ])}
              <td className="numeric dl-total">
                {figure(row.total, `cell-${row.expertId}-total`)}
                {row.dropped !== null ? (
                  <span
                    className="badge dl-dropped"
                    data-testid={`dropped-${row.expertId}`}
                    title={
                      row.dropped === 'highest'
                        ? t('matrix.droppedHighest')
                        : t('matrix.droppedLowest')
                    }
                  >
                    {row.dropped === 'highest' ? '↑' : '↓'}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('matrix.mean')}</th>
            {rubric.criteria.flatMap((c) => {
              const s = statistics.criteria.find((x) => x.criterionId === c.id);
              return [
                ...c.parts.map((p) => <td key={p.id} />),
                <td key={`${c.id}-mean`} className="numeric dl-subtotal">
                  {s ? scoreFigure(s.mean) : '—'}
                </td>,
              ];
            })}
            <td className="numeric dl-total" data-testid="matrix-mean">
              {scoreFigure(statistics.mean)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('matrix.spread')}</th>
            {rubric.criteria.flatMap((c) => {
              const s = statistics.criteria.find((x) => x.criterionId === c.id);
              return [
                ...c.parts.map((p) => <td key={p.id} />),
                <td key={`${c.id}-spread`} className="numeric dl-subtotal">
                  {s ? scoreFigure(s.spread) : '—'}
                </td>,
              ];
            })}
            <td className="numeric dl-total" data-testid="matrix-spread">
              {scoreFigure(statistics.spread)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
