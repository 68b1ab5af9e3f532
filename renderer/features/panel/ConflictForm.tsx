import { useState } from 'react';
import {
  ConflictKindSchema,
  conflictKindLabels,
  type ConflictKind,
} from '../../../shared/domain/conflict';
import { expertRoleLabels } from '../../../shared/domain/expert';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { applicationLabel } from './panel-rules';
import { panelMessages } from './panel-messages';

/**
 * 登记回避 for any registered expert: chair, vice-chair and leaders are listed like members,
 * because a conflict keeps an application out of their packages just the same.
 */
export function ConflictForm(props: { readonly overview: OfficeOverview }) {
  const t = useMessages(panelMessages);
  const label = useBilingualLabel();
  const busy = useOfficeStore(selectIsBusy);
  const [expertId, setExpertId] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [kind, setKind] = useState<ConflictKind>('same-organisation');
  const [reason, setReason] = useState('');
  const { experts, applications, committee } = props.overview.record;
  const needsReason = kind === 'other' && reason.trim() === '';
  const seat = (id: string, role: keyof typeof expertRoleLabels) => {
    if (committee.chairId === id) return label(expertRoleLabels.chair);
    if (committee.viceChairId === id) return label(expertRoleLabels['vice-chair']);
    return label(expertRoleLabels[role]);
  };

  const submit = async () => {
    const ok = await changeOffice('addConflict', {
      expertId,
      applicationId,
      kind,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (ok) {
      setReason('');
      setApplicationId('');
    }
  };

  return (
    <form
      className="panel-card"
      aria-labelledby="add-conflict-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="panel-card-head">
        <h3 id="add-conflict-title">{t('add.title')}</h3>
        <span className="muted small">{t('add.hint')}</span>
      </div>
      <div className="panel-fields">
        <label className="panel-field">
          {t('add.expert')}
          <select value={expertId} onChange={(event) => setExpertId(event.target.value)}>
            <option value="">{t('add.choose')}</option>
            {experts.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}（{e.id}，{seat(e.id, e.role)}）
              </option>
            ))}
          </select>
        </label>
        <label className="panel-field panel-grow">
          {t('add.application')}
          <select value={applicationId} onChange={(event) => setApplicationId(event.target.value)}>
            <option value="">{t('add.choose')}</option>
            {applications.map((a) => (
              <option key={a.id} value={a.id}>
                {applicationLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="panel-field">
          {t('add.kind')}
          <select
            value={kind}
            onChange={(event) => setKind(ConflictKindSchema.parse(event.target.value))}
          >
            {ConflictKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {label(conflictKindLabels[k])}
              </option>
            ))}
          </select>
        </label>
        <label className="panel-field panel-grow">
          {t('add.reason')}
          <input
            value={reason}
            maxLength={500}
            aria-invalid={needsReason}
            placeholder={kind === 'other' ? t('add.reasonRequired') : t('add.reasonOptional')}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="primary panel-field-button"
          disabled={!expertId || !applicationId || needsReason || busy}
        >
          {t('add.submit')}
        </button>
      </div>
    </form>
  );
}
