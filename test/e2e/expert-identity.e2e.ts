/**
 * Identity in the app (issue 9, point 1), in Chromium under the production CSP with the real
 * identity service: first run shows the create form on the panel's screens; the passphrase's
 * strength is told in Chinese as it is typed; the fingerprint is shown in groups and copied by
 * main; the self-signed card is exported; a second identity is made and the two are switched;
 * a wrong passphrase is refused beside the note that there is no back door; the encrypted file
 * is backed up and restored on a "new laptop". At 1366×768 and at 125 % scaling (1093×615).
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseIdentityCard } from '../../electron/core/identity';
import type { IdentityStoreOptions } from '../../electron/core/identity/identity-store';
import {
  preparedIdentityChooser,
  recordingClipboard,
} from '../electron/core/identity/prepared-identity-chooser';
import type { PreparedIdentityChoices } from '../electron/core/identity/prepared-identity-chooser';
import { launchChromium, openHarness } from '../harness/transport';
import type { Harness } from '../harness/transport';
import { saveScreenshot, SIZES } from './screenshots';

const EXPERT_PASSPHRASE = '评审专家 口令 灯笼果园 1927 测试';
const LEADER_PASSPHRASE = 'copper meadow whistle 4711 harbour';

interface Laptop {
  readonly harness: Harness;
  readonly clipboard: ReturnType<typeof recordingClipboard>;
  readonly folder: string;
}

for (const [size, viewport] of SIZES) {
  describe(`expert identity at ${size}`, () => {
    let browser: Browser;
    let root: string;
    const laptops: Laptop[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser.close();
    });
    beforeEach(async () => {
      root = await mkdtemp(join(tmpdir(), 'qbr-e2e-identity-'));
      await mkdir(join(root, 'usb'));
    });
    afterEach(async () => {
      for (const { harness } of laptops.splice(0)) {
        await harness.close();
        expect(harness.outsideRequests, 'requests that left the app').toEqual([]);
        expect(harness.pageProblems, 'CSP violations or page errors').toEqual([]);
      }
      await rm(root, { recursive: true, force: true });
    });

    /** A laptop: its own identities folder (as under userData) and the dialogs' answers. */
    async function laptop(name: string, choices: PreparedIdentityChoices): Promise<Laptop> {
      const folder = join(root, name, 'identities');
      const clipboard = recordingClipboard();
      // The app's own work factor (scrypt 2^18), as a person's laptop would use.
      const identities: IdentityStoreOptions = {
        folder,
        chooser: preparedIdentityChooser(choices),
        clipboard,
      };
      const harness = await openHarness(browser, { viewport, identities });
      await harness.open();
      const made = { harness, clipboard, folder };
      laptops.push(made);
      return made;
    }

    const shot = (page: Page, name: string) => saveScreenshot(page, `${size}-${name}`);

    async function fillProfile(page: Page, profile: Record<string, string>, role: string) {
      const form = page.getByRole('form', { name: '新建身份' });
      for (const [label, value] of Object.entries(profile)) {
        await form.getByLabel(label, { exact: true }).fill(value);
      }
      await form.getByLabel('评审角色').selectOption({ label: role });
      return form;
    }

    async function currentFingerprint(page: Page): Promise<string> {
      const shown = page.getByTestId('current-fingerprint');
      await shown.waitFor();
      return (await shown.getAttribute('aria-label')) ?? '';
    }

    it('creates the first identity, shows and exports its card, and switches between two', async () => {
      const cardFile = join(root, 'out', '张三的身份卡.json');
      await mkdir(join(root, 'out'));
      const { harness, clipboard, folder } = await laptop('laptop-1', {
        cardFile,
        backupFolder: join(root, 'usb'),
      });
      const { page } = harness;

      // First run: the identity screen, and the panel's screens still to come, show the create form.
      await page.getByRole('radio', { name: '评审专家' }).click();
      await page.getByRole('heading', { name: '创建您的身份' }).waitFor();
      await page.getByRole('button', { name: '导出' }).click();
      await page.getByRole('heading', { name: '创建您的身份' }).waitFor();
      expect(await page.getByTestId('forgot-note').textContent()).toContain('没有后门');

      const form = await fillProfile(
        page,
        { 姓名: '张三', 工作单位: '甲大学', 所在地区: '北京市' },
        '评审专家',
      );
      const submit = form.getByRole('button', { name: '创建身份' });
      await form.getByLabel('口令', { exact: true }).fill('zhangsan123');
      await expect
        .poll(() => page.getByTestId('passphrase-advice').textContent())
        .toMatch(/^口令.*。请改用更长的口令/);
      expect(await submit.isDisabled()).toBe(true);
      await shot(page, 'expert-identity-first-run');

      await form.getByLabel('口令', { exact: true }).fill(EXPERT_PASSPHRASE);
      await form.getByLabel('再次输入口令').fill(`${EXPERT_PASSPHRASE}!`);
      await expect
        .poll(() => page.getByTestId('passphrase-advice').textContent())
        .toBe('两次输入的口令不一致。');
      await form.getByLabel('再次输入口令').fill(EXPERT_PASSPHRASE);
      await expect
        .poll(() => page.getByTestId('passphrase-advice').textContent())
        .toBe('口令强度足够。');
      await submit.click();

      // The placeholder screen now stands under the identity bar.
      const bar = page.getByTestId('identity-bar');
      await bar.waitFor({ timeout: 30_000 });
      expect(await bar.textContent()).toContain('当前身份：张三（评审专家）');
      await shot(page, 'expert-identity-bar');

      await page.getByRole('button', { name: '身份', exact: true }).click();
      const fingerprint = await currentFingerprint(page);
      expect(fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      const groups = await page
        .getByTestId('current-fingerprint')
        .locator('.id-fingerprint-group')
        .allTextContents();
      expect(groups).toEqual(fingerprint.split('-'));
      expect(await readdir(folder)).toEqual([`${fingerprint}.qbid`]);

      await page.getByRole('button', { name: '复制指纹' }).click();
      await page.getByText(`已复制指纹 ${fingerprint}。`).waitFor();
      expect(clipboard.copied).toEqual([fingerprint]);

      await page.getByRole('button', { name: '导出身份卡…' }).click();
      await page.getByText('身份卡已保存为 张三的身份卡.json').waitFor();
      const card = parseIdentityCard(await readFile(cardFile, 'utf8'));
      expect(card).toMatchObject({ name: '张三', region: '北京市', role: 'expert', fingerprint });
      await shot(page, 'expert-identity');

      // A second identity on the same laptop: the same person as a group leader.
      await page.getByRole('button', { name: '再建一个身份…' }).click();
      await fillProfile(
        page,
        { 姓名: '张三', 工作单位: '甲大学', 所在地区: '北京市' },
        '专业组组长',
      );
      await page.getByLabel('口令', { exact: true }).fill(LEADER_PASSPHRASE);
      await page.getByLabel('再次输入口令').fill(LEADER_PASSPHRASE);
      await page.getByRole('button', { name: '创建身份' }).click();
      await expect.poll(() => currentFingerprint(page), { timeout: 30_000 }).not.toBe(fingerprint);
      const rows = page.getByTestId('identity-list').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(2);

      // Switch back to the expert: a wrong passphrase is refused beside the no-back-door note.
      await rows
        .filter({ hasText: '评审专家' })
        .getByRole('button', { name: '切换到此身份' })
        .click();
      const unlock = page.getByRole('region', { name: '解锁身份：张三（评审专家）' });
      await unlock.getByLabel('身份口令').fill(LEADER_PASSPHRASE);
      await unlock.getByRole('button', { name: '解锁', exact: true }).click();
      await unlock
        .getByRole('alert')
        .filter({ hasText: '口令不正确。' })
        .waitFor({ timeout: 30_000 });
      expect(await unlock.getByTestId('forgot-note').textContent()).toContain('没有后门');
      await shot(page, 'expert-identity-switch');
      await unlock.getByLabel('身份口令').fill(EXPERT_PASSPHRASE);
      await unlock.getByRole('button', { name: '解锁', exact: true }).click();
      await expect.poll(() => currentFingerprint(page), { timeout: 30_000 }).toBe(fingerprint);
      expect(await rows.filter({ hasText: '已解锁' }).textContent()).toContain('评审专家');

      // The backup is the encrypted file as it is.
      await rows
        .filter({ hasText: '评审专家' })
        .getByRole('button', { name: /^备份…/ })
        .click();
      await page
        .getByText(`备份已保存为 身份备份-${fingerprint}.qbid（已用您的口令加密）。`)
        .waitFor();
      expect(await readFile(join(root, 'usb', `身份备份-${fingerprint}.qbid`))).toEqual(
        await readFile(join(folder, `${fingerprint}.qbid`)),
      );

      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('heading', { name: 'Current identity' }).waitFor();
      await shot(page, 'expert-identity-en');
    });

    it('restores an identity from its backup on a new laptop', async () => {
      // The first laptop makes the identity and its backup.
      const first = await laptop('laptop-1', { backupFolder: join(root, 'usb') });
      await first.harness.page.getByRole('radio', { name: '主任委员' }).click();
      await fillProfile(
        first.harness.page,
        { 姓名: '王五', 工作单位: '乙研究院', 所在地区: '上海市' },
        '主任委员',
      );
      await first.harness.page.getByLabel('口令', { exact: true }).fill(EXPERT_PASSPHRASE);
      await first.harness.page.getByLabel('再次输入口令').fill(EXPERT_PASSPHRASE);
      await first.harness.page.getByRole('button', { name: '创建身份' }).click();
      const fingerprint = await currentFingerprint(first.harness.page);
      await first.harness.page.getByRole('button', { name: /^备份…/ }).click();
      await first.harness.page.getByText(/^备份已保存为/).waitFor();

      const backupFile = join(root, 'usb', `身份备份-${fingerprint}.qbid`);
      const { harness, folder } = await laptop('laptop-2', { backupFile });
      const { page } = harness;
      await page.getByRole('radio', { name: '主任委员' }).click();
      await page.getByRole('heading', { name: '创建您的身份' }).waitFor();
      const restore = page.getByRole('region', { name: '从备份恢复' });
      await restore.getByLabel('该身份的口令').fill(LEADER_PASSPHRASE);
      await restore.getByRole('button', { name: '选择备份文件并恢复…' }).click();
      await restore
        .getByRole('alert')
        .filter({ hasText: '口令不正确。' })
        .waitFor({ timeout: 30_000 });
      expect(await readdir(folder).catch(() => [])).toEqual([]);

      await restore.getByLabel('该身份的口令').fill(EXPERT_PASSPHRASE);
      await restore.getByRole('button', { name: '选择备份文件并恢复…' }).click();
      // The chair's first screen is 身份 itself: it turns from the first-run form to the card.
      await page.getByText('已恢复 王五 的身份并解锁。').waitFor({ timeout: 30_000 });
      expect(await currentFingerprint(page)).toBe(fingerprint);
      expect(await page.getByTestId('current-name').textContent()).toBe('王五');
      expect(await readdir(folder)).toEqual([`${fingerprint}.qbid`]);
      await shot(page, 'expert-identity-restored');
    });
  });
}
