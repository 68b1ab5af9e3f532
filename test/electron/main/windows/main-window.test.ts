import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../fake-electron';
import type { FakeElectron } from '../fake-electron';

let fake: FakeElectron;

beforeEach(() => {
  vi.resetModules();
  fake = createFakeElectron({ paths: {} });
  vi.doMock('electron', () => fake.electron);
});

async function load() {
  return import('../../../../electron/main/windows/main-window');
}

const OPTIONS = { preloadPath: '/app/preload.cjs', partition: 'qbr-workspace', isPackaged: true };

describe('mainWindowOptions', () => {
  it('sizes and names the window', async () => {
    const { mainWindowOptions } = await load();
    expect(mainWindowOptions(OPTIONS)).toMatchObject({
      title: '质量标杆评审',
      width: 1366,
      height: 768,
      minWidth: 1024,
      minHeight: 600,
    });
  });

  it('uses the one secure webPreferences', async () => {
    const { mainWindowOptions } = await load();
    const { secureWebPreferences } =
      await import('../../../../electron/main/security/web-preferences');
    expect(mainWindowOptions(OPTIONS).webPreferences).toEqual(
      secureWebPreferences(OPTIONS.preloadPath, OPTIONS.partition, { isPackaged: true }),
    );
  });
});

describe('createMainWindow', () => {
  it('protects the content, keeps the title and loads our index', async () => {
    const { createMainWindow } = await load();
    await createMainWindow(OPTIONS);
    const [window] = fake.windows;
    expect(window?.contentProtection).toBe(true);
    expect(window?.loadedUrl).toBe('app://bundle/index.html');
    expect(window?.show).toHaveBeenCalled();
    const event = { preventDefault: vi.fn() };
    window?.emit('page-title-updated', event, 'Applicant X');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
