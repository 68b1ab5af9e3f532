import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { wireErrorOf } from '../../../shared/errors/wire-error';
import type { Locale } from '../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { ErrorNotice } from '../../../renderer/components/ErrorNotice';
import { errorFromMain, errorFromRenderer } from '../../../renderer/ipc/shown-error';

const notThisOffice = errorFromMain(wireErrorOf({ code: 'not-this-office', params: {} }));
const noop = () => undefined;

function html(element: ReactElement, locale: Locale = 'zh-CN'): string {
  return renderToStaticMarkup(createElement(LocaleContext, { value: locale }, element));
}

describe('ErrorNotice', () => {
  it('shows an error as one red notice that is announced', () => {
    expect(html(createElement(ErrorNotice, { error: notThisOffice }))).toBe(
      '<div class="notice notice-error" role="alert">此案卷不属于该办公室身份。</div>',
    );
  });

  it("follows the UI's language", () => {
    expect(html(createElement(ErrorNotice, { error: notThisOffice }), 'en')).toBe(
      '<div class="notice notice-error" role="alert">This workspace belongs to another office identity.</div>',
    );
  });

  it("keeps the screen's classes and test id", () => {
    const markup = html(
      createElement(ErrorNotice, {
        error: errorFromRenderer('所选文件过大，不是身份卡。'),
        className: 'panel-error',
        testId: 'card-problem',
      }),
    );
    expect(markup).toBe(
      '<div class="notice notice-error panel-error" role="alert" data-testid="card-problem">所选文件过大，不是身份卡。</div>',
    );
  });

  it('offers to dismiss by a word, or by a symbol named for readers of the screen', () => {
    const word = html(
      createElement(ErrorNotice, {
        error: notThisOffice,
        dismiss: { onDismiss: noop, label: '关闭' },
      }),
    );
    expect(word).toContain('<span>此案卷不属于该办公室身份。</span>');
    expect(word).toContain('<button type="button" class="link">关闭</button>');
    const symbol = html(
      createElement(ErrorNotice, {
        error: notThisOffice,
        dismiss: { onDismiss: noop, label: '关闭提示', symbol: '×' },
      }),
    );
    expect(symbol).toContain('<button type="button" class="link" aria-label="关闭提示">×</button>');
  });

  it('offers a failed load again under a heading', () => {
    expect(html(createElement(ErrorNotice, { error: notThisOffice, onRetry: noop }), 'en')).toBe(
      '<div class="notice notice-error" role="alert"><strong>Something went wrong</strong>：This workspace belongs to another office identity. <button type="button">Retry</button></div>',
    );
  });
});
