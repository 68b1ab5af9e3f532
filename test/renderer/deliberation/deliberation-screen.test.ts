/**
 * 组内合议 before there is anything to deliberate on: no package open, a package this person
 * chairs nothing of, one opened by passphrase alone, no identity; then the group's overview.
 * The view rendered with what the stores would hand it (the server renderer reads a store's
 * initial state, so the container's stores are not what is rendered here).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { DeliberationState } from '../../../shared/deliberation/deliberation-views';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { DeliberationView } from '../../../renderer/features/deliberation/DeliberationScreen';
import type { DeliberationViewProps } from '../../../renderer/features/deliberation/DeliberationScreen';
import { rubric, stateWith } from './deliberation-state-fixture';

const opened = {
  packageId: 'p1',
  recipient: { expertId: 'e01', name: '王组长', fingerprint: 'F', seats: [] },
  applications: [],
} as unknown as DeskPackageView;

const none = { load: null, import: null, append: null, export: null };

function screen(state: DeliberationState | null, change: Partial<DeliberationViewProps> = {}) {
  return renderToStaticMarkup(
    createElement(
      LocaleContext,
      { value: 'zh-CN' },
      createElement(DeliberationView, {
        onUnlock: () => undefined,
        opened,
        state,
        rubric,
        applicationId: null,
        busy: null,
        imported: null,
        exported: null,
        errors: none,
        ...change,
      }),
    ),
  );
}

describe('DeliberationView', () => {
  it('asks for the package first', () => {
    const markup = screen(null, { opened: null });
    expect(markup).toContain('data-testid="deliberation-no-package"');
    expect(markup).toContain('去解锁案卷');
  });

  it('says why there is nothing to chair', () => {
    expect(screen({ available: false, reason: 'not-chairing' })).toContain(
      '也未被办公室指定为代行组长',
    );
    expect(screen({ available: false, reason: 'passphrase-only' })).toContain(
      '此案卷包仅用口令打开',
    );
    expect(screen({ available: false, reason: 'no-identity' })).toContain(
      '当前没有解锁您本人的身份',
    );
  });

  it('waits while the state of the package open now is asked for', () => {
    expect(screen(null)).toContain('正在读取本组合议信息');
    // The rubric comes with the state: until it is here too, the load is under way, said once.
    const noRubric = screen(stateWith([]), { rubric: null });
    expect(noRubric).toContain('<p class="muted">正在读取本组合议信息…</p>');
    expect(noRubric).not.toContain('data-testid="members-panel"');
    expect(noRubric).not.toContain('data-testid="deliberation-round"');
  });

  it('shows the members, the chaired applications and the export on the overview', () => {
    const markup = screen(stateWith([]));
    expect(markup).toContain('data-testid="members-panel"');
    expect(markup).toContain('data-testid="deliberation-applications"');
    expect(markup).toContain('data-testid="export-panel"');
    expect(markup).toContain('2026 年资料评审 · 第一组');
    // Nothing decided: the export waits, naming what is left.
    expect(markup).toContain('尚未形成结论的申报：ZLBG-2026-001、ZLBG-2026-002。');
  });

  it('offers the reports, with the plaintext warning, only once a group bundle exists', () => {
    expect(screen(stateWith([]))).not.toContain('data-testid="export-reports"');
    const exported = {
      ...stateWith([]),
      exports: [
        {
          sequence: 1,
          fileName: 'g1.qbbundle',
          sha256: 'e'.repeat(64),
          mergeDigest: 'c'.repeat(64),
          at: '2026-11-25T10:00:00+08:00',
        },
      ],
    } as DeliberationState;
    const markup = screen(exported);
    expect(markup).toContain('导出评审报告（Word）');
    expect(markup).toContain('明文导出：报告将以明文保存');
  });

  it('opens one application when the store says so', () => {
    expect(screen(stateWith([]), { applicationId: 'A01' })).toContain(
      'data-testid="deliberation-application"',
    );
  });
});
