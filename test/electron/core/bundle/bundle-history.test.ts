/** The history of review bundles: every version kept, equivocation and stale sequences refused. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ReviewBundleHistory,
  historyEntryOf,
  openBundleHistoryFolder,
  verifyReviewBundle,
} from '../../../../electron/core/bundle';
import { bundleRound } from './bundle-fixtures';

const round = await bundleRound();
const entry = async (sequence: number) =>
  historyEntryOf(verifyReviewBundle(await round.bundle(sequence)));
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

describe('the bundle history', () => {
  it('keeps every bundle of an author, the highest sequence current', async () => {
    const history = new ReviewBundleHistory();
    const [one, two] = [await entry(1), await entry(2)];
    expect(history.admit(one)).toEqual({ kind: 'added', supersedes: null });
    expect(history.admit(two)).toEqual({ kind: 'added', supersedes: 1 });
    expect(history.admit(two)).toEqual({ kind: 'already-present' });
    expect(history.admit(one)).toEqual({ kind: 'already-present' });
    const author = round.expert.card.fingerprint;
    expect(history.bundlesOf(one.caseId, one.roundId, author).map((e) => e.sequence)).toEqual([
      1, 2,
    ]);
    expect(history.current(one.caseId, one.roundId, author)?.digest).toBe(two.digest);
  });

  it('refuses two different bundles with one sequence as equivocation, in either order', async () => {
    const [a, b] = [await entry(4), await entry(4)];
    expect(a.digest).not.toBe(b.digest);
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const history = new ReviewBundleHistory();
      history.admit(first);
      expect(() => history.admit(second)).toThrow(
        expect.objectContaining({ code: 'bundle-equivocation', params: { sequence: 4 } }),
      );
    }
  });

  it('refuses an unseen sequence below the highest as stale', async () => {
    const history = new ReviewBundleHistory();
    history.admit(await entry(3));
    expect(() => history.admit(history.entries()[0]!)).not.toThrow();
    const older = await entry(2);
    expect(() => history.admit(older)).toThrow(
      expect.objectContaining({ code: 'bundle-stale-sequence', params: { found: 2, highest: 3 } }),
    );
  });

  it('keeps a folder of verified bundles that reads back as it was written', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qb-bundle-history-'));
    folders.push(folder);
    const kept = await openBundleHistoryFolder(folder);
    await kept.add(await round.bundle(1));
    const two = await round.bundle(2);
    expect((await kept.add(two)).outcome).toEqual({ kind: 'added', supersedes: 1 });
    await expect(kept.add(await round.bundle(2))).rejects.toMatchObject({
      code: 'bundle-equivocation',
    });
    await expect(kept.add(await round.bundle(1))).rejects.toMatchObject({
      code: 'bundle-equivocation',
    });
    expect((await readdir(folder)).length).toBe(2);
    const again = await openBundleHistoryFolder(folder);
    expect(again.history.entries().map((e) => e.sequence)).toEqual([1, 2]);
    // A second bundle 2 dropped into the folder by hand is found when the folder is read.
    await writeFile(join(folder, 'dropped.qbbundle'), await round.bundle(2));
    await expect(openBundleHistoryFolder(folder)).rejects.toMatchObject({
      code: 'bundle-equivocation',
    });
  });
});
