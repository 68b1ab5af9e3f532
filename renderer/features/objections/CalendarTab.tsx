import { useMemo, useState } from 'react';
import { libraryKnowsYear } from '../../../shared/office/followup/chinese-calendar';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import { beijingDateOf } from '../../../shared/office/followup/iso-date';
import { useMessages } from '../../app/i18n/use-messages';
import { DataTable } from '../../components/DataTable';
import { ActError } from './ActError';
import { DateField, dateOf } from './DateField';
import { followupMessages } from './followup-messages';
import { recordAct, useFollowUpStore } from '../../state/followup-actions';

interface DayRow {
  readonly key: number;
  readonly date: string;
  readonly work: boolean;
  readonly name: string;
}

/** The last year whose schedule the library holds, looking back from next year. */
function lastLibraryYear(): number {
  const thisYear = Number(beijingDateOf(new Date()).slice(0, 4));
  for (let year = thisYear + 1; year > 2004; year -= 1) if (libraryKnowsYear(year)) return year;
  return 2004;
}

function rowsOf(state: FollowUpState, year: number): DayRow[] {
  const table = state.calendarYears.find((y) => y.year === year);
  return (table?.days ?? []).map((d, key) => ({
    key,
    date: formatChineseDate(d.date),
    work: d.work,
    name: d.name,
  }));
}

/** The office's table of a year's holidays and adjusted working days (放假安排). */
function YearEditor(props: { readonly state: FollowUpState; readonly year: number }) {
  const t = useMessages(followupMessages);
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  const [rows, setRows] = useState<readonly DayRow[]>(() => rowsOf(props.state, props.year));
  const [nextKey, setNextKey] = useState(1000);
  const parsed = rows.map((r) => dateOf(r.date));
  const valid = parsed.every((d) => d !== null);
  const change = (key: number, patch: Partial<DayRow>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <form
      className="fu-form"
      aria-label={t('calendar.saveYear', { year: String(props.year) })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        void recordAct({
          kind: 'calendar-year',
          table: {
            year: props.year,
            days: rows
              .map((r, i) => ({ date: parsed[i]!, work: r.work, name: r.name.trim() }))
              .sort((a, b) => a.date.localeCompare(b.date)),
          },
        });
      }}
    >
      {rows.length === 0 ? (
        <p className="muted">{t('calendar.empty')}</p>
      ) : (
        <DataTable
          className="fu-table fu-calendar"
          testId="calendar-rows"
          columns={[
            { header: t('col.date') },
            { header: t('col.kind') },
            { header: t('col.name') },
            { label: t('col.action') },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.key}>
              <td>
                <DateField
                  hideLabel
                  label={t('col.date')}
                  value={row.date}
                  onChange={(date) => change(row.key, { date })}
                />
              </td>
              <td>
                <select
                  aria-label={t('col.kind')}
                  value={row.work ? 'work' : 'off'}
                  onChange={(event) => change(row.key, { work: event.target.value === 'work' })}
                >
                  <option value="off">{t('calendar.holiday')}</option>
                  <option value="work">{t('calendar.workday')}</option>
                </select>
              </td>
              <td>
                <input
                  aria-label={t('col.name')}
                  value={row.name}
                  maxLength={40}
                  onChange={(event) => change(row.key, { name: event.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
                >
                  {t('calendar.remove')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ActError sent={(act) => act.kind === 'calendar-year'} />
      <div className="toolbar">
        <button
          type="button"
          onClick={() => {
            setRows([...rows, { key: nextKey, date: `${props.year}年`, work: false, name: '' }]);
            setNextKey(nextKey + 1);
          }}
        >
          {t('calendar.add')}
        </button>
        <span className="spacer" />
        <button
          type="submit"
          className="primary"
          disabled={busy || handler.trim() === '' || !valid}
        >
          {t('calendar.saveYear', { year: String(props.year) })}
        </button>
      </div>
    </form>
  );
}

export function CalendarTab(props: { readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const last = useMemo(lastLibraryYear, []);
  const [year, setYear] = useState(last + 1);
  const known = useMemo(() => libraryKnowsYear(year), [year]);
  return (
    <section aria-labelledby="calendar-title">
      <h3 id="calendar-title">{t('calendar.title')}</h3>
      <p className="muted small">{t('calendar.explain', { last: String(last) })}</p>
      {props.state.calendarYears.length > 0 && (
        <ul className="fu-years">
          {props.state.calendarYears.map((y) => (
            <li key={y.year}>
              {t('calendar.saved', { year: String(y.year), count: y.days.length })}
            </li>
          ))}
        </ul>
      )}
      <div className="fu-row">
        <label className="fu-field">
          <span>{t('calendar.year')}</span>
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
          />
        </label>
        <span className="muted small" data-testid="calendar-known">
          {t('calendar.known', { state: known ? t('calendar.knownYes') : t('calendar.knownNo') })}
        </span>
      </div>
      {year >= 2000 && year <= 2100 && <YearEditor key={year} state={props.state} year={year} />}
    </section>
  );
}
