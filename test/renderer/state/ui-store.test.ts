import { beforeEach, describe, expect, it } from 'vitest';
import { navigationByRole } from '../../../renderer/app/navigation';
import { getEmptyUiState, selectCurrentScreen, useUiStore } from '../../../renderer/state/ui-store';

beforeEach(() => useUiStore.setState(getEmptyUiState()));

describe('ui store', () => {
  it('starts in Chinese, as the office, on intake', () => {
    const state = useUiStore.getState();
    expect(state.locale).toBe('zh-CN');
    expect(state.role).toBe('office');
    expect(selectCurrentScreen(state)).toBe('intake');
  });

  it('remembers the open screen of each role separately', () => {
    const { openScreen, setRole } = useUiStore.getState();
    openScreen('units');
    setRole('expert');
    expect(selectCurrentScreen(useUiStore.getState())).toBe(navigationByRole.expert[0]);
    setRole('office');
    expect(selectCurrentScreen(useUiStore.getState())).toBe('units');
  });

  it('refuses a screen that is not in the current role', () => {
    useUiStore.getState().setRole('expert');
    useUiStore.getState().openScreen('sealing');
    expect(selectCurrentScreen(useUiStore.getState())).toBe(navigationByRole.expert[0]);
  });

  it('gives every role a non-empty navigation without repeats', () => {
    for (const screens of Object.values(navigationByRole)) {
      expect(screens.length).toBeGreaterThan(0);
      expect(new Set(screens).size).toBe(screens.length);
    }
  });
});
