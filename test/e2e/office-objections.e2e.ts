/**
 * 公示与异议 (issue 11, point 3) on the office's screen, in Chinese at both sizes: the notice
 * form with its period across the 2026 National Day week (the start typed in full-width digits),
 * a start whose period reaches 2027 refused until the office enters that year's days, the notice
 * published, an objection taken in, a late one refused with its coded message, the objection
 * investigated, referred and re-reviewed, the consultation and an on-site check, next year's
 * calendar entered, the association's approval and the final list, and the record of every act
 * with who and when. A screenshot of every state.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createCaseInUi, importFixture, officeHarnessPerTest } from './office-fixture';
import { setUpPanelThroughApp } from './panel-through-app';
import { expectNoSidewaysScroll, saveScreenshot as shot, SIZES } from './screenshots';

/** Where main's folder dialog answers for the office's reports (outside what the scan reads). */
const reportsRoot = await mkdtemp(join(tmpdir(), 'qbr-e2e-office-reports-'));
afterAll(() => rm(reportsRoot, { recursive: true, force: true }));
const reportsFolder = (size: string) => join(reportsRoot, size);

async function wordText(folder: string, name: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: await readFile(join(folder, name)) })).value;
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function fill(scope: Page | Locator, label: string, value: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: false }).first();
  await field.fill(value);
}

for (const [size, viewport] of SIZES) {
  describe(`office notice and objections at ${size}`, () => {
    const office = officeHarnessPerTest(viewport, {
      followUpChooser: {
        chooseFollowUpFile: async () => null,
        chooseReportFolder: async () => {
          await mkdir(reportsFolder(size), { recursive: true });
          return reportsFolder(size);
        },
      },
    });

    it('publishes the notice, refuses a late objection, decides, approves and announces', async () => {
      const { page } = office.harness;
      await createCaseInUi(page);
      await importFixture(page, office.fixture);
      await setUpPanelThroughApp(page, office.fixture.cards, {
        committee: { chairId: 'e01' },
        // The defense round, as the shortlist opens it (its import from a result bundle is tested
        // in Node with real bundles: test/electron/core/office/result-import.test.ts).
        defenseRound: true,
        landOn: '公示与异议',
      });

      await page.getByRole('navigation').getByRole('button', { name: '公示与异议' }).click();
      await page.getByRole('heading', { level: 2, name: '公示与异议' }).waitFor();

      // 评审结果与答辩: nothing imported; without a handler nothing can be chosen.
      await page.getByRole('heading', { name: '导入评审结果包' }).waitFor();
      expect(await page.getByTestId('result-input').isDisabled()).toBe(true);
      expect(await page.getByTestId('defense-order').locator('tbody tr').count()).toBe(3);
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-results-empty`);
      await openTab(page, '公示名单');

      // The notice form: no handler yet, the start typed in full-width digits.
      await fill(page, '公示开始日期', '２０２６年９月２８日');
      const preview = page.getByTestId('notice-preview');
      await expect
        .poll(() => preview.textContent())
        .toContain('公示期：2026年9月28日 起，2026年10月15日 届满（10个工作日）');
      expect(await preview.textContent()).toContain('2026年10月1日—10月7日（国庆节）');
      expect(await page.getByText('请先填写经办人。').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: '发布公示' }).isDisabled()).toBe(true);
      expect(await page.getByTestId('notice-table').textContent()).not.toMatch(/分|score/i);
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-notice-form`);

      // A period reaching 2027, which the built-in schedule does not know.
      await fill(page, '公示开始日期', '2026年12月24日');
      await page.getByText('软件内置的节假日安排不含 2027 年').waitFor();
      await shot(page, `${size}-office-notice-year-unknown`);

      await fill(page, '经办人', '王经办');

      // A file that is no result bundle: refused by main, beside the file field.
      await openTab(page, '评审结果与答辩');
      await page.getByTestId('result-input').setInputFiles({
        name: '评审结果.qbbundle',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('这不是结果包'),
      });
      await page.getByTestId('followup-error').waitFor();
      await shot(page, `${size}-office-results-refused`);
      // 答辩安排: the third applicant first, the first absent.
      const order = page.getByTestId('defense-order');
      await order.getByRole('button', { name: /2026003 .* 上移/ }).click();
      await order.getByRole('button', { name: /2026003 .* 上移/ }).click();
      await page.getByRole('button', { name: '记录答辩顺序' }).click();
      await page.getByText('答辩顺序已记录。').waitFor();
      const absence = page.getByRole('form', { name: '缺席答辩' });
      await absence.getByLabel('缺席的申报经验').selectOption({ index: 0 });
      await fill(absence, '原因', '因故未能到场，书面说明已存档');
      await absence.getByRole('button', { name: '记录缺席' }).click();
      await expect.poll(() => order.textContent()).toContain('缺席：因故未能到场');
      expect(await order.locator('tbody tr').first().textContent()).toContain('2026003');
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-defense-arrangement`);

      await openTab(page, '公示名单');
      await fill(page, '公示开始日期', '2026年9月28日');
      await page.getByRole('button', { name: '发布公示' }).click();
      await page
        .getByRole('heading', { name: /公示名单：3 项，2026年9月28日 起，2026年10月15日 届满/ })
        .waitFor();
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-notice-published`);

      // 公示名单 as Word, CSV and XLSX, after the plaintext warning, into the folder chosen.
      expect(await page.getByTestId('office-reports-warning').textContent()).toContain('明文');
      await page.getByRole('button', { name: '导出公示名单（Word、CSV、XLSX）…' }).click();
      const reportsDone = page.getByTestId('office-reports-done');
      await expect.poll(() => reportsDone.textContent()).toContain('已在“公示名单-2026年答辩评审”');
      expect(await reportsDone.textContent()).toContain('写出 3 份报告，已记入工作记录');
      const noticeFolder = join(reportsFolder(size), '公示名单-2026年答辩评审');
      expect((await readdir(noticeFolder)).sort()).toEqual(
        ['公示名单.csv', '公示名单.docx', '公示名单.xlsx'].sort(),
      );
      const noticeWord = await wordText(noticeFolder, '公示名单.docx');
      expect(noticeWord).toContain('2026003');
      expect(noticeWord).toContain('公示期：2026年9月28日至2026年10月15日');
      expect(noticeWord).not.toContain('得分');
      await page.getByTestId('office-reports-warning').scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-notice-reports`);

      // An objection in time, its date in full-width digits.
      await openTab(page, '异议');
      expect(await page.getByTestId('objection-deadline').textContent()).toContain(
        '2026年10月15日',
      );
      await shot(page, `${size}-office-objection-form`);
      const receive = page.getByRole('form', { name: '受理异议' });
      await receive.getByLabel('被异议的申报经验').selectOption({ index: 1 });
      await fill(receive, '收到日期', '２０２６年１０月１５日');
      await fill(receive, '异议人', '李某');
      await fill(receive, '单位', '某机械制造公司');
      await fill(receive, '联系方式', '010-68000000');
      await fill(receive, '异议内容', '申报材料中的质量损失率数据与企业年报不符。');
      await fill(receive, '所附证据', '2025年年度报告第12页复印件\n第三方检测报告');
      await receive.getByRole('button', { name: '受理' }).click();
      const table = page.getByTestId('objections-table');
      await table.waitFor();
      expect(await table.textContent()).toContain('已受理');

      // A late one: refused, with the day received and the period's last day.
      await fill(receive, '收到日期', '2026年10月16日');
      await fill(receive, '异议人', '张某');
      await fill(receive, '异议内容', '逾期提出的异议。');
      await receive.getByRole('button', { name: '受理' }).click();
      const error = page.getByTestId('followup-error');
      await error.waitFor();
      expect(await error.textContent()).toContain(
        '异议逾期，不予受理：收到日期 2026年10月16日，公示期（10个工作日）已于 2026年10月15日 届满。',
      );
      expect(await table.locator('tbody tr').count()).toBe(2); // the objection and its next step
      await error.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-objection-late`);

      // Investigated, referred to the committee, re-reviewed: upheld.
      const investigate = page.getByRole('form', { name: 'o001 调查核实' });
      await fill(investigate, '日期', '2026年10月16日');
      await fill(investigate, '调查核实情况', '经核对企业年报与检测报告，申报数据有误。');
      await shot(page, `${size}-office-objection-investigate`);
      await investigate.getByRole('button', { name: '记录' }).click();
      const refer = page.getByRole('form', { name: 'o001 报评审委员会审议' });
      await fill(refer, '日期', '2026年10月17日');
      await refer.getByRole('button', { name: '记录' }).click();
      const reReview = page.getByRole('form', { name: 'o001 评审委员会审议结果' });
      await fill(reReview, '日期', '2026年10月20日');
      await reReview.getByLabel('结论').selectOption('upheld');
      await fill(reReview, '审议意见', '异议成立，该经验不列入结果公告。');
      await shot(page, `${size}-office-objection-re-review`);
      await reReview.getByRole('button', { name: '记录' }).click();
      await expect.poll(() => table.textContent()).toContain('异议成立');
      await shot(page, `${size}-office-objection-decided`);

      // 异议处理记录 (Word): the objection through to the committee's re-review.
      await page.getByRole('button', { name: '导出异议处理记录（Word）…' }).click();
      await expect
        .poll(() => page.getByTestId('office-reports-done').textContent())
        .toContain('已在“异议处理记录-2026年答辩评审”文件夹中写出 1 份报告');
      const objectionWord = await wordText(
        join(reportsFolder(size), '异议处理记录-2026年答辩评审'),
        '异议处理记录.docx',
      );
      expect(objectionWord).toContain('申报材料中的质量损失率数据与企业年报不符。');
      expect(objectionWord).toContain('李某');
      expect(objectionWord).toContain('异议成立');
      await page.getByTestId('office-reports-done').scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-objection-reports`);

      // The consultation and an on-site check.
      await openTab(page, '征求意见与核查');
      const consult = page.getByRole('form', { name: '报工信部科技司征求意见（第二十条）' });
      await fill(consult, '报送日期', '2026年9月10日');
      await fill(consult, '反馈日期', '2026年9月20日');
      await fill(consult, '反馈意见', '无意见');
      await consult.getByRole('button', { name: '记录' }).click();
      await page.getByTestId('consultation-current').waitFor();
      const site = page.getByRole('form', { name: '现场核查' });
      await fill(site, '开始日期', '2026年9月15日');
      await fill(site, '结束日期', '2026年9月16日');
      await fill(site, '核查人员', '张核查、赵核查');
      await fill(site, '核查情况', '现场核实生产数据属实');
      await site.getByRole('button', { name: '记录' }).click();
      await page.getByTestId('site-checks').waitFor();
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-consultation`);

      // Next year's calendar, which the built-in data does not hold.
      await openTab(page, '工作日历');
      expect(await page.getByTestId('calendar-known').textContent()).toContain('无（须录入）');
      for (const [date, name] of [
        ['2027年1月1日', '元旦'],
        ['2027年1月2日', '元旦'],
      ] as const) {
        await page.getByRole('button', { name: '添加一天' }).click();
        const row = page.getByTestId('calendar-rows').locator('tbody tr').last();
        await fill(row, '日期', date);
        await row.getByLabel('名称').fill(name);
      }
      await page.getByRole('button', { name: '保存 2027 年工作日历' }).click();
      await page.getByText('2027 年：办公室录入 2 天').waitFor();
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-calendar`);

      // The association's approval, then the final list without the upheld one.
      await openTab(page, '批准与公告');
      await fill(page, '批准日期', '2026年10月23日');
      await fill(page, '文号', '中国质协字〔2026〕88号');
      await page.getByRole('button', { name: '记录批准' }).click();
      await page.getByTestId('approval-recorded').waitFor();
      expect(await page.getByTestId('final-table').locator('tbody tr').count()).toBe(2);
      await shot(page, `${size}-office-approval`);
      await fill(page, '公告日期', '2026年10月28日');
      await page.getByRole('button', { name: '发布结果公告' }).click();
      await page.getByTestId('final-recorded').waitFor();
      expect(await page.getByTestId('final-recorded').textContent()).toContain(
        '2026年10月28日 发布结果公告：2 项',
      );
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-final-list`);

      // Every act, with who and when.
      await openTab(page, '工作记录');
      const log = page.getByTestId('acts-log');
      const rows = log.locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(14);
      const text = (await log.textContent()) ?? '';
      for (const act of [
        '答辩顺序',
        '缺席答辩',
        '发布公示名单',
        '受理异议',
        '调查核实',
        '报评审委员会审议',
        '评审委员会审议结果',
        '报工信部科技司征求意见',
        '现场核查',
        '工作日历',
        '经中国质量协会批准',
        '结果公告',
        '导出报告（明文）',
      ]) {
        expect(text).toContain(act);
      }
      expect(await rows.first().textContent()).toContain('王经办');
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-followup-log`);

      // The same screen in English: the objections tab, the widest, still fits.
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('heading', { level: 2, name: 'Notice & objections' }).waitFor();
      await openTab(page, 'Objections');
      await expect
        .poll(() => page.getByTestId('objections-table').textContent())
        .toContain('Upheld');
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-objections-en`);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    }, 240_000);
  });
}
