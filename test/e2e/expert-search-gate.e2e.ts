/**
 * 全文检索 shown while the package is still opening (a helper's report): the index starts as the
 * package arrives, behind the round's undertaking, and main refuses every material until it is
 * signed. Once the expert signs where the search asks, the index holds every material, each read
 * again: 检索索引已建立：5 份材料, only the scanned 推荐表 listed (no text layer), nothing 无法读取,
 * and a query finds its passages. The dialog is held until the search shows its no-package notice,
 * so the package always arrives while the search is shown. Screenshots at 1366×768 and 1093×615.
 */
import { describe, expect, it } from 'vitest';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { SCAN_NAME, SEARCH_EXPERT_PASSPHRASE, sealForSearch } from './expert-search-fixture';
import { fixtureApplications, officeHarnessPerTest } from './office-fixture';
import { screenshotsAt, SIZES } from './screenshots';
import { unlockIdentityOnScreen } from './unlock-identity-on-screen';

/** The prepared dialog, answering only once `release` is called. */
function heldPackageChooser() {
  const chooser = preparedPackageChooser();
  let release: () => void = () => undefined;
  const held = new Promise<void>((go) => (release = go));
  const answer = chooser.choosePackage;
  chooser.choosePackage = async () => {
    await held;
    return answer();
  };
  return { chooser, release: () => release() };
}

for (const [size, viewport] of SIZES) {
  describe(`full-text search shown while the package opens, at ${size}`, () => {
    const held = heldPackageChooser();
    const session = officeHarnessPerTest(viewport, { packageChooser: held.chooser });
    const shot = screenshotsAt(size);

    it('indexes every material once the undertaking is signed, none left unreadable', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForSearch(fixture);
      held.chooser.choice.packageFile = sealed.packageFile;

      await unlockIdentityOnScreen(page, SEARCH_EXPERT_PASSPHRASE, { name: '张专家' });
      const nav = page.getByRole('navigation');
      await nav.getByRole('button', { name: '解锁案卷' }).click();
      const form = page.getByRole('form', { name: '开启案卷包' });
      await form.getByLabel('办公室指纹').fill(sealed.office.card.fingerprint);
      await form.getByRole('button', { name: '选择案卷包并开启…' }).click();
      // The package is being opened (the dialog held): the expert goes to 全文检索 meanwhile.
      await nav.getByRole('button', { name: '全文检索' }).click();
      await page.getByTestId('search-no-package').waitFor();
      expect(held.chooser.shown).toBe(0);
      held.release();

      // The package arrives with the search shown; the round's undertaking takes its place.
      const gate = page.getByTestId('undertaking-gate');
      await gate.waitFor({ timeout: 30_000 });
      await shot(page, 'expert-search-gate-opened-meanwhile');
      await gate.getByTestId('undertaking-agree').check();
      await gate.getByRole('button', { name: '签署保密承诺' }).click();

      // Every material read again once signed: built from all five, only the scan unsearchable.
      const done = page.locator('.search-build[data-build="done"]');
      await done.getByText('检索索引已建立：5 份材料。').waitFor({ timeout: 90_000 });
      const unsearchable = page.getByTestId('search-unsearchable');
      expect(await unsearchable.locator('summary').textContent()).toBe('1 份材料无法检索');
      expect(await unsearchable.locator('li').allTextContents()).toEqual([
        `${fixtureApplications[0].no} ${SCAN_NAME}：无文字层（扫描件或图片）`,
      ]);
      expect(await page.getByText('无法读取').count()).toBe(0);

      // The text is in the index: the passage in the Word material and in the PDF.
      await page.getByRole('searchbox', { name: '检索词' }).fill('满意度测评');
      await page.getByTestId('search-count').getByText('共找到 2 处').waitFor();
      await shot(page, 'expert-search-gate-signed');
    });
  });
}
