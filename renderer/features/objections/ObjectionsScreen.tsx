import { useState } from 'react';
import { followUpState, undecidedObjections } from '../../../shared/office/followup/followup-state';
import { useMessages } from '../../app/i18n/use-messages';
import { OfficeStatusLine } from '../../components/OfficeStatusLine';
import { Screen } from '../../components/Screen';
import { selectOverview, useOfficeStore } from '../../state/office-store';
import { ActsLog } from './ActsLog';
import { ExportRecord } from './ExportRecord';
import { CalendarTab } from './CalendarTab';
import { ConsultationTab } from './ConsultationTab';
import { followupMessages } from './followup-messages';
import { clearFollowUpError, setHandler, useFollowUpStore } from '../../state/followup-actions';
import { NoticeTab } from './NoticeTab';
import { ObjectionsTab } from './ObjectionsTab';
import { ResultTab } from './ResultTab';
import { ResultsTab } from './ResultsTab';

const tabs = [
  'results',
  'notice',
  'objections',
  'consultation',
  'result',
  'calendar',
  'log',
] as const;
type Tab = (typeof tabs)[number];

/**
 * 公示与异议 (Articles 20–22): the consultation and on-site checks, the notice list and its
 * period, objections through to the committee's re-review, the association's approval and the
 * final list, the working-day calendar, and the record of every act with who and when.
 */
export function ObjectionsScreen() {
  const t = useMessages(followupMessages);
  const overview = useOfficeStore(selectOverview);
  const handler = useFollowUpStore((s) => s.handler);
  const [tab, setTab] = useState<Tab>('results');
  if (!overview) return null;
  const c = overview.record;
  const state = followUpState(c.followUp);
  const steps = [
    { id: 'consultation', done: state.consultation !== null },
    { id: 'notice', done: state.notice !== null },
    {
      id: 'objections',
      done:
        state.approval !== null ||
        (state.notice !== null &&
          state.objections.length > 0 &&
          undecidedObjections(state).length === 0),
    },
    { id: 'approval', done: state.approval !== null },
    { id: 'final', done: state.finalList !== null },
  ] as const;

  return (
    <Screen
      title={t('title')}
      header={
        <div className="segmented fu-tabs" role="tablist" aria-label={t('tabs')}>
          {tabs.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`fu-tab-${id}`}
              aria-selected={tab === id}
              aria-controls="fu-tabpanel"
              className={tab === id ? 'active' : undefined}
              onClick={() => {
                setTab(id);
                clearFollowUpError();
              }}
            >
              {t(`tab.${id}`)}
              {id === 'objections' && state.objections.length > 0 && (
                <span className="panel-tab-count">{state.objections.length}</span>
              )}
            </button>
          ))}
        </div>
      }
    >
      <OfficeStatusLine />
      <div className="fu-bar">
        <label className="fu-handler">
          <span>{t('handler')}</span>
          <input
            value={handler}
            maxLength={50}
            autoComplete="off"
            placeholder={t('handlerPlaceholder')}
            aria-invalid={handler.trim() === ''}
            onChange={(event) => setHandler(event.target.value)}
          />
        </label>
        <span className="muted small">
          {handler.trim() === '' ? t('handlerMissing') : t('handlerHint')}
        </span>
        <span className="spacer" />
        <ol className="fu-steps" aria-label={t('tabs')}>
          {steps.map((step) => (
            <li key={step.id} className={step.done ? 'fu-step-done' : undefined}>
              {t(`step.${step.id}`)}
              <span className="visually-hidden">{step.done ? t('step.done') : t('step.open')}</span>
            </li>
          ))}
        </ol>
      </div>
      <div id="fu-tabpanel" role="tabpanel" aria-labelledby={`fu-tab-${tab}`}>
        {tab === 'results' && <ResultsTab record={c} state={state} />}
        {tab === 'notice' && <NoticeTab record={c} state={state} />}
        {tab === 'objections' && <ObjectionsTab record={c} state={state} />}
        {tab === 'consultation' && <ConsultationTab record={c} state={state} />}
        {tab === 'result' && <ResultTab record={c} state={state} />}
        {tab === 'calendar' && <CalendarTab state={state} />}
        {tab === 'log' && (
          <>
            <ExportRecord />
            <ActsLog record={c} state={state} />
          </>
        )}
      </div>
    </Screen>
  );
}
