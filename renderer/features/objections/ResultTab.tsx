import { useState } from 'react';
import { formatChineseDate } from '../../../shared/office/followup/chinese-date-text';
import { proposedFinalList } from '../../../shared/office/followup/followup-rules';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { useMessages } from '../../app/i18n/use-messages';
import { ActError } from './ActError';
import { ApplicationListTable } from './ApplicationListTable';
import { DateField, dateOf } from './DateField';
import { followupMessages } from './followup-messages';
import { recordAct, useFollowUpStore } from '../../state/followup-actions';
import { todayText } from './followup-view';

/** 经中国质量协会批准, then 结果公告 (Article 22). */
export function ResultTab(props: { readonly record: OfficeRecord; readonly state: FollowUpState }) {
  const t = useMessages(followupMessages);
  const busy = useFollowUpStore((s) => s.busy);
  const handler = useFollowUpStore((s) => s.handler);
  const canRecord = !busy && handler.trim() !== '';
  const { record, state } = props;
  const [approvedOn, setApprovedOn] = useState(todayText);
  const [reference, setReference] = useState('');
  const [notes, setNotes] = useState('');
  const [publishedOn, setPublishedOn] = useState(todayText);
  const approvedDate = dateOf(approvedOn);
  const publishedDate = dateOf(publishedOn);
  const proposed = proposedFinalList(state);

  return (
    <>
      <section aria-labelledby="approval-title" className="fu-form">
        <h3 id="approval-title">{t('result.approvalTitle')}</h3>
        {state.approval ? (
          <p data-testid="approval-recorded">
            {t('result.approved', {
              date: formatChineseDate(state.approval.approvedOn),
              reference: state.approval.reference ? `（${state.approval.reference}）` : '',
            })}
          </p>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (approvedDate === null) return;
              void recordAct({ kind: 'approval', approvedOn: approvedDate, reference, notes });
            }}
          >
            <div className="fu-row">
              <DateField
                label={t('result.approvedOn')}
                value={approvedOn}
                onChange={setApprovedOn}
              />
              <label className="fu-field">
                <span>{t('result.reference')}</span>
                <input
                  value={reference}
                  autoComplete="off"
                  onChange={(event) => setReference(event.target.value)}
                />
              </label>
              <label className="fu-field fu-wide">
                <span>{t('result.notes')}</span>
                <input
                  value={notes}
                  autoComplete="off"
                  onChange={(event) => setNotes(event.target.value)}
                />
              </label>
              <button type="submit" disabled={!canRecord || approvedDate === null}>
                {t('result.approve')}
              </button>
            </div>
            <ActError sent={(act) => act.kind === 'approval'} />
          </form>
        )}
      </section>
      <section aria-labelledby="final-title" className="fu-form">
        <h3 id="final-title">{t('result.finalTitle')}</h3>
        {state.finalList ? (
          <>
            <p data-testid="final-recorded">
              {t('result.published', {
                date: formatChineseDate(state.finalList.publishedOn),
                count: state.finalList.applicationIds.length,
              })}
            </p>
            <ApplicationListTable
              testId="final-table"
              record={record}
              ids={state.finalList.applicationIds}
            />
          </>
        ) : (
          <>
            <p className="muted small">
              {state.approval ? t('result.finalExplain') : t('result.needApproval')}
            </p>
            {state.notice && (
              <ApplicationListTable testId="final-table" record={record} ids={proposed} />
            )}
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (publishedDate === null) return;
                void recordAct({
                  kind: 'final-list',
                  applicationIds: proposed,
                  publishedOn: publishedDate,
                  channels: '中国质量协会网站、工信部网站、全国质量标杆微信公众号',
                });
              }}
            >
              <div className="fu-row">
                <DateField
                  label={t('result.publishedOn')}
                  value={publishedOn}
                  onChange={setPublishedOn}
                />
                <button
                  type="submit"
                  className="primary"
                  disabled={
                    !canRecord || publishedDate === null || !state.approval || proposed.length === 0
                  }
                >
                  {t('result.publish')}
                </button>
              </div>
              <ActError sent={(act) => act.kind === 'final-list'} />
            </form>
          </>
        )}
      </section>
    </>
  );
}
