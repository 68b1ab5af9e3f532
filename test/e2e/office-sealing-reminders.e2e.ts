/**
 * 封装前检查's reminders in both languages, the panel set up through the app's own channels: the
 * leader (王组长) in conflict with 2026001, 张专家 standing in for him there (leader-conflicted);
 * both in conflict with 2026002, so nobody in 第一专业组 may review it (no-reviewer, beside the
 * blocking want of a stand-in); the vice-chair (赵专家) in conflict with all three, so his package
 * would hold nothing (nothing-visible). In English every reminder, and the blocking want of a
 * stand-in, is said in English, the names and 申报编号 as the record holds them, no internal id. Screenshots at both sizes, in Chinese and in English.
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
  describe(`office sealing reminders at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);

    it('says the stand-in, the application nobody in the group may review and the empty package, in Chinese and in English', async () => {
      const { page } = office.harness;
      await createCaseInUi(page);
      await importFixture(page, office.fixture);
      await setUpPanelThroughApp(page, office.fixture.cards, {
        committee: { chairId: 'e01', viceChairId: 'e04' },
        group: { leaderId: 'e02', memberIds: ['e03'] },
        conflicts: [
          { expertId: 'e02', applicationNo: '2026001', kind: 'relative' },
          { expertId: 'e02', applicationNo: '2026002', kind: 'relative' },
          { expertId: 'e03', applicationNo: '2026002', kind: 'relative' },
          { expertId: 'e04', applicationNo: '2026001', kind: 'relative' },
          { expertId: 'e04', applicationNo: '2026002', kind: 'relative' },
          { expertId: 'e04', applicationNo: '2026003', kind: 'relative' },
        ],
        landOn: '专家与分组',
      });
      // 张专家 stands in for the leader on 2026001, as 专家与分组 → 回避 → 代行组长 designates.
      const designated = await page.evaluate(async () => {
        const office = (window as unknown as { qbr: Api }).qbr.office;
        const overview = await office.overview({});
        if (!overview.ok) return false;
        const first = overview.value.record.applications.find((a) => a.applicationNo === '2026001');
        const result = await office.setStandIn({
          roundId: 'material',
          applicationId: first!.id,
          expertId: 'e03',
        });
        return result.ok;
      });
      expect(designated).toBe(true);
      await page.reload();
      await page.getByRole('radio', { name: '办公室' }).click();

      await openScreen(page, '封装分发');
      const notes = page.locator('.seal-note');
      await expect.poll(() => notes.count()).toBe(3);
      expect(await notes.allTextContents()).toEqual([
        '提醒 第一专业组全体专家均须回避申报经验 2026002',
        '提醒 第一专业组的组长须回避申报经验 2026001，由 张专家 代行组长',
        '提醒 赵专家没有可评审的申报经验',
      ]);
      const blocking = page.locator('.seal-blocking');
      expect(await blocking.allTextContents()).toEqual([
        '须先解决 第一专业组的组长须回避申报经验 2026002，尚未指定代行组长',
      ]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-reminders`);

      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('combobox', { name: 'Language' }).waitFor();
      expect(await notes.allTextContents()).toEqual([
        'Note Every expert of 第一专业组 is in conflict with application 2026002',
        'Note The leader of 第一专业组 is in conflict with application 2026001; 张专家 stands in as leader',
        'Note 赵专家 has no application to review',
      ]);
      expect(await blocking.allTextContents()).toEqual([
        'Must fix The leader of 第一专业组 is in conflict with application 2026002 and no stand-in is designated yet',
      ]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-reminders-en`);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await page.getByRole('combobox', { name: '语言' }).waitFor();
    });
  });
}
