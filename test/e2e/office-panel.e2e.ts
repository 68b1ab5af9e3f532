/**
 * The office sets up a round end to end: includes the applications, registers four experts from
 * their identity cards (the fingerprint each reads out typed in; a wrong one refused), forms a
 * group and the committee, assigns, records conflicts (one suggested, one entered), edits the
 * rubric, and seals one package per person, each with its own passphrase shown once; the
 * conflicted experts' packages hold one application fewer, and the files are on disk. The slips
 * are refused beside the packages and written to a folder apart; a conflict found late is met
 * by reissuing that one person's package.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Api } from '../../shared/ipc/api';
import { normalisePackagePassphrase } from '../../shared/security/package-passphrase';
import { passphraseLines } from '../../electron/core/report/passphrase-slip';
import { describe, expect, it } from 'vitest';
import { plaintextFoundUnder } from '../support/plaintext-scan';
import {
  createCaseInUi,
  fixtureExperts,
  importFixture,
  officeHarnessPerTest,
} from './office-fixture';
import { expectNoSidewaysScroll, saveScreenshot, SIZES } from './screenshots';

/** Every passphrase of the report whole in view: a wide table scrolls in its box, never over one. */
async function expectPassphrasesInView(page: Page): Promise<void> {
  const clipped = await page.getByTestId('package-passphrase').evaluateAll(
    (codes) =>
      codes.filter((code) => {
        const box = code.closest('.seal-report-scroll')!.getBoundingClientRect();
        return code.getBoundingClientRect().right > box.right + 0.5;
      }).length,
  );
  expect(clipped, 'passphrases cut off at the right').toBe(0);
}

/** The same screen in English, for a look at the longer strings; then back to Chinese. */
async function inEnglish(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.getByRole('combobox', { name: 'Language' }).waitFor();
  await expectNoSidewaysScroll(page);
  await expectPassphrasesInView(page);
  await saveScreenshot(page, name);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('combobox', { name: '语言' }).waitFor();
}

const isFolder = (path: string) =>
  stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

for (const [size, viewport] of SIZES) {
  describe(`office panel, rubric and sealing at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);

    it('registers experts by their fingerprints, forms the panel, seals with passphrases, writes slips, reissues', async () => {
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

      // 专家: each card from a file, verified in main; the fingerprint the expert reads out is
      // typed, and the card's own is shown only once they match.
      await openScreen(page, '专家与分组');
      const cardDir = join(office.fixture.root, 'cards');
      await mkdir(cardDir, { recursive: true });
      const entry = page.getByTestId('fingerprint-entry');
      const typedField = page.getByLabel('专家告知的指纹');
      for (const [index, expert] of fixtureExperts.entries()) {
        const file = join(cardDir, `${expert.id}.json`);
        await writeFile(file, office.fixture.cards[expert.id]!);
        await page.getByTestId('card-input').setInputFiles(file);
        const fingerprint = JSON.parse(office.fixture.cards[expert.id]!).fingerprint as string;
        const preview = page.getByTestId('card-preview');
        await preview.waitFor();
        const previewText = await preview.textContent();
        expect(previewText).toContain(expert.name);
        expect(previewText).toContain(expert.organisation);
        expect(previewText).toContain(expert.region);
        expect(previewText).toContain('身份卡本人签名有效');
        // Not shown until typed: the clerk cannot copy it from the screen.
        expect(previewText).not.toContain(fingerprint);
        expect(await page.getByTestId('card-fingerprint').count()).toBe(0);
        expect(await page.getByLabel('编号').inputValue()).toBe(expert.id);
        expect(await page.getByLabel('所在地区').inputValue()).toBe(expert.region);
        await page.getByLabel('专业领域').fill('卓越绩效、精益，六西格玛');
        await page.getByLabel('熟悉行业').fill('机械, 汽车零部件');
        const register = page.getByRole('button', { name: '登记专家' });
        expect(await register.isDisabled()).toBe(true);

        if (index === 0) {
          // A card swapped on the way: the expert reads out a fingerprint that is not the card's.
          const wrong = `${fingerprint.slice(0, -1)}${fingerprint.endsWith('7') ? '8' : '7'}`;
          await typedField.fill(wrong.slice(0, 9));
          await expect.poll(() => entry.getAttribute('data-state')).toBe('partial');
          expect(await entry.textContent()).toContain('已输入 8/16 位');
          await typedField.fill(wrong);
          await expect.poll(() => entry.getAttribute('data-state')).toBe('mismatch');
          expect(await page.getByTestId('fingerprint-mismatch').textContent()).toContain(
            '指纹不一致，请勿登记！',
          );
          expect(await page.getByTestId('card-fingerprint').count()).toBe(0);
          expect(await register.isDisabled()).toBe(true);
          await expectNoSidewaysScroll(page);
          await saveScreenshot(page, `${size}-office-panel-mismatch`);
          await inEnglish(page, `${size}-office-panel-mismatch-en`);
          // Main refuses it too, should the screen ever let it through.
          const refused = await page.evaluate(
            ([card, typed]) =>
              (window as unknown as { qbr: Api }).qbr.office.registerExpert({
                card: card!,
                id: 'e01',
                role: 'chair',
                fingerprint: typed!,
                fields: [],
                industries: [],
              }),
            [office.fixture.cards[expert.id]!, wrong],
          );
          expect(refused.ok).toBe(false);
          if (!refused.ok) {
            expect(refused.error.code).toBe('refused');
            expect(refused.error.message).toContain('身份卡的指纹与专家告知的指纹不一致');
          }
          expect(await page.getByTestId('experts-table').count()).toBe(0);
        }

        // As read out over the phone: lower case, in groups, with spaces.
        await typedField.fill(fingerprint.toLowerCase().replaceAll('-', ' '));
        await expect.poll(() => entry.getAttribute('data-state')).toBe('match');
        expect(await page.getByTestId('card-fingerprint').textContent()).toBe(fingerprint);
        expect(await register.isDisabled()).toBe(false);
        if (index === fixtureExperts.length - 1) {
          await expectNoSidewaysScroll(page);
          await saveScreenshot(page, `${size}-office-panel`);
        }
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
      await saveScreenshot(page, `${size}-office-panel-group-editor`);
      await page.getByRole('button', { name: '保存专业组' }).click();
      const groups = page.getByTestId('groups-table');
      await expect.poll(() => groups.textContent()).toContain('王组长');
      expect(await groups.textContent()).toContain('张专家、赵专家');
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-panel-groups`);

      // 分配: one by hand, the rest from the suggestions.
      await page.getByRole('tab', { name: '分配' }).click();
      await page.getByRole('combobox', { name: '专业组 2026001' }).selectOption('g01');
      await expect.poll(() => page.getByTestId('assign-count').textContent()).toBe('已分配 1/3');
      expect(await page.getByTestId('assign-table').textContent()).toContain('建议 第一专业组');
      await page.getByRole('button', { name: '未分配的全部采用建议' }).click();
      await expect.poll(() => page.getByTestId('assign-count').textContent()).toBe('已分配 3/3');
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-panel-assign`);

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
      await saveScreenshot(page, `${size}-office-panel-conflicts`);

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
      await saveScreenshot(page, `${size}-office-rubric-rounds-bands`);
      await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
      await saveScreenshot(page, `${size}-office-rubric-rounds`);

      // 封装分发: nothing blocks, four recipients, a passphrase of its own for each package.
      await openScreen(page, '封装分发');
      expect(await page.locator('.seal-blocking').count()).toBe(0);
      const recipients = page.getByTestId('recipients-table');
      await expect.poll(() => recipients.locator('tbody tr').count()).toBe(4);
      const option = page.getByLabel('每份案卷包另设独立口令（随机生成）');
      expect(await option.isChecked()).toBe(false);
      await option.check();
      expect(await page.locator('main').textContent()).toContain(
        '每个口令只能打开这一份案卷包，封装后只显示一次',
      );
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-before`);
      await page.getByRole('button', { name: '封装…' }).click();
      const report = page.getByTestId('seal-report');
      await report.waitFor({ timeout: 60_000 });
      const rows = page.getByTestId('report-table').locator('tbody tr');
      expect(await rows.count()).toBe(4);
      const rowOf = (expertId: string) => rows.and(page.locator(`[data-expert="${expertId}"]`));
      const applicationsOf = async (expertId: string) =>
        Number(await rowOf(expertId).getByTestId('package-applications').textContent());
      expect(await applicationsOf('e01')).toBe(3);
      expect(await applicationsOf('e02')).toBe(3);
      expect(await applicationsOf('e03')).toBe(2);
      expect(await applicationsOf('e04')).toBe(2);
      expect(await report.textContent()).toContain('请将办公室指纹告知专家，用于核对案卷签名');
      expect(await page.getByTestId('passphrase-once').textContent()).toContain(
        '口令只在此显示一次',
      );
      expect(await page.getByTestId('office-fingerprint').textContent()).toMatch(
        /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/,
      );
      const passphrases = new Map<string, string>();
      for (const expert of fixtureExperts) {
        const file = await stat(join(office.fixture.choices.outputFolder!, `${expert.id}.qbcase`));
        expect(file.size).toBeGreaterThan(0);
        const row = rowOf(expert.id);
        expect(await row.textContent()).toContain(`${expert.id}.qbcase`);
        expect(await row.getByTestId('package-sequence').textContent()).toBe('1');
        const passphrase = (await row.getByTestId('package-passphrase').textContent()) ?? '';
        expect(passphrase).toMatch(/^\d{4}( \d{4}){7}$/);
        // On one line, as it is read out.
        const box = await row.getByTestId('package-passphrase').boundingBox();
        expect(box!.height).toBeLessThan(32);
        passphrases.set(expert.id, passphrase);
      }
      expect(new Set(passphrases.values()).size).toBe(4);
      await expectNoSidewaysScroll(page);
      await expectPassphrasesInView(page);
      await saveScreenshot(page, `${size}-office-sealing`);

      // 口令单: plaintext, so never among the packages; then into the folder set apart.
      const slips = page.getByTestId('slips');
      expect(await page.getByTestId('slips-warning').textContent()).toContain('口令单是明文');
      const besidePackages = join(office.fixture.choices.outputFolder!, '口令单');
      office.fixture.chooser.choices.slipsFolder = besidePackages;
      await slips.getByRole('button', { name: '保存口令单…' }).click();
      await expect
        .poll(() => slips.getByRole('alert').textContent())
        .toContain('口令单须保存在与案卷包不同的文件夹');
      expect(await isFolder(besidePackages)).toBe(false);
      office.fixture.chooser.choices.slipsFolder = office.fixture.slipsFolder;
      await slips.getByRole('button', { name: '保存口令单…' }).click();
      const saved = page.getByTestId('slips-saved');
      await saved.waitFor();
      expect(await saved.textContent()).toContain('已将 4 份口令单保存到文件夹“口令单”');
      const slipFiles = fixtureExperts.map((e) => `口令单-${e.id}.docx`);
      expect((await readdir(office.fixture.slipsFolder)).sort()).toEqual(slipFiles);
      // Each slip carries its own package's passphrase (in the two lines it prints), and only that one.
      const lines = new Map(
        [...passphrases].map(([expertId, passphrase]) => [
          expertId,
          passphraseLines(normalisePackagePassphrase(passphrase)!),
        ]),
      );
      const found = await plaintextFoundUnder(
        [office.fixture.slipsFolder],
        [...lines.values()].flat(),
      );
      for (const [expertId, [first, second]] of lines) {
        for (const line of [first, second]) {
          const holders = new Set(found.filter((f) => f.text === line).map((f) => f.file));
          expect([...holders].map((file) => basename(file))).toEqual([`口令单-${expertId}.docx`]);
        }
      }
      await saved.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-slips`);

      // A conflict found after sealing: 张专家 and 2026002; only his package is issued again.
      await openScreen(page, '专家与分组');
      await page.getByRole('tab', { name: '回避' }).click();
      await page.getByRole('combobox', { name: /^专家/ }).selectOption('e03');
      await page
        .getByRole('combobox', { name: /^申报经验/ })
        .selectOption({ label: '2026002 西部智能装备股份有限公司' });
      await page.getByRole('combobox', { name: /^情形/ }).selectOption('same-organisation');
      await page.getByRole('button', { name: '登记回避' }).click();
      await expect.poll(() => conflicts.locator('tbody tr').count()).toBe(3);
      await openScreen(page, '封装分发');
      expect(await page.getByRole('button', { name: '全部重新封装…' }).count()).toBe(1);
      const issued = recipients.locator('tbody tr[data-expert="e03"]');
      expect(await issued.getByTestId('issued-sequence').textContent()).toBe('第 1 份');
      await page.getByRole('button', { name: '重新签发… 张专家（e03）' }).click();
      const reissueForm = page.getByTestId('reissue-form');
      expect(await reissueForm.textContent()).toContain('序号为第 2 份');
      await reissueForm.getByLabel('原因').fill('新发现回避情形：2026002');
      await reissueForm.getByLabel('另设独立口令（随机生成）').check();
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-office-sealing-reissue-form`);
      const before = await stat(join(office.fixture.choices.outputFolder!, 'e04.qbcase'));
      await reissueForm.getByRole('button', { name: '重新签发…', exact: true }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: /已重新签发/ }).textContent())
        .toBe('已重新签发：张专家（e03）的第 2 份案卷');
      expect(await rows.count()).toBe(1);
      expect(await rowOf('e03').getByTestId('package-sequence').textContent()).toBe('2');
      expect(await applicationsOf('e03')).toBe(1);
      const reissued = await rowOf('e03').getByTestId('package-passphrase').textContent();
      expect(reissued).toMatch(/^\d{4}( \d{4}){7}$/);
      expect(reissued).not.toBe(passphrases.get('e03'));
      await expect.poll(() => issued.getByTestId('issued-sequence').textContent()).toBe('第 2 份');
      // Nobody else's package was touched.
      const after = await stat(join(office.fixture.choices.outputFolder!, 'e04.qbcase'));
      expect(after.mtimeMs).toBe(before.mtimeMs);
      await expectNoSidewaysScroll(page);
      await expectPassphrasesInView(page);
      await saveScreenshot(page, `${size}-office-sealing-reissue`);
      await inEnglish(page, `${size}-office-sealing-reissue-en`);

      // The sealed material round is open now; its shortlist opens the defense round.
      await page.getByRole('button', { name: '评分标准与轮次' }).click();
      const defense = page.getByRole('region', { name: '建立答辩评审' });
      await defense.getByRole('checkbox', { name: /2026002/ }).check();
      await defense.getByRole('button', { name: '建立答辩评审（1 项）' }).click();
      const rounds = page.getByRole('radiogroup', { name: /轮次/ });
      await expect.poll(() => rounds.getByRole('radio').count()).toBe(2);
      expect(await rounds.textContent()).toContain('答辩评审');
      await saveScreenshot(page, `${size}-office-defense-round`);
    });
  });
}
