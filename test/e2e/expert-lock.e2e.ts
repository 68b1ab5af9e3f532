/**
 * The app lock (issue 10, point 7) in Chromium under the production CSP with the real core
 * services: the expert unlocks the identity and opens the package; after the idle minutes
 * (Playwright's clock, so no test waits them out) the window shows the lock screen and nothing
 * else, and main answers as one holding no key (no identity unlocked, no package open); a wrong
 * passphrase keeps it locked, in words; the right one brings the same package back without a
 * dialog. 锁定 in the top bar locks on demand. At both window sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { EXPERT_PASSPHRASE, sealForExpert } from './expert-desk-fixture';
import { officeHarnessPerTest } from './office-fixture';
import { screenshotsAt, SIZES } from './screenshots';
import { unlockIdentityOnScreen } from './unlock-identity-on-screen';

/** What main says is unlocked, asked through the page's own api. */
async function unlockedInMain(page: Page) {
  return page.evaluate(async () => {
    const qbr = (
      window as unknown as {
        qbr: Record<
          string,
          Record<string, (r: object) => Promise<{ ok: boolean; value: Record<string, unknown> }>>
        >;
      }
    ).qbr;
    const identities = await qbr.identity!.list!({});
    const desk = await qbr.desk!.status!({});
    return {
      identity: identities.value['current'] !== null,
      package: desk.value['opened'] !== null,
    };
  });
}

for (const [size, viewport] of SIZES) {
  describe(`the app lock at ${size}`, () => {
    const chooser = preparedPackageChooser();
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser });

    const shot = screenshotsAt(size, 'unchecked');

    it('locks after the idle minutes, holds no key while locked, and comes back to the same package', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture);
      chooser.choice.packageFile = sealed.packageFile;
      // The page's timers and Date from here on: the idle check is created after this.
      await page.clock.install();

      await unlockIdentityOnScreen(page, EXPERT_PASSPHRASE);
      // The idle time is a setting on the identity screen.
      await page.getByLabel('自动锁定').selectOption({ label: '闲置 5 分钟后' });

      await page.getByRole('navigation').getByRole('button', { name: '解锁案卷' }).click();
      const form = page.getByRole('form', { name: '开启案卷包' });
      await form.getByLabel('办公室指纹').fill(sealed.office.card.fingerprint);
      await form.getByRole('button', { name: '选择案卷包并开启…' }).click();
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });
      expect(await unlockedInMain(page)).toEqual({ identity: true, package: true });

      // Four minutes idle: nothing yet. Past five: locked.
      await page.clock.fastForward('04:00');
      expect(await page.getByTestId('lock-screen').count()).toBe(0);
      await page.clock.fastForward('01:10');
      const lockScreen = page.getByTestId('lock-screen');
      await lockScreen.waitFor({ timeout: 30_000 });
      // Not an overlay: the screens and the navigation are gone from the page.
      expect(await page.getByRole('navigation').count()).toBe(0);
      expect(await page.getByText('华东精密轴承有限公司').count()).toBe(0);
      expect(await unlockedInMain(page)).toEqual({ identity: false, package: false });
      await lockScreen
        .getByText(`身份：张专家（指纹 ${sealed.expert.card.fingerprint}）`)
        .waitFor();
      await lockScreen.getByText('解锁后将重新开启案卷包 e03.qbcase。').waitFor();
      await shot(page, 'expert-locked');

      await lockScreen.getByLabel('身份口令').fill('不是这个口令');
      await lockScreen.getByRole('button', { name: '解锁' }).click();
      await page.getByTestId('lock-error').waitFor({ timeout: 30_000 });
      expect(await unlockedInMain(page)).toEqual({ identity: false, package: false });
      await shot(page, 'expert-locked-wrong');

      await lockScreen.getByLabel('身份口令').fill(EXPERT_PASSPHRASE);
      await lockScreen.getByRole('button', { name: '解锁' }).click();
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });
      expect(await unlockedInMain(page)).toEqual({ identity: true, package: true });
      expect(chooser.shown).toBe(1);

      // On demand, from the top bar.
      await page.getByRole('button', { name: '锁定' }).click();
      await lockScreen.waitFor({ timeout: 30_000 });
      expect(await unlockedInMain(page)).toEqual({ identity: false, package: false });
      expect(harness.outsideRequests).toEqual([]);
    });
  });
}
