/**
 * 推荐单位名录 in the open record: Attachment 2's 49 units until the office edits them, a quota
 * raised and saved into the record, what the quota check then reads, and back to Attachment 2.
 * At 1366×768 and at 125 % scaling (1093×615).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaseInUi, officeHarnessPerTest } from './office-fixture';
import { saveScreenshot, SIZES } from './screenshots';

for (const [size, viewport] of SIZES) {
  describe(`office units at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);
    beforeAll(async () => {});

    it('lists the 49 units of the record’s year and saves a quota change into the record', async () => {
      const { page } = office.harness;
      await createCaseInUi(page, 2026);
      await page.getByRole('button', { name: '推荐单位名录' }).click();
      await expect
        .poll(() => page.getByTestId('units-count').textContent())
        .toBe('共 49 家推荐单位');
      expect(await page.getByTestId('units-year').textContent()).toBe('年度 2026年');
      await page.getByText('当前为《通知》附件2名录（未修改）').waitFor();
      await expect.poll(() => page.locator('tbody tr').count()).toBe(49);
      const firstRow = page.locator('tbody tr').first();
      expect(await firstRow.locator('input.cell-input').inputValue()).toBe('北京市经济和信息化局');
      expect(await firstRow.locator('td').nth(4).textContent()).toBe('3 项');

      await firstRow.getByRole('checkbox').check();
      expect(await firstRow.locator('td').nth(4).textContent()).toBe('5 项');
      await page.getByRole('button', { name: '保存修改' }).click();
      await page.getByText('已保存').waitFor();
      await saveScreenshot(page, `${size}-office-units`);

      // Leave and come back: the saved list is what the record now holds for its year.
      await page.getByRole('button', { name: '形式审查' }).click();
      await page.getByRole('button', { name: '推荐单位名录' }).click();
      await page.getByText('本年度名录已由办公室修改').waitFor();
      expect(await page.locator('tbody tr').first().locator('td').nth(4).textContent()).toBe(
        '5 项',
      );

      await page.getByRole('button', { name: '恢复附件2名录' }).click();
      await page.getByText('当前为《通知》附件2名录（未修改）').waitFor();
      expect(await page.locator('tbody tr').first().locator('td').nth(4).textContent()).toBe(
        '3 项',
      );
    });
  });
}
