/**
 * The e2e step of unlocking, through 身份 as a person does, the identity kept on this laptop:
 * the role chosen, 解锁 on the identity screen, the passphrase typed into its region, and the wait
 * for the identity list to say 已解锁 (for the person named, where the test names one).
 */
import type { Page } from 'playwright-core';

export async function unlockIdentityOnScreen(
  page: Page,
  passphrase: string,
  options: {
    /** The role radio chosen first. */
    readonly role?: string;
    /** Whose row must say 已解锁 (any row when not given). */
    readonly name?: string;
  } = {},
): Promise<void> {
  await page.getByRole('radio', { name: options.role ?? '评审专家' }).click();
  await page.getByRole('navigation').getByRole('button', { name: '身份' }).click();
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  const unlockIdentity = page.getByRole('region', { name: /^解锁身份/ });
  await unlockIdentity.getByLabel('身份口令').fill(passphrase);
  await unlockIdentity.getByRole('button', { name: '解锁', exact: true }).click();
  const unlocked = page
    .getByTestId('identity-list')
    .locator('tbody tr')
    .filter({ hasText: '已解锁' });
  await (
    options.name === undefined ? unlocked : unlocked.filter({ hasText: options.name })
  ).waitFor({
    timeout: 30_000,
  });
}
