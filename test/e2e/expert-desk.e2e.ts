/**
 * The expert's desk (issue 9, points 2 and 3) in Chromium under the production CSP with the real
 * core services: the office seals a round (through its own core), the expert's identity file is
 * in the app's identities folder; the expert unlocks the identity, opens the package from the
 * dialog, is refused without the office fingerprint and with a wrong one (the messages on the
 * unlock screen), then opens it with the fingerprint typed in full width with spaces; sees the
 * round, the three applications (申报编号, 申报单位, 经验名称) and their materials, and reads one
 * into memory. Every folder the app and Chromium wrote is scanned for the materials' marker and
 * the applicants' names (officeHarnessPerTest). At 1366×768 and at 125 % scaling (1093×615).
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { EXPERT_PASSPHRASE, sealForExpert } from './expert-desk-fixture';
import { MATERIAL_MARKER, fixtureApplications, officeHarnessPerTest } from './office-fixture';

const screenshotDir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

const viewports = {
  '1366x768': { width: 1366, height: 768 },
  '1093x615': { width: 1093, height: 615 },
} as const;

/** Full width, lower case, an ideographic space between the groups: as typed on a Chinese IME. */
function typedOnChineseKeyboard(fingerprint: string): string {
  return fingerprint
    .toLowerCase()
    .split('-')
    .map((group) =>
      group.replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    )
    .join('　');
}

/** The page itself never scrolls sideways: only the content pane may scroll, and only down. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.locator('.content').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, 'horizontal overflow of the content pane').toBeLessThanOrEqual(0);
}

for (const [size, viewport] of Object.entries(viewports)) {
  describe(`expert desk at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser });

    const shot = async (page: Page, name: string) => {
      await mkdir(screenshotDir, { recursive: true });
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${screenshotDir}${size}-${name}.png` });
    };

    it('unlocks the package, refusing a missing and a wrong fingerprint in words, and lists the applications and materials', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture);
      chooser.choice.packageFile = sealed.packageFile;
      chooser.shown = 0;

      // The expert unlocks the identity kept on this laptop.
      await page.getByRole('radio', { name: '评审专家' }).click();
      await page.getByRole('navigation').getByRole('button', { name: '身份' }).click();
      await page.getByRole('button', { name: '解锁', exact: true }).click();
      const unlockIdentity = page.getByRole('region', { name: /^解锁身份/ });
      await unlockIdentity.getByLabel('身份口令').fill(EXPERT_PASSPHRASE);
      await unlockIdentity.getByRole('button', { name: '解锁', exact: true }).click();
      await page
        .getByTestId('identity-list')
        .locator('tbody tr')
        .filter({ hasText: '已解锁' })
        .filter({ hasText: '张专家' })
        .waitFor({ timeout: 30_000 });

      await page.getByRole('navigation').getByRole('button', { name: '解锁案卷' }).click();
      await page.getByRole('heading', { level: 2, name: '开启案卷包' }).waitFor();
      expect(await page.getByTestId('desk-identity').textContent()).toContain(
        `将用当前身份解锁：张专家（指纹 ${sealed.expert.card.fingerprint}）`,
      );
      const form = page.getByRole('form', { name: '开启案卷包' });
      const refusal = page.getByTestId('desk-unlock-error');

      // First use of the case, no fingerprint: asked for it, nothing opened.
      await form.getByRole('button', { name: '选择案卷包并开启…' }).click();
      await refusal
        .filter({ hasText: '第一次打开此案卷，请输入办公室告知您的办公室指纹。' })
        .waitFor({ timeout: 30_000 });

      // A wrong fingerprint (well formed): refused, naming the signer's; retried without a dialog.
      await form.getByLabel('办公室指纹').fill('ABCD EFGH JKMN PQRS');
      expect(await page.getByTestId('fingerprint-reading').textContent()).toBe(
        '将核对：ABCD-EFGH-JKMN-PQRS',
      );
      await form.getByRole('button', { name: '再次开启 e03.qbcase' }).click();
      await refusal
        .filter({
          hasText: `案卷包的签名者指纹是 ${sealed.office.card.fingerprint}，与您输入的办公室指纹 ABCD-EFGH-JKMN-PQRS 不符，未打开。`,
        })
        .waitFor({ timeout: 30_000 });
      expect(chooser.shown).toBe(1);
      await shot(page, 'expert-desk-refused');

      // A fingerprint the form itself cannot read: said before main is asked.
      await form.getByLabel('办公室指纹').fill('ABCD-EFGH-JKMN');
      expect(await page.getByTestId('fingerprint-reading').textContent()).toBe(
        '已输入 12 位，共 16 位。',
      );

      // The right one, as typed on a Chinese keyboard.
      await form
        .getByLabel('办公室指纹')
        .fill(typedOnChineseKeyboard(sealed.office.card.fingerprint));
      expect(await page.getByTestId('fingerprint-reading').textContent()).toBe(
        `将核对：${sealed.office.card.fingerprint}`,
      );
      await shot(page, 'expert-desk-unlock');
      await form.getByRole('button', { name: '再次开启 e03.qbcase' }).click();
      await page.getByRole('heading', { level: 2, name: '案卷包' }).waitFor({ timeout: 30_000 });
      expect(chooser.shown).toBe(1);

      expect(await page.getByTestId('desk-round').textContent()).toBe('2026年资料评审');
      expect(await page.getByTestId('desk-unlocked-with').textContent()).toBe(
        '已用身份解锁，可签名提交评审意见。',
      );
      await page.getByText('已在本机记住此案卷的办公室密钥').waitFor();
      const table = page.getByTestId('desk-applications');
      for (const app of fixtureApplications) {
        const row = table.getByTestId(`application-${app.no}`);
        expect(await row.textContent()).toBe(`${app.no}${app.name}${app.title}`);
      }
      const materials = table.locator('tr.desk-material');
      expect(await materials.count()).toBe(6);
      const first = await materials.first().locator('td').allTextContents();
      expect(first.slice(0, 2)).toEqual([
        '申报材料',
        `${fixtureApplications[0].name}申报材料.docx`,
      ]);
      expect(first[2]).toMatch(/^\d+(\.\d)? KB$/);
      expect(await materials.nth(1).locator('td').first().textContent()).toBe('推荐表');
      expect(await materials.nth(1).locator('td').nth(2).textContent()).toMatch(/^\d+ 字节$/);
      await shot(page, 'expert-desk-package');

      // A Word material read into memory, verified, and shown in the Word reader under the
      // watermark of the package's recipient.
      await table
        .getByRole('button', { name: `阅读 ${fixtureApplications[1].name}申报材料.docx` })
        .click();
      const pane = page.getByTestId('material-pane');
      await pane.getByText('已在内存中解密并核对签名').waitFor({ timeout: 30_000 });
      await pane
        .getByText(`${fixtureApplications[1].title}：${MATERIAL_MARKER}`)
        .waitFor({ timeout: 30_000 });
      expect(await pane.getByTestId('watermark').first().textContent()).toContain('保密');

      // A passage selected in the Word text and annotated: kept in the journal (已保存 only
      // once main has it on disk), listed under the material.
      const quote = fixtureApplications[1].title;
      await pane.locator('.word-page').evaluate((page, wanted) => {
        const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return;
        }
      }, quote);
      await pane.getByRole('button', { name: '为所选文字添加批注' }).click();
      const annotations = pane.getByTestId('annotation-list');
      await annotations.getByText(quote).waitFor({ timeout: 30_000 });
      await pane.getByText('已保存').first().waitFor();
      await annotations.scrollIntoViewIfNeeded();
      await shot(page, 'expert-desk-annotated');

      expect(harness.calls.filter((c) => c.channel === 'desk:readMaterial')).toEqual([
        { channel: 'desk:readMaterial', ok: true },
      ]);
      await shot(page, 'expert-desk-material');
      // Mid-session, with the package open and a material in memory: nothing in plaintext.
      expect(await session.scanWritten()).toEqual([]);

      // The fixture's 推荐表 is a PDF with no page at all: the PDF view says so, never a blank pane.
      await table.getByRole('button', { name: '阅读 推荐表.pdf' }).nth(1).click();
      await pane
        .locator('.pdf-view[data-pdf-state="error"], .pdf-view[data-pdf-state="rendered"]')
        .waitFor({ timeout: 30_000 });
      expect(await pane.getByTestId('watermark').count()).toBe(1);

      // Closed: back to the unlock screen; the case stays pinned (opens again without a fingerprint).
      await page.getByRole('button', { name: '关闭案卷' }).click();
      await page.getByRole('heading', { level: 2, name: '开启案卷包' }).waitFor();
      await page
        .getByRole('form', { name: '开启案卷包' })
        .getByRole('button', { name: '选择案卷包并开启…' })
        .click();
      await page.getByRole('heading', { level: 2, name: '案卷包' }).waitFor({ timeout: 30_000 });
      expect(await page.getByText('已在本机记住此案卷的办公室密钥').count()).toBe(0);

      // Opened again: the annotation comes back from the journal on disk.
      await page
        .getByTestId('desk-applications')
        .getByRole('button', { name: `阅读 ${fixtureApplications[1].name}申报材料.docx` })
        .click();
      await page
        .getByTestId('annotation-list')
        .getByText(fixtureApplications[1].title)
        .waitFor({ timeout: 30_000 });
    });

    it('opens the package with its passphrase alone, refusing a wrong one, and says it cannot sign', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture, { withPassphrases: true });
      chooser.choice.packageFile = sealed.packageFile;
      chooser.shown = 0;

      // The identity stays locked: the package's passphrase from the slip is the way in.
      await page.getByRole('radio', { name: '主任委员' }).click();
      await page.getByRole('navigation').getByRole('button', { name: '解锁案卷' }).click();
      await page.getByRole('heading', { level: 2, name: '开启案卷包' }).waitFor();
      expect(await page.getByTestId('desk-identity').textContent()).toMatch(/^尚未解锁身份/);
      const form = page.getByRole('form', { name: '开启案卷包' });
      const refusal = page.getByTestId('desk-unlock-error');

      // Neither identity nor passphrase: said before any dialog.
      await form.getByRole('button', { name: '选择案卷包并开启…' }).click();
      await refusal.filter({ hasText: '请先解锁您的身份，或输入案卷包口令' }).waitFor();
      expect(chooser.shown).toBe(0);

      await form.getByLabel('办公室指纹').fill(sealed.office.card.fingerprint);
      await form.getByLabel('案卷包口令（可选）').fill('1234 5678 1234 5678 1234 5678 1234 5678');
      await form.getByRole('button', { name: '选择案卷包并开启…' }).click();
      await refusal.filter({ hasText: '口令不正确。' }).waitFor({ timeout: 30_000 });
      await shot(page, 'expert-desk-wrong-passphrase');

      // As printed on the slip, in groups, typed in full width.
      const typed = sealed
        .passphrase!.match(/.{4}/g)!
        .join(' ')
        .replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      await form.getByLabel('案卷包口令（可选）').fill(typed);
      await form.getByRole('button', { name: '再次开启 e03.qbcase' }).click();
      await page.getByRole('heading', { level: 2, name: '案卷包' }).waitFor({ timeout: 30_000 });
      expect(chooser.shown).toBe(1);
      expect(await page.getByTestId('desk-unlocked-with').textContent()).toBe(
        '已用案卷包口令开启：可以阅读；提交评审意见等需签名的操作须用本人身份。',
      );
      expect(
        await page.getByTestId('desk-applications').locator('tr.desk-application').count(),
      ).toBe(3);
      await shot(page, 'expert-desk-passphrase');
    });
  });
}
