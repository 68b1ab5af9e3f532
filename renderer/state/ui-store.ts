/** Shell state: language, acting role, and the screen open for each role. Never persisted. */
import type { Role, ScreenId } from '../app/navigation';
import { navigationByRole } from '../app/navigation';
import type { Locale } from '../app/i18n/locale';
import { createStore } from './create-store';

// ---- State

export interface UiState {
  readonly locale: Locale;
  readonly role: Role;
  readonly screenByRole: Readonly<Record<Role, ScreenId>>;
}

export function getEmptyUiState(): UiState {
  return {
    locale: 'zh-CN',
    role: 'office',
    screenByRole: {
      office: navigationByRole.office[0]!,
      expert: navigationByRole.expert[0]!,
      leader: navigationByRole.leader[0]!,
      chair: navigationByRole.chair[0]!,
    },
  };
}

// ---- Actions

interface UiActions {
  setLocale(locale: Locale): void;
  setRole(role: Role): void;
  /** Opens a screen of the acting role; a screen the role does not see is refused. */
  openScreen(screen: ScreenId): void;
}

export const useUiStore = createStore<UiState & UiActions>((set) => ({
  ...getEmptyUiState(),
  setLocale: (locale) => set({ locale }),
  setRole: (role) => set({ role }),
  openScreen: (screen) =>
    set((state) =>
      navigationByRole[state.role].includes(screen)
        ? { screenByRole: { ...state.screenByRole, [state.role]: screen } }
        : state,
    ),
}));

// ---- Selectors

export const selectLocale = (state: UiState): Locale => state.locale;
export const selectRole = (state: UiState): Role => state.role;
export const selectCurrentScreen = (state: UiState): ScreenId => state.screenByRole[state.role];
