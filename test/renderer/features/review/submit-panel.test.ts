// @vitest-environment jsdom
/**
 * What 提交评审意见 says once the bundle is written: a member hands the file to the group leader; a
 * leader is told to import their own file on 组内合议 with the members' (there is nobody to hand
 * it to).
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewContext } from '../../../../shared/review/review-context';
import { LocaleContext } from '../../../../renderer/app/i18n/locale-context';
import { SubmitPanel } from '../../../../renderer/features/review/SubmitPanel';
import {
  getEmptyReviewState,
  showReviewWritten,
  useReviewStore,
} from '../../../../renderer/state/review-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const context = {
  caseId: 'c'.repeat(32),
  round: { id: 'material', kind: 'material', name: '2026年资料评审' },
  submissions: [{ sequence: 1, fileName: '评审意见包_第1次提交.qbbundle' }],
  locked: true,
  reviewedApplicationIds: ['a1'],
} as unknown as ReviewContext;

afterEach(() => {
  useReviewStore.setState(getEmptyReviewState());
  document.body.innerHTML = '';
});

function shown(leadsGroup: boolean): string {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => {
    showReviewWritten({ kind: 'bundle', fileName: '评审意见包_第1次提交.qbbundle', sequence: 1 });
    root.render(
      createElement(
        LocaleContext,
        { value: 'zh-CN' },
        createElement(SubmitPanel, {
          context,
          applications: [],
          states: [],
          signerName: '王专家',
          leadsGroup,
        }),
      ),
    );
  });
  const text = host.querySelector('[data-testid="review-submitted"]')?.textContent ?? '';
  act(() => root.unmount());
  return text;
}

describe('the submitted notice', () => {
  it('tells a member to hand the file to the group leader', () => {
    const text = shown(false);
    expect(text).toContain('第 1 次');
    expect(text).toContain('交给本组组长');
    expect(text).not.toContain('组内合议');
  });

  it('tells a leader to import it on 组内合议 instead', () => {
    const text = shown(true);
    expect(text).toContain('第 1 次');
    expect(text).toContain('组内合议');
    expect(text).not.toContain('交给本组组长');
  });
});
