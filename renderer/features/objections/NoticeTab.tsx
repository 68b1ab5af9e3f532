import { useMemo, useState } from 'react';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import { addDays, beijingDateOf } from '../../../shared/office/followup/iso-date';
import { noticePeriod } from '../../../shared/office/followup/working-days';
import type { DayStatus } from '../../../shared/office/followup/working-days';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { useMessages } from '../../app/i18n/use-messages';
import { Checkbox } from '../../components/Checkbox';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ActError } from './ActError';
import { ApplicationListTable } from './ApplicationListTable';
import { DateField, dateOf } from './DateField';
import { followupMessages } from './followup-messages';
import { OfficeReports } from './OfficeReports';
import { recordAct, useFollowUpStore } from '../../state/followup-actions';
import { shownRuleError, todayText } from './followup-view';

/** Holidays skipped, consecutive days of one festival as one range: 2026年10月1日—10月7日（国庆节）. */
function holidayRanges(skipped: readonly DayStatus[]): string {
  const ranges: { from: string; to: string; name: string }[] = [];
  for (const day of skipped) {
    if (day.name === null) continue;
    const last = ranges.at(-1);
    if (last && last.name === day.name && addDays(last.to, 1) === day.date) last.to = day.date;
    else ranges.push({ from: day.date, to: day.date, name: day.name });
  }
  return ranges
    .map(({ from, to, name }) => {
      const end = from === to ? '' : `—${formatChineseDate(to).replace(/^\d+年/, '')}`;
      return `${formatChineseDate(from)}${end}（${name}）`;
    })
    .join('、');
}

function NoticeForm(props: { readonly record: OfficeRecord; readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const { record, state } = props;
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  const rounds = record.rounds;
  // The latest round (the defense round once there is one): its applications are the 初评名单.
  const [roundId, setRoundId] = useState(rounds.at(-1)?.round.id ?? '');
  const round = rounds.find((r) => r.round.id === roundId);
  // The round's 初评名单 when its result bundle was imported, else all its applications.
  const listOf = (id: string | undefined) =>
    new Set(
      (id === undefined ? undefined : state.results[id]?.applicationIds) ??
        rounds.find((r) => r.round.id === id)?.applicationIds ??
        [],
    );
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => listOf(rounds.at(-1)?.round.id));
  const [start, setStart] = useState(todayText);
  const [firstDayCounts, setFirstDayCounts] = useState(true);
  const [channels, setChannels] = useState(t('notice.channelsDefault'));
  const startDate = dateOf(start);
  const preview = useMemo(() => {
    if (startDate === null) return null;
    try {
      return {
        period: noticePeriod(startDate, state.calendarYears, { workingDays: 10, firstDayCounts }),
      };
    } catch (error) {
      return { error: shownRuleError(error) };
    }
  }, [startDate, state.calendarYears, firstDayCounts]);
  if (!round) return <p className="notice">{t('notice.noApplications')}</p>;
  const ids = round.applicationIds.filter((id) => picked.has(id));

  return (
    <form
      className="fu-form"
      aria-labelledby="notice-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (startDate === null) return;
        void recordAct({
          kind: 'notice-published',
          applicationIds: ids,
          start: startDate,
          firstDayCounts,
          channels,
        });
      }}
    >
      <h3 id="notice-form-title">{t('notice.formTitle')}</h3>
      <p className="muted small">{t('notice.explain')}</p>
      <div className="fu-row">
        <label className="fu-field">
          <span>{t('notice.round')}</span>
          <select
            value={roundId}
            onChange={(event) => {
              setRoundId(event.target.value);
              setPicked(listOf(event.target.value));
            }}
          >
            {rounds.map((r) => (
              <option key={r.round.id} value={r.round.id}>
                {r.round.name}
              </option>
            ))}
          </select>
        </label>
        <DateField label={t('notice.start')} value={start} onChange={setStart} />
        <label className="fu-field fu-wide">
          <span>{t('notice.channels')}</span>
          <input value={channels} onChange={(event) => setChannels(event.target.value)} />
        </label>
      </div>
      <label className="fu-check">
        <Checkbox checked={firstDayCounts} onChange={setFirstDayCounts} />
        {t('notice.firstDay')}
      </label>
      {preview && 'period' in preview && preview.period && (
        <div className="fu-preview" data-testid="notice-preview">
          <strong>
            {t('notice.preview', {
              start: formatChineseDate(preview.period.start),
              end: formatChineseDate(preview.period.lastDay),
            })}
          </strong>
          {preview.period.skipped.some((d) => d.name !== null) && (
            <span className="muted small">
              {t('notice.skipped', {
                days: holidayRanges(preview.period.skipped),
              })}
            </span>
          )}
        </div>
      )}
      {preview && 'error' in preview && preview.error && <ErrorNotice error={preview.error} />}
      <ApplicationListTable
        testId="notice-table"
        record={record}
        ids={round.applicationIds}
        picked={picked}
        onPick={(id, on) => {
          const next = new Set(picked);
          if (on) next.add(id);
          else next.delete(id);
          setPicked(next);
        }}
      />
      <ActError sent={(act) => act.kind === 'notice-published'} />
      <div className="toolbar">
        <span className="spacer" />
        <button
          type="submit"
          className="primary"
          disabled={
            busy || handler.trim() === '' || ids.length === 0 || !preview || 'error' in preview
          }
        >
          {t('notice.publish')}
        </button>
      </div>
    </form>
  );
}

export function NoticeTab(props: { readonly record: OfficeRecord; readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const { notice } = props.state;
  if (!notice) return <NoticeForm record={props.record} state={props.state} />;
  const today = beijingDateOf(new Date());
  const ended = today > notice.lastDay;
  return (
    <section aria-labelledby="notice-title">
      <h3 id="notice-title">
        {t('notice.published', {
          count: notice.applicationIds.length,
          start: formatChineseDate(notice.start),
          end: formatChineseDate(notice.lastDay),
        })}
      </h3>
      <p className="muted small" data-testid="notice-state">
        {ended
          ? t('notice.ended', { end: formatChineseDate(notice.lastDay) })
          : t('notice.running')}
        {' · '}
        {notice.channels}
      </p>
      <ApplicationListTable
        testId="notice-table"
        record={props.record}
        ids={notice.applicationIds}
      />
      <OfficeReports record={props.record} state={props.state} kind="public-notice" />
    </section>
  );
}
