/**
 * The office sets up a round end to end: includes the applications, registers four experts from
 * their identity cards (fingerprints shown), forms a group and the committee, assigns, records
 * conflicts (one suggested, one entered), edits the rubric, and seals one package per person;
 * the conflicted experts' packages hold one application fewer, and the files are on disk.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createCaseInUi,
  fixtureExperts,
  importFixture,
  officeHarnessPerTest,
} from './office-fixture';

const screenshotDir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** 1366×768 at 100 %, and the same laptop at 125 % scaling. */
const viewports = {
  '1366x768': { width: 1366, height: 768 },
  '1093x615': { width: 1093, height: 615 },
} as const;

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png` });
}

/** The page itself never scrolls sideways: only the content pane may scroll, and only down. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.locator('.content').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, 'horizontal overflow of the content pane').toBeLessThanOrEqual(0);
}

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

for (const [size, viewport] of Object.entries(viewports)) {
  describe(`office panel, rubric and sealing at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);

    it('registers experts, forms the panel, records conflicts, edits the rubric and seals', async () => {
      const { page } = office.harness;
      await createCaseInUi(page);
      await importFixture(page, office.fixture);

      // 评分标准与轮次: the placeholder rubric, then all three applications into the round.
      await openScreen(page, '评分标准与轮次');
      await page.getByTestId('rubric-placeholder').waitFor();
      const rubricText = await page.locator('main').textContent();
      for (const title of ['科学性和创新性', '系统性和示范性', '显效性和发展性', '占位默认值']) {
        expect(rubricText).toContain(title);
      }
      expect(await page.locator('.rubric-table tfoot td').textContent()).toBe('100');
      for (const no of ['2026001', '2026002', '2026003']) {
        await page.getByRole('checkbox', { name: `纳入 ${no}` }).click();
        await expect
          .poll(() => page.getByRole('checkbox', { name: `纳入 ${no}` }).isChecked())
          .toBe(true);
      }
      await expect
        .poll(() => page.getByTestId('round-app-count').textContent())
        .toBe('已纳入 3/3 项');

      // 专家: each card from a file; its fingerprint is shown for comparing aloud.
      await openScreen(page, '专家与分组');
      const cardDir = join(office.fixture.root, 'cards');
      await mkdir(cardDir, { recursive: true });
      for (const [index, expert] of fixtureExperts.entries()) {
        const file = join(cardDir, `${expert.id}.json`);
        await writeFile(file, office.fixture.cards[expert.id]!);
        await page.getByTestId('card-input').setInputFiles(file);
        const fingerprint = JSON.parse(office.fixture.cards[expert.id]!).fingerprint as string;
        await expect
          .poll(() => page.getByTestId('card-fingerprint').textContent())
          .toBe(fingerprint);
        const preview = await page.getByTestId('card-preview').textContent();
        expect(preview).toContain(expert.name);
        expect(preview).toContain(expert.organisation);
        expect(preview).toContain('请与专家当面或电话核对指纹');
        expect(await page.getByLabel('编号').inputValue()).toBe(expert.id);
        expect(await page.getByLabel('所在地区').inputValue()).toBe(expert.region);
        await page.getByLabel('专业领域').fill('卓越绩效、精益，六西格玛');
        await page.getByLabel('熟悉行业').fill('机械, 汽车零部件');
        const register = page.getByRole('button', { name: '登记专家' });
        expect(await register.isDisabled()).toBe(true);
        if (index === fixtureExperts.length - 1) {
          await expectNoSidewaysScroll(page);
          await shot(page, `${size}-office-panel`);
        }
        await page.getByLabel('指纹已与专家本人核对一致').check();
        await register.click();
        await page.getByText(`已登记 ${expert.name}（${expert.id}）`).waitFor();
      }
      const experts = page.getByTestId('experts-table');
      await expect.poll(() => experts.locator('tbody tr').count()).toBe(4);
      expect(await experts.textContent()).toContain('主任委员');
      await expectNoSidewaysScroll(page);

      // 专业组与委员会: the chair, then one group led by e02 with e03 and e04.
      await page.getByRole('tab', { name: '专业组与委员会' }).click();
      await page.getByRole('combobox', { name: /^主任委员/ }).selectOption('e01');
      await page.getByRole('button', { name: '保存委员会' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: '保存委员会' }).isDisabled())
        .toBe(true);
      await page.getByRole('button', { name: '新建专业组' }).click();
      expect(await page.getByLabel('组名').inputValue()).toBe('第一专业组');
      await page.getByRole('combobox', { name: /^组长/ }).selectOption('e02');
      await page.getByRole('checkbox', { name: '张专家（e03）' }).check();
      await page.getByRole('checkbox', { name: '赵专家（e04）' }).check();
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-panel-group-editor`);
      await page.getByRole('button', { name: '保存专业组' }).click();
      const groups = page.getByTestId('groups-table');
      await expect.poll(() => groups.textContent()).toContain('王组长');
      expect(await groups.textContent()).toContain('张专家、赵专家');
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-panel-groups`);

      // 分配: one by hand, the rest from the suggestions.
      await page.getByRole('tab', { name: '分配' }).click();
      await page.getByRole('combobox', { name: '专业组 2026001' }).selectOption('g01');
      await expect.poll(() => page.getByTestId('assign-count').textContent()).toBe('已分配 1/3');
      expect(await page.getByTestId('assign-table').textContent()).toContain('建议 第一专业组');
      await page.getByRole('button', { name: '未分配的全部采用建议' }).click();
      await expect.poll(() => page.getByTestId('assign-count').textContent()).toBe('已分配 3/3');
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-panel-assign`);

      // 回避: confirm the suggestion from the region, and enter one by hand.
      await page.getByRole('tab', { name: '回避' }).click();
      const suggestions = page.getByTestId('conflict-suggestions');
      const suggested = suggestions.getByRole('listitem').filter({ hasText: '张专家（e03）' });
      expect(await suggested.textContent()).toContain('2026001');
      await suggested.getByRole('button', { name: '确认回避' }).click();
      const conflicts = page.getByTestId('conflicts-table');
      await expect.poll(() => conflicts.locator('tbody tr').count()).toBe(1);

      const expertSelect = page.getByRole('combobox', { name: /^专家/ });
      // The chair and the leader are offered like everyone else.
      const offered = await expertSelect.locator('option').allTextContents();
      expect(offered.some((o) => o.includes('李主任') && o.includes('主任委员'))).toBe(true);
      expect(offered.some((o) => o.includes('王组长'))).toBe(true);
      await expertSelect.selectOption('e04');
      await page
        .getByRole('combobox', { name: /^申报经验/ })
        .selectOption({ label: '2026001 华东精密轴承有限公司' });
      await page.getByRole('combobox', { name: /^情形/ }).selectOption('other');
      const record = page.getByRole('button', { name: '登记回避' });
      expect(await record.isDisabled()).toBe(true);
      await page.getByRole('combobox', { name: /^情形/ }).selectOption('same-organisation');
      await record.click();
      await expect.poll(() => conflicts.locator('tbody tr').count()).toBe(2);
      expect(await conflicts.textContent()).toContain('与申报单位为同一单位');
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-panel-conflicts`);

      // The rubric: 30/30/40 → 25/35/40, with the live check in between.
      await openScreen(page, '评分标准与轮次');
      await page.getByRole('spinbutton', { name: '（一）科学性和创新性 分值' }).fill('25');
      await expect
        .poll(() => page.getByTestId('rubric-problems').textContent())
        .toContain('各项分值合计 95，应为 100');
      expect(await page.getByRole('button', { name: '保存评分细则' }).isDisabled()).toBe(true);
      await page.getByRole('spinbutton', { name: '（二）系统性和示范性 分值' }).fill('35');
      await page.getByText('各项合计正确，可以保存。').waitFor();
      await page.getByRole('button', { name: '保存评分细则' }).click();
      await page.getByTestId('rubric-saved').waitFor();
      expect(await page.getByTestId('rubric-placeholder').count()).toBe(0);
      expect(await page.locator('.rubric-table tfoot td').textContent()).toBe('100');
      expect(
        await page.getByRole('spinbutton', { name: '（一）科学性和创新性 分值' }).inputValue(),
      ).toBe('25');
      expect(await page.getByLabel('名称').inputValue()).toBe('第八条遴选标准（资料评审）');
      await expectNoSidewaysScroll(page);
      await page.locator('.rr-bands').scrollIntoViewIfNeeded();
      await shot(page, `${size}-office-rubric-rounds-bands`);
      await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
      await shot(page, `${size}-office-rubric-rounds`);

      // 封装分发: nothing blocks, four recipients, a passphrase typed twice, then the report.
      await openScreen(page, '封装分发');
      expect(await page.locator('.seal-blocking').count()).toBe(0);
      const recipients = page.getByTestId('recipients-table');
      await expect.poll(() => recipients.locator('tbody tr').count()).toBe(4);
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-sealing-before`);
      await page.getByLabel('口令', { exact: true }).fill('分发口令 e2e');
      await page.getByLabel('再次输入').fill('分发口令');
      await page.getByText('两次输入的口令不一致').waitFor();
      expect(await page.getByRole('button', { name: '封装…' }).isDisabled()).toBe(true);
      await page.getByLabel('再次输入').fill('分发口令 e2e');
      await page.getByRole('button', { name: '封装…' }).click();
      const report = page.getByTestId('seal-report');
      await report.waitFor({ timeout: 60_000 });
      const rows = page.getByTestId('report-table').locator('tbody tr');
      expect(await rows.count()).toBe(4);
      const applicationsOf = async (expertId: string) =>
        Number(
          await rows
            .and(page.locator(`[data-expert="${expertId}"]`))
            .getByTestId('package-applications')
            .textContent(),
        );
      expect(await applicationsOf('e01')).toBe(3);
      expect(await applicationsOf('e02')).toBe(3);
      expect(await applicationsOf('e03')).toBe(2);
      expect(await applicationsOf('e04')).toBe(2);
      expect(await report.textContent()).toContain('请将办公室指纹告知专家，用于核对案卷签名');
      expect(await page.getByTestId('office-fingerprint').textContent()).toMatch(
        /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/,
      );
      for (const expert of fixtureExperts) {
        const file = await stat(join(office.fixture.choices.outputFolder!, `${expert.id}.qbcase`));
        expect(file.size).toBeGreaterThan(0);
        expect(
          await rows.and(page.locator(`[data-expert="${expert.id}"]`)).textContent(),
        ).toContain(`${expert.id}.qbcase`);
      }
      await expectNoSidewaysScroll(page);
      await shot(page, `${size}-office-sealing`);

      // The sealed material round is open now; its shortlist opens the defense round.
      await page.getByRole('button', { name: '评分标准与轮次' }).click();
      const defense = page.getByRole('region', { name: '建立答辩评审' });
      await defense.getByRole('checkbox', { name: /2026002/ }).check();
      await defense.getByRole('button', { name: '建立答辩评审（1 项）' }).click();
      const rounds = page.getByRole('radiogroup', { name: /轮次/ });
      await expect.poll(() => rounds.getByRole('radio').count()).toBe(2);
      expect(await rounds.textContent()).toContain('答辩评审');
      await shot(page, `${size}-office-defense-round`);
    });
  });
}
