// @vitest-environment jsdom
/**
 * What a screen on the open package shows before its own content (the leader's 组内合议 and the
 * chair's screens share it): no package open, with the way to 解锁案卷; the load's error, offered
 * again; the load under way; then the content, given main's answer and the package.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { Locale } from '../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { OpenPackageScreen } from '../../../renderer/components/OpenPackageScreen';
import { errorFromRenderer } from '../../../renderer/ipc/shown-error';
import type { ShownError } from '../../../renderer/ipc/shown-error';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const opened = { packageId: 'p1', recipient: { name: '王组长' } } as unknown as DeskPackageView;
const words = { noPackage: '尚未打开案卷包。', unlock: '去解锁案卷', loading: '正在读取…' };

afterEach(() => {
  document.body.innerHTML = '';
});

interface Shown {
  readonly host: HTMLElement;
  readonly unlocked: number;
  readonly retried: number;
  readonly given: (readonly [string, DeskPackageView])[];
  click(name: string): void;
}

function shown(
  props: {
    readonly opened: DeskPackageView | null;
    readonly loaded: string | null;
    readonly loadError: ShownError | null;
  },
  locale: Locale = 'zh-CN',
): Shown {
  const host = document.createElement('div');
  document.body.append(host);
  const counts = { unlocked: 0, retried: 0 };
  const given: (readonly [string, DeskPackageView])[] = [];
  const root = createRoot(host);
  act(() => {
    root.render(
      createElement(
        LocaleContext,
        { value: locale },
        createElement(OpenPackageScreen<string>, {
          title: '组内合议',
          ...props,
          words,
          noPackage: { testId: 'deliberation-no-package', className: 'dl-no-package' },
          onUnlock: () => counts.unlocked++,
          onRetry: () => counts.retried++,
          children: (loaded: string, package_: DeskPackageView) => {
            given.push([loaded, package_]);
            return createElement('p', { 'data-testid': 'content' }, loaded);
          },
        }),
      ),
    );
  });
  return {
    host,
    get unlocked() {
      return counts.unlocked;
    },
    get retried() {
      return counts.retried;
    },
    given,
    click(name) {
      const button = Array.from(host.querySelectorAll('button')).find(
        (b) => b.textContent === name,
      );
      if (!button) throw new Error(`no button ${name}`);
      act(() => button.click());
    },
  };
}

const failed = errorFromRenderer('读取失败。');

describe('OpenPackageScreen', () => {
  it('asks for the package first, under the screen title, and goes to 解锁案卷', () => {
    const screen = shown({ opened: null, loaded: null, loadError: null });
    expect(screen.host.querySelector('h2')?.textContent).toBe('组内合议');
    const notice = screen.host.querySelector('[data-testid="deliberation-no-package"]');
    expect(notice?.className).toBe('notice dl-no-package');
    expect(notice?.querySelector('p')?.textContent).toBe('尚未打开案卷包。');
    screen.click('去解锁案卷');
    expect(screen.unlocked).toBe(1);
    expect(screen.given).toEqual([]);
  });

  it('asks for the package even when a load failed or an answer is left from before', () => {
    const screen = shown({ opened: null, loaded: 'old', loadError: failed });
    expect(screen.host.querySelector('[data-testid="deliberation-no-package"]')).not.toBeNull();
    expect(screen.host.querySelector('[role="alert"]')).toBeNull();
    expect(screen.given).toEqual([]);
  });

  it("shows the load's error and offers it again, in the UI's language", () => {
    const screen = shown({ opened, loaded: 'old', loadError: failed });
    const alert = screen.host.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('出错了：读取失败。 重试');
    screen.click('重试');
    expect(screen.retried).toBe(1);
    expect(screen.given).toEqual([]);
    const english = shown({ opened, loaded: null, loadError: failed }, 'en');
    english.click('Retry');
    expect(english.retried).toBe(1);
  });

  it('waits while main is asked', () => {
    const screen = shown({ opened, loaded: null, loadError: null });
    expect(screen.host.querySelector('p.muted')?.textContent).toBe('正在读取…');
    expect(screen.host.querySelector('[data-testid="deliberation-no-package"]')).toBeNull();
    expect(screen.given).toEqual([]);
  });

  it("then shows the screen's content, given main's answer and the package", () => {
    const screen = shown({ opened, loaded: 'answer', loadError: null });
    expect(screen.host.querySelector('[data-testid="content"]')?.textContent).toBe('answer');
    expect(screen.given.at(-1)).toEqual(['answer', opened]);
  });
});
