/** Who is using the app: each role sees its own screens (screens.tsx says which). */
import type { MessageKey } from './i18n/messages-zh-cn';

export type Role = 'office' | 'expert' | 'leader' | 'chair';

export const roles: readonly Role[] = ['office', 'expert', 'leader', 'chair'];

export const roleLabel: Record<Role, MessageKey> = {
  office: 'role.office',
  expert: 'role.expert',
  leader: 'role.leader',
  chair: 'role.chair',
};
