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
import { ChoiceField } from './ChoiceField';
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
        <ChoiceField
          label={t('add.expert')}
          value={expertId}
          emptyLabel={t('add.choose')}
          options={experts.map((e) => ({
            value: e.id,
            label: `${e.name}（${e.id}，${seat(e.id, e.role)}）`,
          }))}
          onChange={setExpertId}
        />
        <ChoiceField
          label={t('add.application')}
          grow
          value={applicationId}
          emptyLabel={t('add.choose')}
          options={applications.map((a) => ({ value: a.id, label: applicationLabel(a) }))}
          onChange={setApplicationId}
        />
        <ChoiceField
          label={t('add.kind')}
          value={kind}
          options={ConflictKindSchema.options.map((k) => ({
            value: k,
            label: label(conflictKindLabels[k]),
          }))}
          onChange={(value) => setKind(ConflictKindSchema.parse(value))}
        />
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
