import { useMessages } from '../../app/i18n/use-messages';
import type { IdentityRoleValue } from '../../../shared/identity/identity-views';
import { PANEL_ROLES } from './create-draft';
import { identityMessages } from './identity-messages';

export function RoleSelect(props: {
  readonly value: IdentityRoleValue;
  readonly onChange: (role: IdentityRoleValue) => void;
}) {
  const t = useMessages(identityMessages);
  return (
    <label>
      {t('create.role')}
      <select
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as IdentityRoleValue)}
      >
        {PANEL_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
