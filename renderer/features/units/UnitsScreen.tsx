import { useEffect, useState } from 'react';
import { recommendingUnitQuota } from '../../../shared/domain/recommending-unit';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import { useTranslation } from '../../app/i18n/use-translation';
import { DataTable } from '../../components/DataTable';
import { OfficeStatusLine } from '../../components/OfficeStatusLine';
import { Screen } from '../../components/Screen';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, selectOverview, useOfficeStore } from '../../state/office-store';

/** A new unit's id: stable, unique, and never reused from a removed default. */
function newUnitId(units: readonly RecommendingUnit[]): string {
  const taken = new Set(units.map((unit) => unit.id));
  for (let n = 1; ; n++) {
    const id = `custom-${n}`;
    if (!taken.has(id)) return id;
  }
}

function UnitsEditor(props: {
  /** The list as the record holds it. */
  readonly saved: readonly RecommendingUnit[];
  readonly isDefault: boolean;
}) {
  const t = useTranslation();
  const busy = useOfficeStore(selectIsBusy);
  const [units, setUnits] = useState<readonly RecommendingUnit[]>(props.saved);
  const [newName, setNewName] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved'>('idle');
  // A new overview (this screen's save, or another record opened) is the list to edit from.
  useEffect(() => setUnits(props.saved), [props.saved]);
  const dirty = units !== props.saved;

  const update = (next: readonly RecommendingUnit[]) => {
    setUnits(next);
    setStatus('idle');
  };
  // A refusal is kept by the office's actions and shown on the status line above the table.
  const save = async () => {
    if (await changeOffice('setUnits', { units: [...units] })) setStatus('saved');
  };
  const reset = async () => {
    if (await changeOffice('resetUnits', {})) setStatus('idle');
  };
  const add = () => {
    const name = newName.replace(/\s+/g, '');
    if (!name) return;
    update([
      ...units,
      { id: newUnitId(units), name, kind: 'region', ranOwnBenchmarkActivity: false },
    ]);
    setNewName('');
  };

  return (
    <>
      <div className="toolbar">
        <span data-testid="units-count">{t('units.count', { count: units.length })}</span>
        <span className="muted">
          {props.isDefault ? t('units.isDefault') : t('units.isEdited')}
        </span>
        <span className="spacer" />
        {dirty && <span className="badge badge-warning">{t('units.unsaved')}</span>}
        {status === 'saved' && !dirty && <span className="badge badge-ok">{t('units.saved')}</span>}
        <button
          type="button"
          onClick={() => void reset()}
          disabled={busy || (props.isDefault && !dirty)}
        >
          {t('units.reset')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          disabled={busy || !dirty}
        >
          {t('units.save')}
        </button>
      </div>
      <p className="muted small">{t('units.quotaRule')}</p>
      <DataTable
        className="units-table"
        scrollClassName="table-scroll"
        columns={[
          { header: t('units.index'), className: 'numeric' },
          { header: t('units.name') },
          { header: t('units.kind') },
          { header: t('units.ranOwnActivity') },
          { header: t('units.quota'), className: 'numeric' },
          {},
        ]}
      >
        {units.map((unit, index) => (
          <tr key={unit.id}>
            <td className="numeric">{index + 1}</td>
            <td>
              <input
                className="cell-input"
                aria-label={t('units.name')}
                value={unit.name}
                onChange={(event) =>
                  update(
                    units.map((u) =>
                      u.id === unit.id ? { ...u, name: event.target.value.trim() } : u,
                    ),
                  )
                }
              />
            </td>
            <td>{t(unit.kind === 'region' ? 'units.kindRegion' : 'units.kindIndustry')}</td>
            <td>
              <input
                type="checkbox"
                aria-label={`${unit.name} ${t('units.ranOwnActivity')}`}
                checked={unit.ranOwnBenchmarkActivity}
                onChange={(event) =>
                  update(
                    units.map((u) =>
                      u.id === unit.id
                        ? { ...u, ranOwnBenchmarkActivity: event.target.checked }
                        : u,
                    ),
                  )
                }
              />
            </td>
            <td className="numeric">
              {t('units.quotaValue', { count: recommendingUnitQuota(unit) })}
            </td>
            <td>
              <button
                type="button"
                className="link danger"
                onClick={() => update(units.filter((u) => u.id !== unit.id))}
              >
                {t('units.remove')}
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          aria-label={t('units.newName')}
          placeholder={t('units.newName')}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
        />
        <button type="submit" disabled={!newName.trim()}>
          {t('units.add')}
        </button>
      </form>
    </>
  );
}

/**
 * 推荐单位名录 of the open record's year, editable by the office (Attachment 2 until edited). The
 * list lives in the record, so the command line reads the same quotas and register matches.
 */
export function UnitsScreen() {
  const t = useTranslation();
  const overview = useOfficeStore(selectOverview);
  if (!overview) return null;
  return (
    <Screen
      title={t('units.title')}
      header={
        <span className="muted" data-testid="units-year">
          {t('units.year')} {t('units.yearValue', { year: String(overview.record.year) })}
        </span>
      }
    >
      <OfficeStatusLine />
      <UnitsEditor saved={overview.units} isDefault={overview.record.units === undefined} />
    </Screen>
  );
}
