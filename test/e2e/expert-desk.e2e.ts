/**
 * The expert's desk (issue 9, points 2 and 3) in Chromium under the production CSP with the real
 * core services: the office seals a round (through its own core), the expert's identity file is
 * in the app's identities folder; the expert unlocks the identity, opens the package from the
 * dialog, is refused without the office fingerprint and with a wrong one (the messages on the
 * unlock screen), then opens it with the fingerprint typed in full width with spaces; sees the
 * round, the three applications (申报编号, 申报单位, 经验名称) and their materials, and reads one
 * into memory on the reading screen (阅读材料: the list, the material, the annotations column;
 * with no package open, the way to 解锁案卷). The annotations are expert-journal.e2e.ts's. Every folder the app and Chromium wrote is scanned for the materials' marker and
 * the applicants' names (officeHarnessPerTest). At 1366×768 and at 125 % scaling (1093×615).
 */
import { describe, expect, it } from 'vitest';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { EXPERT_PASSPHRASE, sealForExpert } from './expert-desk-fixture';
import { MATERIAL_MARKER, fixtureApplications, officeHarnessPerTest } from './office-fixture';
import { screenshotsAt, SIZES } from './screenshots';
import { unlockIdentityOnScreen } from './unlock-identity-on-screen';

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

for (const [size, viewport] of SIZES) {
  describe(`expert desk at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser });

    const shot = screenshotsAt(size);

    it('unlocks the package, refusing a missing and a wrong fingerprint in words, and lists the applications and materials', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture);
      chooser.choice.packageFile = sealed.packageFile;
      chooser.shown = 0;

      // The expert unlocks the identity kept on this laptop.
      await unlockIdentityOnScreen(page, EXPERT_PASSPHRASE, { name: '张专家' });

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
      // Exactly 案卷包: the form's own heading, 开启案卷包, holds the words before anything opens.
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });
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
      // Two materials each, and the second application's evidence PDF.
      expect(await materials.count()).toBe(7);
      const first = await materials.first().locator('td').allTextContents();
      expect(first.slice(0, 2)).toEqual([
        '申报材料',
        `${fixtureApplications[0].name}申报材料.docx`,
      ]);
      expect(first[2]).toMatch(/^\d+(\.\d)? KB$/);
      expect(await materials.nth(1).locator('td').first().textContent()).toBe('推荐表');
      expect(await materials.nth(1).locator('td').nth(2).textContent()).toMatch(/^\d+ 字节$/);
      await shot(page, 'expert-desk-package');

      // 阅读 reads the Word material into memory and opens it on the reading screen (the desk
      // keeps no reading pane): the material wide in the middle, under the watermark of the
      // package's recipient, the package's applications and materials listed on the left.
      await table
        .getByRole('button', { name: `阅读 ${fixtureApplications[1].name}申报材料.docx` })
        .click();
      await page.getByRole('heading', { level: 2, name: '阅读材料' }).waitFor();
      const reader = page.getByTestId('reading-material');
      // Opened with the identity: main reads no material before the round's undertaking is
      // signed, so the reading screen shows the undertaking in its place (not a refusal), and
      // the material asked for opens once it is signed.
      const undertaking = reader.getByTestId('undertaking-before-reading');
      await undertaking.waitFor({ timeout: 30_000 });
      expect(await reader.locator('[role="alert"]').count()).toBe(0);
      await shot(page, 'expert-reading-undertaking');
      await undertaking.getByTestId('undertaking-agree').check();
      await undertaking.getByRole('button', { name: '签署保密承诺' }).click();
      await reader
        .getByText(`${fixtureApplications[1].title}：${MATERIAL_MARKER}`)
        .waitFor({ timeout: 30_000 });
      expect(await reader.getByTestId('watermark').first().textContent()).toContain('保密');
      expect(await page.locator('.reading-verified').textContent()).toBe(
        '已在内存中解密，签名核对无误',
      );
      // On a narrow window the list starts folded, for the text: unfolded from its rail.
      if (viewport.width < 1200) {
        expect(await page.getByTestId('reading-nav').count()).toBe(0);
        await page.getByRole('button', { name: '申报与材料 ›' }).click();
      }
      const nav = page.getByTestId('reading-nav');
      for (const app of fixtureApplications) {
        expect(await nav.textContent()).toContain(`${app.no}${app.title}`);
      }
      expect(await nav.locator('[aria-current="true"]').getAttribute('aria-label')).toBe(
        `申报材料 ${fixtureApplications[1].name}申报材料.docx`,
      );
      if (viewport.width < 1200) await page.getByRole('button', { name: '收起申报列表' }).click();
      // The text scrolls inside the reader; the screen around it does not scroll at all.
      await reader.locator('.word-scroll').evaluate((el) => el.scrollBy(0, 600));
      const content = await page
        .locator('.content')
        .evaluate((el) => ({ extra: el.scrollHeight - el.clientHeight, top: el.scrollTop }));
      expect(content).toEqual({ extra: 0, top: 0 });
      const word = await reader
        .locator('.word-scroll')
        .evaluate((el) => ({ height: el.clientHeight, scrolled: el.scrollTop }));
      expect(word.scrolled).toBeGreaterThan(0);
      // Tall enough to read on: most of the window's height.
      expect(word.height).toBeGreaterThan(viewport.height * 0.55);
      await shot(page, 'expert-reading-word');

      expect(harness.calls.filter((c) => c.channel === 'desk:readMaterial')).toEqual([
        { channel: 'desk:readMaterial', ok: false },
        { channel: 'desk:readMaterial', ok: true },
      ]);
      // Mid-session, with the package open and a material in memory: nothing in plaintext.
      expect(await session.scanWritten()).toEqual([]);

      // The fixture's 推荐表 is a PDF with no page at all: the PDF view says so, never a blank pane.
      if (viewport.width < 1200) await page.getByRole('button', { name: '显示申报列表' }).click();
      await nav.getByRole('button', { name: '推荐表 推荐表.pdf' }).nth(1).click();
      await reader
        .locator('.pdf-view[data-pdf-state="error"], .pdf-view[data-pdf-state="rendered"]')
        .waitFor({ timeout: 30_000 });
      expect(await reader.getByTestId('watermark').count()).toBe(1);
      // The list folds away and the annotations column hides: the material takes the width.
      const before = await reader.evaluate((el) => el.clientWidth);
      await page.getByRole('button', { name: '收起申报列表' }).click();
      await page.getByRole('button', { name: '隐藏批注' }).click();
      expect(await nav.count()).toBe(0);
      expect(await page.getByTestId('reading-side').count()).toBe(0);
      expect(await reader.evaluate((el) => el.clientWidth)).toBeGreaterThan(before + 300);
      await page.getByRole('button', { name: '显示申报列表' }).click();
      await page.getByRole('button', { name: '显示批注' }).click();

      // Closed: back to the unlock screen; the reading screen says no package is open and
      // offers the way to one; the case stays pinned (opens again without a fingerprint).
      await page.getByRole('navigation').getByRole('button', { name: '解锁案卷' }).click();
      await page.getByRole('button', { name: '关闭案卷' }).click();
      await page.getByRole('heading', { level: 2, name: '开启案卷包' }).waitFor();
      await page.getByRole('navigation').getByRole('button', { name: '阅读材料' }).click();
      await page.getByTestId('reading-no-package').getByText('尚未开启案卷包。').waitFor();
      await shot(page, 'expert-reading-no-package');
      await page
        .getByTestId('reading-no-package')
        .getByRole('button', { name: '解锁案卷' })
        .click();
      await page.getByRole('heading', { level: 2, name: '开启案卷包' }).waitFor();
      await page
        .getByRole('form', { name: '开启案卷包' })
        .getByRole('button', { name: '选择案卷包并开启…' })
        .click();
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });
      expect(await page.getByText('已在本机记住此案卷的办公室密钥').count()).toBe(0);
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
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });
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
