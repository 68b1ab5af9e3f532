/**
 * Who may read a review, on the office's screens (issue 10, points 1 and 4): the panel set up
 * through the app's own channels with the group leader in conflict with one application; the
 * sealing checks refuse until a stand-in is designated; the conflicts tab lists that application
 * with the eligible members and the suggested one; the rubric-rounds screen edits the round's
 * confidentiality undertaking; then the round seals. Screenshots at both sizes, in Chinese and
 * in English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCaseInUi, importFixture, officeHarnessPerTest } from './office-fixture';
import { setUpPanelThroughApp } from './panel-through-app';
import { expectNoSidewaysScroll, saveScreenshot, SIZES } from './screenshots';

async function inEnglish(page: Page, name: string, check: () => Promise<void>): Promise<void> {
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.getByRole('combobox', { name: 'Language' }).waitFor();
  await check();
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, name);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('combobox', { name: '语言' }).waitFor();
}

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

for (const [size, viewport] of SIZES) {
  describe(`office stand-ins and undertaking at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);

    it('refuses to seal until the conflicted leader has a stand-in, edits the undertaking, seals', async () => {
      const { page } = office.harness;
      await createCaseInUi(page);
      await importFixture(page, office.fixture);
      await setUpPanelThroughApp(page, office.fixture.cards, {
        committee: { chairId: 'e01' },
        group: { leaderId: 'e02', memberIds: ['e03', 'e04'] },
        conflicts: [
          { expertId: 'e02', applicationNo: '2026002', kind: 'same-organisation' },
          { expertId: 'e03', applicationNo: '2026001', kind: 'same-organisation' },
        ],
        landOn: '专家与分组',
      });

      // 封装分发: the checks name the application and say where to designate.
      await openScreen(page, '封装分发');
      const blocking = page.locator('.seal-blocking');
      await expect.poll(() => blocking.count()).toBe(1);
      expect(await blocking.textContent()).toContain(
        '第一专业组的组长须回避申报经验 2026002，尚未指定代行组长',
      );
      expect(await page.getByTestId('stand-in-hint').textContent()).toContain('代行组长');
      expect(await page.getByRole('button', { name: '封装…' }).isDisabled()).toBe(true);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-stand-in-missing`);

      // 专家与分组 → 回避: the application, its conflicted leader, and the eligible members.
      await openScreen(page, '专家与分组');
      await page.getByRole('tab', { name: '回避' }).click();
      const card = page.getByTestId('stand-ins');
      await card.scrollIntoViewIfNeeded();
      expect(await card.getByRole('heading').textContent()).toBe('代行组长（1）');
      const row = card.locator('tr[data-application="a002"]');
      const rowText = await row.textContent();
      expect(rowText).toContain('2026002');
      expect(rowText).toContain('王组长（e02）');
      expect(rowText).toContain('须回避');
      expect(rowText).toContain('未指定：不能封装');
      const choice = row.getByRole('combobox', { name: '选择代行组长' });
      // 张专家 is in conflict with 2026001 only: both members may stand in; the first is suggested.
      expect(await choice.locator('option').allTextContents()).toEqual([
        '请选择',
        '张专家（e03）（建议）',
        '赵专家（e04）',
      ]);
      expect(await choice.inputValue()).toBe('e03');
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-panel-stand-ins`);
      await inEnglish(page, `${size}-office-panel-stand-ins-en`, async () => {
        await card.getByRole('heading', { name: 'Stand-in leaders (1)' }).waitFor();
        expect(await row.textContent()).toContain('None yet: sealing refused');
      });

      await row.getByRole('combobox', { name: '选择代行组长' }).selectOption('e04');
      await row.getByRole('button', { name: '指定' }).click();
      await expect.poll(() => row.textContent()).toContain('已指定');
      expect(await row.textContent()).toContain('赵专家（e04）');
      await saveScreenshot(page, `${size}-office-panel-stand-in-designated`);

      // 评分标准与轮次: the undertaking, default first, then the office's own words.
      await openScreen(page, '评分标准与轮次');
      const editor = page.getByRole('textbox', { name: '保密承诺', exact: true });
      await editor.scrollIntoViewIfNeeded();
      expect(await page.getByTestId('undertaking-source').textContent()).toBe('默认文本');
      const defaultText = await editor.inputValue();
      expect(defaultText).toContain('第十五条');
      expect(defaultText).toContain('2026年资料评审');
      expect(await page.getByRole('button', { name: '恢复默认文本' }).isDisabled()).toBe(true);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-rubric-rounds-undertaking`);
      await editor.fill(`${defaultText}\n六、评审期间不与申报单位私下接触。`);
      await page.getByRole('button', { name: '保存保密承诺' }).click();
      await expect
        .poll(() => page.getByTestId('undertaking-source').textContent())
        .toBe('办公室已修改');
      expect(await editor.inputValue()).toContain('六、评审期间不与申报单位私下接触。');
      expect(await page.getByRole('button', { name: '保存保密承诺' }).isDisabled()).toBe(true);
      await inEnglish(page, `${size}-office-rubric-rounds-undertaking-en`, async () => {
        await page.getByRole('heading', { name: 'Confidentiality undertaking' }).waitFor();
        expect(await page.getByTestId('undertaking-source').textContent()).toBe(
          'Worded by the office',
        );
      });
      // Emptied, it cannot be saved.
      await editor.fill('  ');
      expect(await page.getByRole('button', { name: '保存保密承诺' }).isDisabled()).toBe(true);
      expect(await page.locator('main').textContent()).toContain('保密承诺不能为空');
      // The undertaking's own 放弃修改 (the round's rule below has one of its own).
      await page
        .locator('section.rr-undertaking')
        .getByRole('button', { name: '放弃修改' })
        .click();

      // 封装分发: nothing blocks now; the leader's note names the stand-in; the round seals.
      await openScreen(page, '封装分发');
      expect(await page.locator('.seal-blocking').count()).toBe(0);
      expect(await page.locator('.seal-note').allTextContents()).toContainEqual(
        expect.stringContaining('由 赵专家 代行组长'),
      );
      await page.getByRole('button', { name: '封装…' }).click();
      await page.getByTestId('seal-report').waitFor({ timeout: 60_000 });
      const rows = page.getByTestId('report-table').locator('tbody tr');
      expect(await rows.count()).toBe(4);
      const applicationsOf = async (expertId: string) =>
        Number(
          await rows
            .and(page.locator(`[data-expert="${expertId}"]`))
            .getByTestId('package-applications')
            .textContent(),
        );
      expect(await applicationsOf('e02')).toBe(2);
      expect(await applicationsOf('e04')).toBe(3);

      // Sealed: the undertaking is read-only, as the packages carry it.
      await openScreen(page, '评分标准与轮次');
      expect(
        await page.getByRole('textbox', { name: '保密承诺', exact: true }).getAttribute('readonly'),
      ).not.toBe(null);
      expect(await page.getByRole('button', { name: '保存保密承诺' }).count()).toBe(0);
    });
  });
}
