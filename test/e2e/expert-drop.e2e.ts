/**
 * Opening a case package by dropping it on the unlock form (issue 9, point 2), in Chromium under
 * the production CSP with the real core services: a dropped .pdf and two files at once are
 * refused in words without reaching main's dialog; the dropped .qbcase opens with its slip's
 * passphrase and the office fingerprint, and the dialog is never shown. At both window sizes.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { sealForExpert } from './expert-desk-fixture';
import { officeHarnessPerTest } from './office-fixture';
import { saveScreenshot, SIZES } from './screenshots';

/** Drops files (by name; the harness's bridge resolves them in the drop folder) on `target`. */
async function dropFiles(page: Page, target: Locator, names: readonly string[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((fileNames) => {
    const transfer = new DataTransfer();
    for (const name of fileNames) transfer.items.add(new File(['x'], name));
    return transfer;
  }, names);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

for (const [size, viewport] of SIZES) {
  describe(`dropping a package at ${size}`, () => {
    const chooser = preparedPackageChooser();
    // The expert's downloads: where the test puts the package before dropping it.
    const dropFolder = join(tmpdir(), `qbr-e2e-drop-${size}-${process.pid}`);
    const session = officeHarnessPerTest(viewport, { packageChooser: chooser, dropFolder });

    it('refuses what is not one .qbcase, and opens the dropped package without the dialog', async () => {
      const { harness, fixture } = session;
      const { page } = harness;
      const sealed = await sealForExpert(fixture, { withPassphrases: true });
      await mkdir(dropFolder, { recursive: true });
      await copyFile(sealed.packageFile, join(dropFolder, 'e03.qbcase'));

      await page.getByRole('radio', { name: '评审专家' }).click();
      await page.getByRole('navigation').getByRole('button', { name: '解锁案卷' }).click();
      const form = page.getByRole('form', { name: '开启案卷包' });
      await form.getByLabel('办公室指纹').fill(sealed.office.card.fingerprint);
      await form.getByLabel('案卷包口令（可选）').fill(sealed.passphrase!);
      const zone = page.getByTestId('package-drop');
      expect(await zone.getByText('或将案卷包文件（.qbcase）拖放到此处').count()).toBe(1);

      const refusal = page.getByTestId('desk-unlock-error');
      await dropFiles(page, zone, ['推荐表.pdf']);
      await refusal.filter({ hasText: '只能拖入一个案卷包文件（.qbcase）。' }).waitFor();
      await dropFiles(page, zone, ['e03.qbcase', 'e04.qbcase']);
      await refusal.filter({ hasText: '只能拖入一个案卷包文件（.qbcase）。' }).waitFor();
      await saveScreenshot(page, `${size}-expert-desk-drop-refused`);

      await dropFiles(page, zone, ['e03.qbcase']);
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });
      expect(chooser.shown).toBe(0);
      await page.getByText('2026年资料评审').first().waitFor();
      await saveScreenshot(page, `${size}-expert-desk-dropped`);
      expect(harness.outsideRequests).toEqual([]);
      expect(harness.pageProblems).toEqual([]);
    });
  });
}
