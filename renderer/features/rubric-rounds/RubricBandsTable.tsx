import type { Rubric } from '../../../shared/domain/rubric';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { NumberField } from './NumberField';
import { withBand } from './rubric-draft';
import { rrMessages } from './rr-messages';

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** A band's range, "75%–89%": from its floor to below the next band's floor. */
function bandRange(rubric: Rubric, index: number): string {
  const band = rubric.bands[index]!;
  const above = rubric.bands[index - 1];
  if (!above) return `≥ ${percent(band.minRatio)}`;
  if (band.minRatio === 0) return `< ${percent(above.minRatio)}`;
  return `${percent(band.minRatio)}–${Math.round(above.minRatio * 100) - 1}%`;
}

/** 等级: each grade's label, its floor as a share of a part's maximum, and what it means. */
export function RubricBandsTable(props: {
  readonly rubric: Rubric;
  readonly disabled: boolean;
  readonly onChange: (rubric: Rubric) => void;
}) {
  const t = useMessages(rrMessages);
  const { rubric, disabled, onChange } = props;
  return (
    <DataTable
      className="bands-table rr-bands"
      columns={[
        { header: t('rubric.bandLabel') },
        { header: t('rubric.bandFloor') },
        { header: t('rubric.bandRange') },
        { header: t('rubric.bandDescriptor') },
      ]}
    >
      {rubric.bands.map((band, index) => (
        <tr key={band.id}>
          <td>
            <input
              className="rr-band-label"
              aria-label={`${t('rubric.bandLabel')} ${index + 1}`}
              value={band.label}
              maxLength={10}
              disabled={disabled}
              onChange={(event) =>
                onChange(withBand(rubric, band.id, { label: event.target.value }))
              }
            />
          </td>
          <td className="nowrap">
            <NumberField
              label={`${band.label} ${t('rubric.bandFloor')}`}
              value={Math.round(band.minRatio * 1000) / 10}
              min={0}
              max={100}
              disabled={disabled}
              onCommit={(value) => onChange(withBand(rubric, band.id, { minRatio: value / 100 }))}
            />{' '}
            %
          </td>
          <td className="nowrap">{bandRange(rubric, index)}</td>
          <td className="rr-grow">
            <input
              className="rr-band-descriptor"
              aria-label={`${band.label} ${t('rubric.bandDescriptor')}`}
              value={band.descriptor}
              maxLength={500}
              disabled={disabled}
              onChange={(event) =>
                onChange(withBand(rubric, band.id, { descriptor: event.target.value }))
              }
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
