/**
 * Steps an e2e test takes through the page's own api (window.qbr, as a screen's action calls it)
 * rather than through a screen: the answer of a call, and the identity unlocked with the package
 * opened, as the desk does, for tests whose subject comes after that.
 */
import type { Page } from 'playwright-core';
import type { Api } from '../../shared/ipc/api';

type ApiWindow = { qbr: Api };

/** The value of an api call made in the page; throws with main's error when it was refused. */
export async function answered<T>(result: Promise<unknown>): Promise<T> {
  const answer = (await result) as { ok: boolean; value?: unknown; error?: unknown };
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

/**
 * Unlocks the identity kept on this laptop and opens the package the harness's chooser answers
 * with, checking it was sealed by `officeFingerprint`.
 */
export async function openPackageThroughApi(
  page: Page,
  person: {
    readonly fingerprint: string;
    readonly passphrase: string;
    readonly officeFingerprint: string;
  },
): Promise<void> {
  const { fingerprint, passphrase, officeFingerprint } = person;
  await answered(
    page.evaluate((request) => (window as unknown as ApiWindow).qbr.identity.unlock(request), {
      fingerprint,
      passphrase,
    }),
  );
  await answered(
    page.evaluate(
      (office) => (window as unknown as ApiWindow).qbr.desk.open({ officeFingerprint: office }),
      officeFingerprint,
    ),
  );
}
