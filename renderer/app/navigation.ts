/** What each role sees in the sidebar, read off the screen registry in its order. */
import type { MessageKey } from './i18n/messages-zh-cn';
import type { Role } from './roles';
import { screenRegistry } from './screens';
import type { ScreenId } from './screens';

export { roleLabel, roles } from './roles';
export type { Role } from './roles';
export type { ScreenId } from './screens';

function screensOf(role: Role): readonly ScreenId[] {
  return screenRegistry
    .filter((entry) => (entry.roles as readonly Role[]).includes(role))
    .map((entry) => entry.id);
}

export const navigationByRole: Readonly<Record<Role, readonly ScreenId[]>> = {
  office: screensOf('office'),
  expert: screensOf('expert'),
  leader: screensOf('leader'),
  chair: screensOf('chair'),
};

export const screenLabel = Object.fromEntries(
  screenRegistry.map((entry) => [entry.id, entry.label]),
) as Readonly<Record<ScreenId, MessageKey>>;
