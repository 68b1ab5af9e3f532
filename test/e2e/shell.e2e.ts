/**
 * The renderer shell in Chromium through the test-only transport, under the production CSP:
 * Chinese title, each role's navigation, the English UI, a malformed
 * call answered with a typed error, and not one request leaving the app.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messagesZhCn } from '../../renderer/app/i18n/messages-zh-cn';
import { navigationByRole, roleLabel, roles, screenLabel } from '../../renderer/app/navigation';
import { launchChromium, openHarness } from '../harness/transport';
import type { Harness } from '../harness/transport';
import type { Browser } from 'playwright-core';
import { saveScreenshot, SIZES } from './screenshots';

async function shot(harness: Harness, name: string): Promise<void> {
  await saveScreenshot(harness.page, `${name}`);
}

for (const [size, viewport] of SIZES) {
  describe(`renderer shell at ${size}`, () => {
    let browser: Browser;
    let harness: Harness;

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser.close();
    });

    beforeEach(async () => {
      harness = await openHarness(browser, { viewport });
      await harness.open();
    });

    afterEach(async () => {
      const { outsideRequests, pageProblems } = harness;
      await harness.close();
      expect(outsideRequests, 'requests that left the app').toEqual([]);
      expect(pageProblems, 'CSP violations or page errors').toEqual([]);
    });

    it('shows the Chinese title and every role its own navigation', async () => {
      const { page } = harness;
      await expect.poll(() => page.title()).toBe('质量标杆评审');
      await expect.poll(() => page.locator('h1').textContent()).toBe('质量标杆评审');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

      for (const role of roles) {
        await page.getByRole('radio', { name: messagesZhCn[roleLabel[role]] }).click();
        const nav = page.getByRole('navigation', { name: messagesZhCn[roleLabel[role]] });
        await nav.waitFor();
        const labels = await nav.getByRole('button').allTextContents();
        expect(labels).toEqual(
          navigationByRole[role].map((screen) => messagesZhCn[screenLabel[screen]]),
        );
        await shot(harness, `${size}-role-${role}`);
      }
    });

    it('switches to English and back', async () => {
      const { page } = harness;
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await expect.poll(() => page.title()).toBe('Quality Benchmark Review');
      await page.getByRole('radio', { name: 'Expert' }).click();
      await page.getByRole('button', { name: 'Comments & scores' }).waitFor();
      await shot(harness, `${size}-expert-en`);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await expect.poll(() => page.title()).toBe('质量标杆评审');
    });

    it('answers a malformed call with a typed error and keeps working', async () => {
      const { page } = harness;
      const results = await page.evaluate(async () => {
        type Loose = Record<string, Record<string, (r: unknown) => Promise<unknown>>>;
        const api = (window as unknown as { qbr: Loose }).qbr;
        return [
          await api.office!.open!({ passphrase: 'x', create: { year: 'last year' } }),
          await api.office!.setDeadline!({ deadline: null, extra: true }),
          await api.office!.setUnits!({ units: [{ id: 'x' }] }),
          await api.app!.getInfo!({}),
          typeof (window as unknown as Record<string, unknown>).__qbrInvoke,
        ];
      });
      expect(results[0]).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(results[1]).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(results[2]).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(results[3]).toMatchObject({
        ok: true,
        value: { name: '质量标杆评审', host: 'test-harness' },
      });
      expect(results[4]).toBe('undefined');
    });

    it('refuses a request that tries to leave the app, and reports it', async () => {
      const { page } = harness;
      const outcome = await page.evaluate(async () => {
        try {
          await fetch('https://example.com/collect');
          return 'reached';
        } catch {
          return 'refused';
        }
      });
      expect(outcome).toBe('refused');
      // The CSP stops it before it reaches the route; either way nothing left. Clear the expected
      // CSP report so afterEach checks only for surprises.
      const unexpected = harness.pageProblems.filter((problem) => !problem.includes('example.com'));
      harness.pageProblems.splice(0, harness.pageProblems.length, ...unexpected);
    });

    it('catches a navigation away from the app, which the CSP does not govern', async () => {
      const { page, outsideRequests } = harness;
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await expect.poll(() => outsideRequests.length).toBeGreaterThan(0);
      // The detector works: the request was recorded and aborted. Clear it for afterEach.
      expect(outsideRequests[0]).toBe('https://example.com/');
      outsideRequests.length = 0;
      harness.pageProblems.length = 0;
    });
  });
}
