/**
 * The app lock (issue 10, point 7) reaches the leader's deliberation too: the prepared merge holds
 * the members' opened sections (scores, comments), and locking, or closing the package, lets go of
 * it there and then, not at the next call. Unlocking and opening again rebuilds it from the kept
 * files and the journal.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeliberationState } from '../../../../shared/deliberation/deliberation-views';
import { STRONG } from '../office/office-fixtures';
import { mergeRound } from '../merge/merge-round';
import { available, leaderLaptop, valueOf } from './leader-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-deliberation-lock-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));
const usb = join(scratch, 'usb');
await mkdir(usb);
const files: string[] = [];
for (const id of ['e01', 'e02', 'e03']) {
  const path = join(usb, `${id}.qbbundle`);
  await writeFile(path, await round.reviewBundle(id, { ratio: 0.7 }));
  files.push(path);
}

describe('the deliberation under the app lock', () => {
  it('lets go of the opened sections when the app locks and when the package closes', async () => {
    const laptop = await leaderLaptop(round, join(scratch, 'laptop'));
    try {
      laptop.dialogs.memberBundles = files;
      valueOf(await laptop.dispatch('deliberation:importBundles', laptop.place));
      const before = available(
        valueOf<DeliberationState>(await laptop.dispatch('deliberation:state', {})),
      );
      expect(before.members.filter((m) => m.submitted !== null)).toHaveLength(3);
      expect(laptop.services.deliberation.holdsOpenedSections()).toBe(true);

      valueOf(await laptop.dispatch('lock:now', {}));
      expect(laptop.services.deliberation.holdsOpenedSections()).toBe(false);

      valueOf(await laptop.dispatch('lock:resume', { passphrase: STRONG }));
      valueOf(
        await laptop.dispatch('desk:open', {
          officeFingerprint: round.sealed.office.card.fingerprint,
        }),
      );
      const after = available(
        valueOf<DeliberationState>(await laptop.dispatch('deliberation:state', {})),
      );
      expect(after.members).toEqual(before.members);
      expect(laptop.services.deliberation.holdsOpenedSections()).toBe(true);

      await laptop.services.desk.close();
      expect(laptop.services.deliberation.holdsOpenedSections()).toBe(false);
    } finally {
      await laptop.close();
    }
  });
});
