/**
 * 案卷状态被回退: an older state.qbs copied back over the case between two sessions of the app is
 * refused on opening, naming both generations; the office restores it only through the separate
 * 从备份恢复 path, with the generation prefilled and an explicit confirmation, and the restore is
 * on record in the case. The app's memory of generations is in its data directory, shared by
 * both sessions as by two launches of the app.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/api';
import { openHarness } from '../harness/transport';
import { createCaseInUi, OFFICE_PASSPHRASE, officeHarnessPerTest } from './office-fixture';
import { saveScreenshot, SIZES } from './screenshots';

for (const [size, viewport] of SIZES) {
  describe(`office restore from a backup at ${size}`, () => {
    const office = officeHarnessPerTest(viewport);

    it('refuses a state copied back, then restores it only when the office confirms', async () => {
      const { page } = office.harness;
      const workspace = office.fixture.choices.workspace!;
      await createCaseInUi(page);
      // A backup of the case as it stands, then work done after it: one archive taken in.
      const backup = join(office.fixture.officeFolder, 'backup');
      await mkdir(backup);
      await copyFile(join(workspace, 'state.qbs'), join(backup, 'state.qbs'));
      await page.getByTestId('archive-input').setInputFiles(office.fixture.archives[0]!);
      await page.getByText('已导入 1 个压缩包').waitFor();

      // The next session of the app: the same data directory, the old state copied back.
      const next = await openHarness(office.harness.browser, {
        viewport,
        fileChooser: office.fixture.chooser,
        appDataDir: office.fixture.appDataDir,
      });
      try {
        await copyFile(join(backup, 'state.qbs'), join(workspace, 'state.qbs'));
        const again = next.page;
        await next.open();
        await again.getByRole('radio', { name: '办公室' }).click();
        await again.getByRole('button', { name: '受理申报' }).click();
        await again.getByLabel('办公室身份口令').fill(OFFICE_PASSPHRASE);
        await again.getByRole('button', { name: '打开已有案卷' }).click();
        const alert = again.getByRole('alert');
        await expect.poll(() => alert.textContent()).toContain('案卷状态被回退');
        const [, found, highest] = /文件夹中是第 (\d+) 版，本机已见过第 (\d+) 版/.exec(
          (await alert.textContent()) ?? '',
        )!;
        expect(Number(found)).toBeLessThan(Number(highest));

        // The restore is a path of its own, closed until asked for.
        const restore = again.getByTestId('restore');
        expect(await restore.getByRole('checkbox').count()).toBe(0);
        await restore.getByRole('button', { name: '从备份恢复…' }).click();
        expect(await restore.getByLabel('要恢复的版本').inputValue()).toBe(found);
        const submit = restore.getByRole('button', { name: '恢复并打开…' });
        expect(await submit.isDisabled()).toBe(true);
        const confirm = restore.getByRole('checkbox', { name: /我确认恢复第 \d+ 版/ });
        expect(await restore.textContent()).toContain(
          `我确认恢复第 ${found} 版：此后的修改将丢失；恢复操作将记入本机和案卷的日志。`,
        );
        const overflow = await again
          .locator('.content')
          .evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await saveScreenshot(again, `${size}-office-restore`);

        await confirm.check();
        await submit.click();
        await again.getByText(`已从备份恢复第 ${found} 版，此操作已记入日志。`).waitFor();
        await again.locator('.case-bar').waitFor();
        const overview = await again.evaluate(() =>
          (window as unknown as { qbr: Api }).qbr.office.overview({}),
        );
        expect(overview.ok).toBe(true);
        if (overview.ok) {
          // The work done after the backup is gone, and the restore is on record in the case.
          expect(overview.value.record.applications).toHaveLength(0);
          expect(overview.value.record.log).toEqual([
            expect.objectContaining({
              kind: 'restored',
              acceptedGeneration: Number(found),
              previousHighest: Number(highest),
            }),
          ]);
        }
        await saveScreenshot(again, `${size}-office-restored`);
        expect(next.outsideRequests).toEqual([]);
        expect(next.pageProblems).toEqual([]);
      } finally {
        await next.close();
      }
    });
  });
}
