/**
 * The office opens a new case, takes in archives by drag and drop and by the file dialog, sees
 * an error category for a damaged archive, and imports the register.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/plaintext-scan';
import {
  createCaseInUi,
  MATERIAL_MARKER,
  OFFICE_PASSPHRASE,
  officeHarnessPerTest,
} from './office-fixture';
import { saveScreenshot } from './screenshots';

describe('office intake', () => {
  const office = officeHarnessPerTest();

  it('refuses a wrong passphrase with a clear message', async () => {
    const { page } = office.harness;
    await page.getByRole('button', { name: '受理申报' }).click();
    await page.getByLabel('办公室身份口令').fill('not the passphrase');
    await page.getByRole('button', { name: '新建案卷' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('口令不正确');
    await saveScreenshot(page, '1366x768-office-open-case');
    expect(OFFICE_PASSPHRASE).not.toBe('not the passphrase');
  });

  it('takes in dropped archives with a progress bar, shows error categories, imports the register', async () => {
    const { page } = office.harness;
    await createCaseInUi(page);

    // A real drop: files built in the page from the archives' bytes, in one DataTransfer.
    const files = await Promise.all(
      [...office.fixture.archives.slice(0, 2), office.fixture.brokenArchive].map(async (path) => ({
        name: basename(path),
        bytes: [...(await readFile(path))],
      })),
    );
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list)
        transfer.items.add(new File([new Uint8Array(file.bytes)], file.name));
      return transfer;
    }, files);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByText('已导入 3 个压缩包').waitFor();
    expect(await page.locator('progress').getAttribute('value')).toBe('100');
    const results = page.getByRole('list', { name: '导入结果' });
    await expect.poll(() => results.locator(':scope > li').count()).toBe(3);
    expect(await results.textContent()).toContain('新增 3 份，已有 0 份');
    expect(await results.textContent()).toContain('压缩包损坏');

    // The third archive by the file dialog; the first again: nothing duplicated.
    await page
      .getByTestId('archive-input')
      .setInputFiles([office.fixture.archives[2]!, office.fixture.archives[0]!]);
    await page.getByText('已导入 2 个压缩包').waitFor();
    expect(await results.textContent()).toContain('新增 0 份，已有 3 份');

    await page.getByTestId('register-input').setInputFiles(office.fixture.registerCsv);
    await expect
      .poll(() => page.getByTestId('register-report').textContent())
      .toContain('读取 3 行，导入 3 项');
    await saveScreenshot(page, '1366x768-office-intake');

    // The archives taken in show the marker in their bytes; what the app wrote holds neither it
    // nor an applicant's name in plaintext, with the session still open (the lifecycle scans
    // again after it, and shows the scan catches a planted leak).
    for (const archive of office.fixture.archives) {
      expect((await readFile(archive)).includes(Buffer.from(MATERIAL_MARKER))).toBe(true);
    }
    expect((await filesUnder(office.fixture.choices.workspace!)).length).toBeGreaterThan(3);
    expect(await office.scanWritten()).toEqual([]);
  });
});
