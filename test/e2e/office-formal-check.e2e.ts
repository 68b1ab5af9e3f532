/**
 * The office's formal check (形式审查): the applications with the register's data, the checklist
 * decided item by item, a file's kind and a recommending unit corrected, the quota warning, and
 * the screen at 1366×768 and at 125 % scaling (1093×615).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formalCheckItems } from '../../shared/office/formal-check-items';
import {
  createCaseInUi,
  fixtureApplications,
  importFixture,
  officeHarnessPerTest,
} from './office-fixture';
import type { OfficeFixture } from './office-fixture';
import { saveScreenshot, VIEWPORTS } from './screenshots';

// The fixture's files arrive "now"; a case for next year keeps its 25 June deadline after them
// whatever the clock says, so the received-before-deadline suggestion is a pass.
const year = new Date().getFullYear() + 1;

const row = (page: Page, applicationNo: string) =>
  page.locator(`tr[data-application-no="${applicationNo}"]`);
const item = (page: Page, itemId: string) => page.locator(`[data-item="${itemId}"]`);
const decision = (page: Page, itemId: string, label: string) =>
  item(page, itemId).getByRole('button', { name: label, exact: true });

async function openFormalCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: '形式审查', exact: true }).click();
  await page.getByRole('heading', { name: '形式审查' }).waitFor();
}

async function decide(page: Page, itemId: string, label: string): Promise<void> {
  await decision(page, itemId, label).click();
  await expect.poll(() => decision(page, itemId, label).getAttribute('aria-pressed')).toBe('true');
}

/** Two more applications for Jiangsu, one of them with a damaged Word file, and their register. */
async function writeJiangsuExtras(
  fixture: OfficeFixture,
): Promise<{ archive: string; csv: string }> {
  const archive = join(fixture.root, '2026004+南方绿色能源有限公司.zip');
  const pdf = (label: string) =>
    new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
  await writeFile(
    archive,
    zipSync({
      '南方绿色能源有限公司申报材料.docx': new TextEncoder().encode('not a word document'),
      '推荐表.pdf': pdf('recommendation'),
      '承诺书.pdf': pdf('commitment'),
    }),
  );
  const csv = join(fixture.root, '补充登记表.csv');
  await writeFile(
    csv,
    [
      '申报编号,申报单位全称,经验名称,推荐单位,遴选范围,重点领域,是否中小企业',
      '2026004,南方绿色能源有限公司,绿色制造质量提升,江苏省工业和信息化厅,6,否,否',
      '2026005,东海船舶配套有限公司,供应链质量协同,江苏省工业和信息化厅,1,否,否',
    ].join('\n'),
  );
  return { archive, csv };
}

describe('office formal check', () => {
  const office = officeHarnessPerTest();
  beforeAll(async () => {});

  it('lists the applications with the register’s data and takes the deadline from the notice', async () => {
    const { page } = office.harness;
    await createCaseInUi(page, year);
    await importFixture(page, office.fixture);
    await openFormalCheck(page);

    for (const application of fixtureApplications) {
      const text = await row(page, application.no).textContent();
      expect(text).toContain(application.name);
      expect(text).toContain(application.title);
      expect(text).toContain(application.unit);
      expect(text).toContain(application.scope === 1 ? '（一）' : '（二）');
      expect(text).toContain('待定');
    }
    expect(await page.getByTestId('fc-counts').textContent()).toBe(
      '共 3 项，通过 0，未通过 0，待定 3',
    );
    expect(await page.getByTestId('fc-quota').textContent()).toContain('均未超过推荐名额');

    // The first application is selected; its files are suggested, the deadline is not set yet.
    expect(await item(page, 'recommendation-form-scan').textContent()).toContain(
      '建议通过：已收到推荐表：推荐表.pdf',
    );
    expect(
      await decision(page, 'recommendation-form-scan', '通过').getAttribute('class'),
    ).toContain('fc-suggested-pass');
    expect(await item(page, 'received-before-deadline').textContent()).toContain(
      '尚未设置申报截止时间',
    );
    await page.getByRole('button', { name: '按通知设为 6月25日' }).click();
    await expect.poll(() => page.getByLabel('申报截止日期').inputValue()).toBe(`${year}-06-25`);
    await expect
      .poll(() => item(page, 'received-before-deadline').textContent())
      .toContain('建议通过');
  });

  it('passes one application item by item, fails another, and keeps a note', async () => {
    const { page } = office.harness;
    await createCaseInUi(page, year);
    await importFixture(page, office.fixture);
    await openFormalCheck(page);
    await page.getByRole('button', { name: '按通知设为 6月25日' }).click();
    await page.getByText(`${year}年6月25日 24 时（北京时间）截止`).waitFor();

    await row(page, '2026001').click();
    for (const { id } of formalCheckItems) await decide(page, id, '通过');
    await expect
      .poll(() => row(page, '2026001').locator('[data-state]').textContent())
      .toBe('通过');
    expect(await item(page, 'legal-person').textContent()).toContain('办公室已判定');

    // Back to the suggestion: the item follows the data again, the overall state with it.
    await item(page, 'legal-person').getByRole('button', { name: '恢复建议' }).click();
    await expect
      .poll(() => row(page, '2026001').locator('[data-state]').textContent())
      .toBe('待定');
    await decide(page, 'legal-person', '通过');

    await row(page, '2026002').click();
    await decide(page, 'profitable-three-years', '未通过');
    await expect
      .poll(() => row(page, '2026002').locator('[data-state]').textContent())
      .toBe('未通过');
    const note = page.getByLabel('近三年连续保持盈利 备注');
    await note.fill('2024 年度亏损，见审计报告');
    await note.blur();
    await expect
      .poll(() => page.getByTestId('fc-counts').textContent())
      .toBe('共 3 项，通过 1，未通过 1，待定 1');

    // The note is in the case: it comes back after looking at another application.
    await row(page, '2026003').click();
    await expect.poll(() => page.getByLabel('近三年连续保持盈利 备注').inputValue()).toBe('');
    await row(page, '2026002').click();
    await expect
      .poll(() => page.getByLabel('近三年连续保持盈利 备注').inputValue())
      .toBe('2024 年度亏损，见审计报告');
  });

  it('keeps a corrected file kind and unit, and warns when a unit is over its quota', async () => {
    const { page } = office.harness;
    await createCaseInUi(page, year);
    await importFixture(page, office.fixture);
    const extras = await writeJiangsuExtras(office.fixture);
    await page.getByTestId('archive-input').setInputFiles(extras.archive);
    await page.getByText('已导入 1 个压缩包').waitFor();
    await page.getByTestId('register-input').setInputFiles(extras.csv);
    // Main reads the register in its archive worker: on a busy two-core machine that alone can
    // take longer than a poll's default second.
    await expect
      .poll(() => page.getByTestId('register-report').textContent(), { timeout: 15_000 })
      .toContain('读取 2 行，导入 2 项');
    await openFormalCheck(page);

    // Jiangsu has 3: at its quota, not over it. The damaged Word file shows as a problem.
    expect(await page.getByTestId('fc-quota').textContent()).toContain('均未超过推荐名额');
    expect(await row(page, '2026004').textContent()).toContain('文档损坏');
    expect(await row(page, '2026005').textContent()).toContain('供应链质量协同');

    // A file intake took for the recommendation form is corrected to other evidence.
    await row(page, '2026003').click();
    const kind = page.getByLabel('推荐表.pdf 材料类别');
    await kind.selectOption('evidence');
    await expect
      .poll(() => item(page, 'recommendation-form-scan').textContent())
      .toContain('建议未通过：未收到推荐表');
    await row(page, '2026001').click();
    await expect.poll(() => kind.inputValue()).toBe('recommendation-form');
    await row(page, '2026003').click();
    await expect.poll(() => kind.inputValue()).toBe('evidence');

    // Sichuan's application was meant for Jiangsu: now Jiangsu recommends 4, one too many.
    await row(page, '2026002').click();
    await page
      .getByLabel('推荐单位', { exact: true })
      .selectOption({ label: '江苏省工业和信息化厅' });
    await expect
      .poll(() => page.getByTestId('fc-quota').textContent())
      .toContain(
        '江苏省工业和信息化厅推荐 4 项，超过名额 3 项：2026001、2026002、2026004、2026005',
      );
    expect(await row(page, '2026002').textContent()).toContain('江苏省工业和信息化厅');

    await row(page, '2026004').click();
    await page.getByTestId('fc-detail').getByText('文档损坏').first().waitFor();
    await saveScreenshot(page, '1366x768-office-formal-check');
  });

  it('shows applications without a register as 未登记 until the office picks their unit', async () => {
    const { page } = office.harness;
    await createCaseInUi(page, year);
    await page.getByTestId('archive-input').setInputFiles([...office.fixture.archives]);
    await page.getByText('已导入 3 个压缩包').waitFor();
    await openFormalCheck(page);

    const quota = page.getByTestId('fc-quota');
    expect(await quota.textContent()).toContain('3 项尚未登记推荐单位：2026001、2026002、2026003');
    expect(await row(page, '2026001').textContent()).toContain('未登记');

    await page
      .getByLabel('推荐单位', { exact: true })
      .selectOption({ label: '江苏省工业和信息化厅' });
    await expect.poll(() => quota.textContent()).toContain('2 项尚未登记推荐单位');
    expect(await row(page, '2026001').textContent()).toContain('江苏省工业和信息化厅');

    // An invalid change is refused by main and said so: scope (四) is for SMEs only.
    await page.getByLabel('遴选范围').selectOption('4');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('中小企业');
    expect(await page.getByLabel('遴选范围').inputValue()).toBe('1');
  });
});

describe('office formal check at 1093×615', () => {
  const office = officeHarnessPerTest(VIEWPORTS['1093x615']);
  beforeAll(async () => {});

  it('fits 1093×615 (1366×768 at 125 %) without scrolling sideways, in Chinese and English', async () => {
    const { page } = office.harness;
    await createCaseInUi(page, year);
    await importFixture(page, office.fixture);
    await openFormalCheck(page);
    await row(page, '2026002').click();
    await decide(page, 'legal-person', '未通过');

    const sideways = () =>
      page.evaluate(() =>
        [
          document.documentElement,
          ...Array.from(document.querySelectorAll('.content, .fc-screen')),
        ].some((element) => element.scrollWidth > element.clientWidth),
      );
    expect(await sideways()).toBe(false);
    await saveScreenshot(page, '1093x615-office-formal-check');

    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Formal check' }).waitFor();
    expect(await page.getByTestId('fc-counts').textContent()).toBe(
      '3 in all: 0 passed, 1 failed, 2 pending',
    );
    expect(await item(page, 'legal-person').textContent()).toContain('Independent legal person');
    await saveScreenshot(page, '1093x615-office-formal-check-en');
    expect(await sideways()).toBe(false);
  });
});
