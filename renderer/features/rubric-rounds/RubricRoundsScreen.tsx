import { useCallback, useState } from 'react';
import type { RoundKind } from '../../../shared/domain/round';
import type { Rubric } from '../../../shared/domain/rubric';
import { useTranslation } from '../../app/i18n/use-translation';
import { QueryView } from '../../components/QueryView';
import { api, unwrap } from '../../ipc/client';
import { useIpcQuery } from '../../ipc/use-ipc-query';

const roundKinds: readonly RoundKind[] = ['material', 'defense'];

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** Upper bound of a band's range, shown as "75%–89%": the next band's floor, exclusive. */
function bandRange(rubric: Rubric, index: number): string {
  const band = rubric.bands[index]!;
  const above = rubric.bands[index - 1];
  if (!above) return `≥ ${percent(band.minRatio)}`;
  if (band.minRatio === 0) return `< ${percent(above.minRatio)}`;
  return `${percent(band.minRatio)}–${Math.round(above.minRatio * 100) - 1}%`;
}

function RubricTable(props: { readonly rubric: Rubric }) {
  const t = useTranslation();
  const { rubric } = props;
  const total = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return (
    <>
      {rubric.isPlaceholder && (
        <div className="notice notice-warning" data-testid="rubric-placeholder">
          <span className="badge badge-warning">{t('rubric.placeholderBadge')}</span>{' '}
          {t('rubric.placeholderNote')}
        </div>
      )}
      <table className="data-table rubric-table">
        <thead>
          <tr>
            <th scope="col">{t('rubric.criterion')}</th>
            <th scope="col">{t('rubric.part')}</th>
            <th scope="col" className="numeric">
              {t('rubric.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rubric.criteria.map((criterion) =>
            criterion.parts.map((part, index) => (
              <tr key={part.id}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={criterion.parts.length} className="criterion-cell">
                    （{criterion.numeral}）{criterion.title}
                    <span className="criterion-weight">{criterion.weight}</span>
                  </th>
                )}
                <td>{part.text}</td>
                <td className="numeric">{part.maxPoints}</td>
              </tr>
            )),
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('rubric.total')}
            </th>
            <td className="numeric">{total}</td>
          </tr>
        </tfoot>
      </table>
      <h3>{t('rubric.bands')}</h3>
      <table className="data-table bands-table">
        <thead>
          <tr>
            <th scope="col">{t('rubric.bands')}</th>
            <th scope="col">{t('rubric.bandRange')}</th>
            <th scope="col">{t('rubric.part')}</th>
          </tr>
        </thead>
        <tbody>
          {rubric.bands.map((band, index) => (
            <tr key={band.id}>
              <th scope="row">{band.label}</th>
              <td className="nowrap">{bandRange(rubric, index)}</td>
              <td>{band.descriptor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** 评分标准与轮次: the round's rubric. Editing per round arrives with the office's case issue. */
export function RubricRoundsScreen() {
  const t = useTranslation();
  const [roundKind, setRoundKind] = useState<RoundKind>('material');
  const load = useCallback(() => unwrap(api().rubric.getDefault({ roundKind })), [roundKind]);
  const query = useIpcQuery(load);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h2 id="screen-title">{t('rubric.title')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('rubric.roundKind')}>
          {roundKinds.map((kind) => (
            <button
              key={kind}
              type="button"
              role="radio"
              aria-checked={kind === roundKind}
              className={kind === roundKind ? 'active' : undefined}
              onClick={() => setRoundKind(kind)}
            >
              {t(kind === 'material' ? 'round.material' : 'round.defense')}
            </button>
          ))}
        </div>
      </header>
      <QueryView query={query}>{(rubric) => <RubricTable rubric={rubric} />}</QueryView>
    </section>
  );
}
