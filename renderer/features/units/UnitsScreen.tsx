import { useCallback, useEffect, useState } from 'react';
import { recommendingUnitQuota } from '../../../shared/domain/recommending-unit';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import type { UnitDirectory } from '../../../shared/ipc/channels';
import { useTranslation } from '../../app/i18n/use-translation';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { QueryView } from '../../components/QueryView';
import { Screen } from '../../components/Screen';
import { shownErrorOf } from '../../ipc/shown-error';
import type { ShownError } from '../../ipc/shown-error';
import { useIpcQuery } from '../../ipc/use-ipc-query';
import {
  loadUnitDirectory,
  resetUnitDirectory,
  saveUnitDirectory,
} from '../../state/units-actions';

const firstYear = 2021;

function selectableYears(): number[] {
  const last = new Date().getFullYear() + 1;
  const years: number[] = [];
  for (let year = last; year >= firstYear; year--) years.push(year);
  return years;
}

/** A new unit's id: stable, unique, and never reused from a removed default. */
function newUnitId(units: readonly RecommendingUnit[]): string {
  const taken = new Set(units.map((unit) => unit.id));
  for (let n = 1; ; n++) {
    const id = `custom-${n}`;
    if (!taken.has(id)) return id;
  }
}

function UnitsEditor(props: {
  readonly directory: UnitDirectory;
  readonly onSaved: (d: UnitDirectory) => void;
}) {
  const t = useTranslation();
  const { directory } = props;
  const [units, setUnits] = useState<readonly RecommendingUnit[]>(directory.units);
  const [newName, setNewName] = useState('');
  const [status, setStatus] = useState<
    { kind: 'idle' | 'saved' } | { kind: 'error'; error: ShownError }
  >({ kind: 'idle' });
  useEffect(() => setUnits(directory.units), [directory]);
  const dirty = units !== directory.units;

  const update = (next: readonly RecommendingUnit[]) => {
    setUnits(next);
    setStatus({ kind: 'idle' });
  };
  /** Saves or resets; a refusal is shown above the table instead of being lost. */
  const write = async (call: () => Promise<UnitDirectory>, after: 'idle' | 'saved') => {
    try {
      props.onSaved(await call());
      setStatus({ kind: after });
    } catch (error) {
      setStatus({ kind: 'error', error: shownErrorOf(error) });
    }
  };
  const save = () => write(() => saveUnitDirectory(directory.year, units), 'saved');
  const reset = () => write(() => resetUnitDirectory(directory.year), 'idle');
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
          {directory.isDefault ? t('units.isDefault') : t('units.isEdited')}
        </span>
        <span className="spacer" />
        {dirty && <span className="badge badge-warning">{t('units.unsaved')}</span>}
        {status.kind === 'saved' && !dirty && (
          <span className="badge badge-ok">{t('units.saved')}</span>
        )}
        <button type="button" onClick={reset} disabled={directory.isDefault && !dirty}>
          {t('units.reset')}
        </button>
        <button type="button" className="primary" onClick={save} disabled={!dirty}>
          {t('units.save')}
        </button>
      </div>
      {status.kind === 'error' && <ErrorNotice error={status.error} />}
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

/** 推荐单位名录: the year's list, editable by the office (Attachment 2 by default). */
export function UnitsScreen() {
  const t = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [saved, setSaved] = useState<UnitDirectory | null>(null);
  const load = useCallback(() => loadUnitDirectory(year), [year]);
  const query = useIpcQuery(load);
  useEffect(() => setSaved(null), [year]);
  return (
    <Screen
      title={t('units.title')}
      header={
        <label className="inline-field">
          {t('units.year')}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {selectableYears().map((y) => (
              <option key={y} value={y}>
                {t('units.yearValue', { year: String(y) })}
              </option>
            ))}
          </select>
        </label>
      }
    >
      <QueryView query={query}>
        {(directory) => <UnitsEditor directory={saved ?? directory} onSaved={setSaved} />}
      </QueryView>
    </Screen>
  );
}
