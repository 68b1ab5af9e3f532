import { describe, expect, it } from 'vitest';
import {
  assertInMemoryPartition,
  secureWebPreferences,
} from '../../../../electron/main/security/web-preferences';

const PRELOAD = '/opt/app/dist/electron/preload.cjs';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences(PRELOAD, 'qbr-workspace', { isPackaged: true });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['plugins', false],
    ['enableWebSQL', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['devTools', false],
  ] as const)('sets %s to %s', (flag, value) => {
    expect(preferences[flag]).toBe(value);
  });

  it('enables no Blink feature and passes no extra arguments to the renderer', () => {
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
  });

  it('uses the given preload and in-memory partition, and no session object', () => {
    expect(preferences.preload).toBe(PRELOAD);
    expect(preferences.partition).toBe('qbr-workspace');
    expect(preferences.partition?.startsWith('persist:')).toBe(false);
    expect(preferences).not.toHaveProperty('session');
  });

  it('allows DevTools in unpackaged builds only', () => {
    expect(secureWebPreferences(PRELOAD, 'p', { isPackaged: false }).devTools).toBe(true);
  });

  it('refuses a persistent or empty partition', () => {
    expect(() => secureWebPreferences(PRELOAD, 'persist:qbr', { isPackaged: true })).toThrow(
      /in-memory/,
    );
    expect(() => assertInMemoryPartition('')).toThrow(/in-memory/);
  });

  it('hands out a fresh object each time', () => {
    const again = secureWebPreferences(PRELOAD, 'qbr-workspace', { isPackaged: true });
    expect(again).toEqual(preferences);
    expect(again).not.toBe(preferences);
  });
});
