/**
 * The chair's screens before any package is open: the screen's own title over the notice that
 * sends the chair to 解锁案卷, in the UI's language (the stores as a fresh window holds them: the
 * server renderer reads their initial state).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../../renderer/app/i18n/locale-context';
import { CommitteeFrame } from '../../../../renderer/features/committee/CommitteeFrame';

function frame(title: 'summary.title' | 'lists.title' | 'objection.title', locale: Locale) {
  return renderToStaticMarkup(
    createElement(
      LocaleContext,
      { value: locale },
      createElement(CommitteeFrame, {
        title,
        onUnlock: () => undefined,
        children: () => createElement('p', { 'data-testid': 'committee-content' }),
      }),
    ),
  );
}

describe('CommitteeFrame', () => {
  it('asks for the package first, under each screen title', () => {
    for (const [title, heading] of [
      ['summary.title', '汇总排名'],
      ['lists.title', '名单管理'],
      ['objection.title', '异议复审'],
    ] as const) {
      const markup = frame(title, 'zh-CN');
      expect(markup).toContain(`<h2 id="screen-title">${heading}</h2>`);
      expect(markup).toContain('<div class="notice cm-stop" data-testid="committee-no-package">');
      expect(markup).toContain('再导入各专业组的合议包。');
      expect(markup).toContain('<button type="button" class="primary">去解锁案卷</button>');
      expect(markup).not.toContain('committee-content');
    }
  });

  it('says it in English too', () => {
    const markup = frame('summary.title', 'en');
    expect(markup).toContain('data-testid="committee-no-package"');
    expect(markup).toContain('<button type="button" class="primary">Go to Unlock</button>');
  });
});
