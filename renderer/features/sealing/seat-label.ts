/**
 * A seat as the 封装分发 recipients table says it: the committee's seats by their label alone,
 * a group's seat with the group's name before it. In Chinese the two read as one word (第一专业组组长);
 * in English a Chinese group name glued to an English role does not ("第一专业组Group leader"), so
 * they are set apart with " · ", as the package summary sets a seat's group apart. Pure.
 */
import { expertRoleLabels } from '../../../shared/domain/expert';
import type { ExpertRole } from '../../../shared/domain/expert';
import type { Locale } from '../../app/i18n/locale';
import { bilingualLabel } from '../../app/i18n/use-bilingual-label';

export function seatLabel(role: ExpertRole, groupName: string | null, locale: Locale): string {
  const roleLabel = bilingualLabel(expertRoleLabels[role], locale);
  if (groupName === null) return roleLabel;
  return locale === 'en' ? `${groupName} · ${roleLabel}` : `${groupName}${roleLabel}`;
}
