import type { BandId, Rubric } from '../../../shared/domain/rubric';
import { rubricMaxTotal, withCriterionWeight } from '../../../shared/domain/rubric';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { NumberField } from './NumberField';
import { roundPoints, withPartDescriptor, withPartMaxPoints } from './rubric-draft';
import { rrMessages } from './rr-messages';

/** The criteria with their weights, the parts with their points, and the total. */
export function RubricCriteriaTable(props: {
  readonly rubric: Rubric;
  readonly disabled: boolean;
  readonly onChange: (rubric: Rubric) => void;
}) {
  const t = useMessages(rrMessages);
  const { rubric, disabled, onChange } = props;
  const setDescriptor = (partId: string, bandId: BandId, text: string) =>
    onChange(withPartDescriptor(rubric, partId, bandId, text));
  return (
    <DataTable
      className="rubric-table rr-criteria"
      columns={[
        { header: t('rubric.criterion') },
        { header: t('rubric.part') },
        { header: t('rubric.points'), className: 'numeric' },
      ]}
      footer={
        <tr>
          <th scope="row" colSpan={2}>
            {t('rubric.total')}
          </th>
          <td className="numeric">{roundPoints(rubricMaxTotal(rubric))}</td>
        </tr>
      }
    >
      {rubric.criteria.map((criterion) =>
        criterion.parts.map((part, index) => (
          <tr key={part.id}>
            {index === 0 && (
              <th scope="rowgroup" rowSpan={criterion.parts.length} className="criterion-cell">
                （{criterion.numeral}）{criterion.title}
                <label className="rr-weight">
                  {t('rubric.weight')}
                  <NumberField
                    label={`（${criterion.numeral}）${criterion.title} ${t('rubric.weight')}`}
                    value={criterion.weight}
                    positive
                    max={100}
                    disabled={disabled}
                    onCommit={(weight) =>
                      onChange(withCriterionWeight(rubric, criterion.id, weight))
                    }
                  />
                </label>
              </th>
            )}
            <td>
              {part.text}
              <details className="rr-descriptors">
                <summary className="small">{t('rubric.partDescriptors')}</summary>
                {rubric.bands.map((band) => (
                  <label key={band.id} className="rr-descriptor">
                    <span className="rr-band-tag">{band.label}</span>
                    <input
                      value={part.bandDescriptors?.[band.id] ?? ''}
                      placeholder={band.descriptor}
                      maxLength={500}
                      disabled={disabled}
                      onChange={(event) => setDescriptor(part.id, band.id, event.target.value)}
                    />
                  </label>
                ))}
              </details>
            </td>
            <td className="numeric">
              <NumberField
                label={`（${criterion.numeral}）${t('rubric.part')} ${index + 1} ${t('rubric.points')}`}
                value={part.maxPoints}
                positive
                max={100}
                disabled={disabled}
                onCommit={(points) => onChange(withPartMaxPoints(rubric, part.id, points))}
              />
            </td>
          </tr>
        )),
      )}
    </DataTable>
  );
}
