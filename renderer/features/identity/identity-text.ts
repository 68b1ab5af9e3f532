/** Words the identity screens share: a role's name, a card's date. */
import { formatDate } from '../../app/i18n/locale';
import type { Locale } from '../../app/i18n/locale';
import type { IdentityRoleValue } from '../../../shared/identity/identity-views';

export type RoleKey = `role.${IdentityRoleValue}`;

export function roleKey(role: IdentityRoleValue): RoleKey {
  return `role.${role}`;
}

/** The day a card was made, in the reader's language; the ISO text if it is not a date. */
export function createdOn(locale: Locale, createdAt: string): string {
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? createdAt : formatDate(locale, date);
}
