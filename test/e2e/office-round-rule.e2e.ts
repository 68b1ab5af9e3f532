/**
 * 表决规则 on the office's 评分标准与轮次 screen (issue 11, point 1): the default shown (two
 * thirds each), a share that is not a fraction and one not above a half refused in words beside
 * the field with nothing saved, full-width digits taken, the office's rule saved and kept over a
 * reload of the window, then back to the default. Screenshots at both sizes, in Chinese and in
 * English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/api';
import { createCaseInUi, importFixture, officeHarnessPerTest } from './office-fixture';
import { expectNoSidewaysScroll, saveScreenshot, SIZES } from './screenshots';

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

/** The material round's rule as main holds it. */
async function savedRule(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const office = (window as unknown as { qbr: Api }).qbr.office;
    const overview = await office.overview({});
    if (!overview.ok) return 'no overview';
    const round = overview.value.record.rounds.find((r) => r.round.id === 'material');
    return round?.deliberationRule ?? null;
  });
}

for (const [size, viewport] of SIZES) {
  describe(`office round rule at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);

    it('shows the default, refuses a bad share in words, saves the office’s rule, resets it', async () => {
      const { page } = office.harness;
      await createCaseInUi(page);
      await importFixture(page, office.fixture);

      await openScreen(page, '评分标准与轮次');
      const quorum = page.getByRole('textbox', { name: '到会比例（法定人数）' });
      const pass = page.getByRole('textbox', { name: '通过比例', exact: true });
      await page.getByRole('heading', { name: '表决规则' }).scrollIntoViewIfNeeded();
      expect(await page.getByTestId('round-rule-source').textContent()).toBe('默认规则');
      expect(await quorum.inputValue()).toBe('2/3');
      expect(await pass.inputValue()).toBe('2/3');
      expect(await page.locator('.rr-rule').textContent()).toContain(
        '有表决权成员中须到会的比例，默认 2/3',
      );
      const save = page.getByRole('button', { name: '保存表决规则' });
      expect(await save.isDisabled()).toBe(true);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-rubric-rounds-rule-default`);

      // Not a fraction, and a half: each refused beside its field, nothing can be saved.
      await quorum.fill('三分之二');
      await pass.fill('1/2');
      expect(await quorum.getAttribute('aria-invalid')).toBe('true');
      expect(await pass.getAttribute('aria-invalid')).toBe('true');
      const alerts = page.locator('.rr-rule [role="alert"]');
      expect(await alerts.allTextContents()).toEqual([
        '请输入分数，如 2/3（可用全角数字）',
        '须大于 1/2、不大于 1，分母不超过 100',
      ]);
      expect(await save.isDisabled()).toBe(true);
      await page.locator('.rr-rule').scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-rubric-rounds-rule-invalid`);
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('heading', { name: 'Voting rule' }).waitFor();
      expect(await page.locator('.rr-rule [role="alert"]').allTextContents()).toEqual([
        'Enter a fraction such as 2/3 (full-width digits are fine)',
        'Must be above 1/2 and at most 1, denominator at most 100',
      ]);
      await page.locator('.rr-rule').scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-rubric-rounds-rule-invalid-en`);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await page.getByRole('combobox', { name: '语言' }).waitFor();
      expect(await savedRule(page)).toBeNull();

      // Full-width digits and slash, as a Chinese input method types them.
      await quorum.fill('３／４');
      await pass.fill('2/3');
      expect(await alerts.count()).toBe(0);
      await save.click();
      await expect
        .poll(() => page.getByTestId('round-rule-source').textContent())
        .toBe('办公室已设定');
      expect(await savedRule(page)).toEqual({
        quorum: { numerator: 3, denominator: 4 },
        pass: { numerator: 2, denominator: 3 },
      });
      expect(await quorum.inputValue()).toBe('3/4');
      expect(await save.isDisabled()).toBe(true);

      // Kept by main: the window reloaded shows the office's rule.
      await page.reload();
      await page.getByRole('radio', { name: '办公室' }).click();
      await openScreen(page, '评分标准与轮次');
      await page.getByRole('heading', { name: '表决规则' }).scrollIntoViewIfNeeded();
      expect(await quorum.inputValue()).toBe('3/4');
      expect(await page.getByTestId('round-rule-source').textContent()).toBe('办公室已设定');
      await page.locator('.rr-rule').scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-rubric-rounds-rule-set`);

      await page.getByRole('button', { name: '恢复默认规则' }).click();
      await expect.poll(() => page.getByTestId('round-rule-source').textContent()).toBe('默认规则');
      expect(await quorum.inputValue()).toBe('2/3');
      expect(await savedRule(page)).toBeNull();
    });
  });
}
