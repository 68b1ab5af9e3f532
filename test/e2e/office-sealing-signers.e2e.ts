/**
 * 封装分发 when nobody could sign the round's committee result (docs/committee.md, "Who signs"):
 * the panel set up through the app's own channels. With the chair (李主任) in conflict with
 * 2026003 and the vice-chair (赵专家) with 2026001, the checks block sealing, naming both people
 * and their applications and where to change the vice-chair or the conflicts, in Chinese and in
 * English; once the office appoints another vice-chair (张专家, in conflict with none) the block
 * is gone and the round can be sealed. With the chair in conflict and no vice-chair appointed
 * (committee-chair-conflicted-alone), the checks block sealing beside the no-vice-chair note, in
 * both languages, until a vice-chair in conflict with none is appointed. Screenshots at both
 * sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/api';
import { createCaseInUi, importFixture, officeHarnessPerTest } from './office-fixture';
import { setUpPanelThroughApp } from './panel-through-app';
import { expectNoSidewaysScroll, saveScreenshot, SIZES } from './screenshots';

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

for (const [size, viewport] of SIZES) {
  describe(`office sealing with the committee's signers in conflict at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);

    it('blocks sealing, names both and their applications, and clears once the vice-chair is changed', async () => {
      const { page } = office.harness;
      await createCaseInUi(page);
      await importFixture(page, office.fixture);
      await setUpPanelThroughApp(page, office.fixture.cards, {
        committee: { chairId: 'e01', viceChairId: 'e04' },
        group: { leaderId: 'e02', memberIds: ['e03'] },
        conflicts: [
          { expertId: 'e01', applicationNo: '2026003', kind: 'relative' },
          { expertId: 'e04', applicationNo: '2026001', kind: 'relative' },
        ],
        landOn: '专家与分组',
      });

      await openScreen(page, '封装分发');
      const blocking = page.locator('.seal-blocking');
      await expect.poll(() => blocking.count()).toBe(1);
      expect(await blocking.textContent()).toContain(
        '主任委员 李主任 须回避申报经验 2026003，副主任委员 赵专家 须回避申报经验 2026001',
      );
      expect(await blocking.textContent()).toContain('请更换副主任委员');
      expect(await page.getByTestId('signers-hint').textContent()).toContain('专业组与委员会');
      expect(await page.getByRole('button', { name: '封装…' }).isDisabled()).toBe(true);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-signers-conflicted`);

      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('combobox', { name: 'Language' }).waitFor();
      expect(await blocking.textContent()).toContain(
        'The chair 李主任 is in conflict with application 2026003 and the vice-chair 赵专家 with application 2026001',
      );
      expect(await page.getByTestId('signers-hint').textContent()).toContain('Groups & committee');
      // The seats column: the Chinese group name set apart from the English role.
      const leaderRow = page.locator('tr[data-expert="e02"]');
      expect(await leaderRow.textContent()).toContain('第一专业组 · Group leader');
      expect(await leaderRow.textContent()).not.toContain('第一专业组Group leader');
      await leaderRow.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-signers-conflicted-en`);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await page.getByRole('combobox', { name: '语言' }).waitFor();

      // The office appoints a vice-chair in conflict with none: the block is gone.
      const changed = await page.evaluate(async () => {
        const office = (window as unknown as { qbr: Api }).qbr.office;
        return (await office.setCommittee({ chairId: 'e01', viceChairId: 'e03' })).ok;
      });
      expect(changed).toBe(true);
      await page.reload();
      await page.getByRole('radio', { name: '办公室' }).click();
      await openScreen(page, '封装分发');
      await page.getByRole('button', { name: '封装…' }).waitFor();
      await expect.poll(() => page.locator('.seal-blocking').count()).toBe(0);
      expect(await page.getByTestId('signers-hint').count()).toBe(0);
      expect(await page.getByRole('button', { name: '封装…' }).isDisabled()).toBe(false);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-signers-cleared`);
    });

    it('blocks sealing while the chair is in conflict and no vice-chair is appointed, and clears once one is', async () => {
      const { page } = office.harness;
      await createCaseInUi(page);
      await importFixture(page, office.fixture);
      await setUpPanelThroughApp(page, office.fixture.cards, {
        committee: { chairId: 'e01' },
        group: { leaderId: 'e02', memberIds: ['e03'] },
        conflicts: [{ expertId: 'e01', applicationNo: '2026003', kind: 'relative' }],
        landOn: '专家与分组',
      });

      await openScreen(page, '封装分发');
      const blocking = page.locator('.seal-blocking');
      await expect.poll(() => blocking.count()).toBe(1);
      expect(await blocking.textContent()).toContain(
        '主任委员 李主任 须回避申报经验 2026003，而本轮尚未指定副主任委员：无人能阅看本轮全部申报经验',
      );
      expect(await blocking.textContent()).toContain('请指定副主任委员');
      // The note that no vice-chair is appointed stays beside the block.
      expect(await page.locator('.seal-note').allTextContents()).toContainEqual(
        expect.stringContaining('尚未指定副主任委员'),
      );
      expect(await page.getByTestId('signers-hint').textContent()).toContain('指定或更换');
      expect(await page.getByRole('button', { name: '封装…' }).isDisabled()).toBe(true);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-chair-conflicted-alone`);

      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('combobox', { name: 'Language' }).waitFor();
      expect(await blocking.textContent()).toContain(
        'The chair 李主任 is in conflict with application 2026003 and no vice-chair is appointed',
      );
      expect(await page.locator('.seal-note').allTextContents()).toContainEqual(
        expect.stringContaining('No vice-chair appointed yet'),
      );
      expect(await page.getByTestId('signers-hint').textContent()).toContain('Appoint or change');
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-chair-conflicted-alone-en`);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await page.getByRole('combobox', { name: '语言' }).waitFor();

      // The office appoints a vice-chair in conflict with none: the block is gone.
      const changed = await page.evaluate(async () => {
        const office = (window as unknown as { qbr: Api }).qbr.office;
        return (await office.setCommittee({ chairId: 'e01', viceChairId: 'e04' })).ok;
      });
      expect(changed).toBe(true);
      await page.reload();
      await page.getByRole('radio', { name: '办公室' }).click();
      await openScreen(page, '封装分发');
      await page.getByRole('button', { name: '封装…' }).waitFor();
      await expect.poll(() => page.locator('.seal-blocking').count()).toBe(0);
      expect(await page.getByTestId('signers-hint').count()).toBe(0);
      expect(await page.getByRole('button', { name: '封装…' }).isDisabled()).toBe(false);
    });
  });
}
