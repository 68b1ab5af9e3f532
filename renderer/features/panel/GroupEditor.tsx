import { useState } from 'react';
import type { OfficeExpert } from '../../../shared/office/expert-card';
import {
  groupExpertIds as officeGroupExpertIds,
  type Group as OfficeGroup,
} from '../../../shared/domain/group';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { ExpertSelect } from './CommitteeForm';
import { panelMessages } from './panel-messages';

/** Creates or edits one group: its name, its leader and its members. */
export function GroupEditor(props: {
  readonly group: OfficeGroup;
  readonly isNew: boolean;
  readonly groups: readonly OfficeGroup[];
  readonly experts: readonly OfficeExpert[];
  readonly onClose: () => void;
}) {
  const t = useMessages(panelMessages);
  const busy = useOfficeStore(selectIsBusy);
  const [name, setName] = useState(props.group.name);
  const [leaderId, setLeaderId] = useState(props.group.leaderId);
  const [memberIds, setMemberIds] = useState<readonly string[]>(props.group.memberIds);
  // Someone seated in another group cannot join this one (setGroup refuses it).
  const otherGroupOf = (expertId: string) =>
    props.groups.find((g) => g.id !== props.group.id && officeGroupExpertIds(g).includes(expertId));

  const chooseLeader = (id: string | undefined) => {
    setLeaderId(id);
    setMemberIds((ids) => ids.filter((m) => m !== id));
  };
  const toggle = (id: string, on: boolean) =>
    setMemberIds((ids) => (on ? [...ids, id] : ids.filter((m) => m !== id)));

  const save = async () => {
    const ok = await changeOffice('setGroup', {
      id: props.group.id,
      name: name.trim(),
      ...(leaderId ? { leaderId } : {}),
      memberIds: [...memberIds],
    });
    if (ok) props.onClose();
  };

  const leaderChoices = props.experts.filter((e) => !otherGroupOf(e.id));
  return (
    <form
      className="panel-card panel-group-editor"
      aria-label={props.isNew ? t('groups.creating') : t('groups.editing', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>
        {props.isNew ? t('groups.creating') : t('groups.editing', { name: props.group.name })}
      </h3>
      <div className="panel-fields">
        <label className="panel-field">
          {t('groups.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <ExpertSelect
          label={t('groups.leader')}
          experts={leaderChoices}
          value={leaderId}
          noneLabel={t('groups.noLeader')}
          onChange={chooseLeader}
        />
      </div>
      <fieldset className="panel-members">
        <legend>{t('groups.members')}</legend>
        {props.experts
          .filter((e) => e.id !== leaderId)
          .map((expert) => {
            const other = otherGroupOf(expert.id);
            return (
              <label key={expert.id} className={other ? 'panel-member muted' : 'panel-member'}>
                <input
                  type="checkbox"
                  disabled={other !== undefined}
                  checked={memberIds.includes(expert.id)}
                  onChange={(event) => toggle(expert.id, event.target.checked)}
                />
                {expert.name}（{expert.id}）
                {other && (
                  <span className="small">{t('groups.inOther', { group: other.name })}</span>
                )}
              </label>
            );
          })}
      </fieldset>
      <div className="toolbar">
        <span className="spacer" />
        <button type="button" onClick={props.onClose}>
          {t('groups.cancel')}
        </button>
        <button type="submit" className="primary" disabled={name.trim() === '' || busy}>
          {t('groups.save')}
        </button>
      </div>
    </form>
  );
}
