/**
 * The office's reports on the follow-up screen, rendered as the screen renders them: the
 * plaintext warning before any dialog, the button of each report, closed until a 经办人 is named
 * and before the notice;
 * and the act recorded afterwards in 工作记录 with its folder and how many files.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../../renderer/app/i18n/locale-context';
import { ActsLog } from '../../../../renderer/features/objections/ActsLog';
import { OfficeReports } from '../../../../renderer/features/objections/OfficeReports';
import type { FollowUp } from '../../../../shared/office/followup/followup-acts';
import { followUpState } from '../../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../../shared/office/office-record';

const by = { fingerprint: 'FP-OFFICE', handler: '王经办' };
const followUp: FollowUp = {
  acts: [
    {
      seq: 1,
      at: '2026-09-28T02:00:00.000Z',
      by,
      kind: 'notice-published',
      applicationIds: ['a1'],
      start: '2026-09-28',
      firstDayCounts: true,
      lastDay: '2026-10-15',
      channels: '中国质量协会网站',
    },
    {
      seq: 2,
      at: '2026-10-16T02:00:00.000Z',
      by,
      kind: 'reports-exported',
      roundId: 'material',
      reports: ['public-notice'],
      folderName: '公示名单-资料评审',
      files: ['公示名单.docx', '公示名单.csv', '公示名单.xlsx'].map((name) => ({
        name,
        sha256: 'ab'.repeat(32),
      })),
    },
  ],
};
const record = {
  applications: [{ id: 'a1', applicationNo: '2026001', applicantName: '单位1' }],
  rounds: [{ round: { id: 'material', name: '资料评审' }, applicationIds: ['a1'] }],
  followUp,
} as unknown as OfficeRecord;
const state = followUpState(followUp);

function render(locale: Locale, element: ReturnType<typeof createElement>): string {
  return renderToStaticMarkup(createElement(LocaleContext.Provider, { value: locale }, element));
}

describe("the office's reports on the follow-up screen", () => {
  it('says the plaintext warning, the button closed until a handler is named', () => {
    const closed = render(
      'zh-CN',
      createElement(OfficeReports, { record, state, kind: 'public-notice' }),
    );
    expect(closed).toContain('报告将以明文保存');
    expect(closed).toContain('异议处理记录含异议人');
    expect(closed).toMatch(/<button[^>]*disabled[^>]*>导出公示名单（Word、CSV、XLSX）…<\/button>/);
    expect(closed).toContain('请先填写经办人。');

    // (A rendering on the server reads the store's first state: the handler is tested in the e2e.)
    const en = render(
      'en',
      createElement(OfficeReports, { record, state, kind: 'objection-record' }),
    );
    expect(en).toContain('The reports are saved as plaintext');
    expect(en).toContain('Export the objection record (Word)…');
  });

  it('is closed before the notice', () => {
    const before = followUpState({ acts: [] });
    const html = render(
      'zh-CN',
      createElement(OfficeReports, { record, state: before, kind: 'public-notice' }),
    );
    expect(html).toContain('发布公示名单后可导出。');
    expect(html).toMatch(/<button[^>]*disabled/);
  });

  it('lists the export in 工作记录 with its folder and files', () => {
    const html = render('zh-CN', createElement(ActsLog, { record, state }));
    expect(html).toContain('导出报告（明文）');
    expect(html).toContain('公示名单-资料评审：3 个文件');
  });
});
