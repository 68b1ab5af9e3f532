import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { endOfDayInBeijing } from '../../../shared/office/office-record-intake';
import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { DraftInput } from '../../components/DraftInput';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { formalCheckMessages } from './formal-check-messages';
import { beijingDate, noticeDeadlineDate } from './formal-check-view';

/** '2026-06-25' as 6月25日 or June 25, with the year when asked. */
function longDate(date: string, locale: string, withYear = false): string {
  const format = new Intl.DateTimeFormat(locale, {
    ...(withYear ? { year: 'numeric' } : {}),
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The date input keeps its draft until it loses focus: typing a year fires a change per digit. */
function DeadlineInput(props: { readonly saved: string; readonly year: number }) {
  const t = useMessages(formalCheckMessages);
  const busy = useOfficeStore(selectIsBusy);
  const save = (date: string) => {
    if (date === props.saved) return;
    void changeOffice('setDeadline', { deadline: date ? endOfDayInBeijing(date) : null });
  };
  const notice = noticeDeadlineDate(props.year);
  const locale = useLocale();
  return (
    <>
      <label className="inline-field">
        <strong>{t('deadline')}</strong>
        <DraftInput
          type="date"
          saved={props.saved}
          disabled={busy}
          onCommit={save}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save(event.currentTarget.value);
          }}
        />
      </label>
      {props.saved ? (
        // The date input shows the system's format; this line shows the date in the UI's language.
        <span className="muted small">
          {t('deadlineHint', { date: longDate(props.saved, locale, true) })}
        </span>
      ) : (
        <>
          <span className="badge badge-warning">{t('deadlineUnset')}</span>
          <button type="button" disabled={busy} onClick={() => save(notice)}>
            {t('deadlineUseNotice', { date: longDate(notice, locale) })}
          </button>
        </>
      )}
    </>
  );
}

/** 申报截止日期 and the counts of the whole year. */
export function FormalCheckToolbar(props: { readonly overview: OfficeOverview }) {
  const t = useMessages(formalCheckMessages);
  const { overview } = props;
  const saved = overview.record.deadline ? beijingDate(overview.record.deadline) : '';
  const count = (state: string) => overview.formalChecks.filter((c) => c.overall === state).length;
  return (
    <div className="toolbar fc-toolbar">
      <DeadlineInput key={saved} saved={saved} year={overview.record.year} />
      <span className="spacer" />
      <span className="fc-counts" data-testid="fc-counts">
        {t('counts', {
          total: overview.formalChecks.length,
          pass: count('pass'),
          fail: count('fail'),
          pending: count('pending'),
        })}
      </span>
    </div>
  );
}
