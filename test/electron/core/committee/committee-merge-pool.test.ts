/**
 * The chair's merge with its group bundles verified and opened on the group pool's worker threads
 * (group-open-pool.ts, the project's code run through group-open-boot.mjs) gives what it gives
 * on this thread alone: the same canonical merge, byte for byte, and the same embedded bundles,
 * for good sets of bundles; for every bad one of issue 11, point 6 (an unknown office, a merger
 * the package does not seat, a group outside the case, another case or round, tampered, a member
 * bundle inside that fails, one bundle twice, equivocation, a rule of the group's own, a group
 * missing) the same AppError, code, parameters and detail, including which failure is met first
 * when several bundles fail at different steps. A pool whose workers cannot start, stop, or are
 * not there gives the same again, by doing the work on this thread.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CommitteeSettings } from '../../../../shared/committee/committee-input';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { isAppError } from '../../../../shared/errors';
import { prepareCommitteeMerge } from '../../../../electron/core/committee';
import type { PreparedCommitteeMerge } from '../../../../electron/core/committee';
import { openGroupForMerge } from '../../../../electron/core/committee/group-open-job';
import type { GroupOutcome } from '../../../../electron/core/committee/group-open-job';
import { GroupOpenPool } from '../../../../electron/core/committee/group-open-pool';
import type { GroupOpener } from '../../../../electron/core/committee/group-open-pool';
import type { Identity } from '../../../../electron/core/identity';
import { openGroupBundle, verifyGroupBundle } from '../../../../electron/core/merge';
import { person } from '../office/office-fixtures';
import { forgedGroupBundle, groupBundleWithBadMember } from './bad-group-bundles';
import { committeeRound } from './committee-round';

const scratch = await mkdtemp(join(tmpdir(), 'qb-committee-pool-'));
// Two workers, this thread taking no bundle once one is ready: the workers' path throughout.
const pool = new GroupOpenPool({ size: 2 });
afterAll(async () => {
  await pool.close();
  await rm(scratch, { recursive: true, force: true });
});
const round = await committeeRound(join(scratch, 'round'));
// Ready before the tests, so that the workers take the bundles (this thread would meanwhile).
await pool.warmUp();
const vice = { identity: round.identity('e10'), manifest: round.manifests.get('e10')! };
const chair = { identity: round.identity('e09'), manifest: round.manifests.get('e09')! };
const g1 = await round.groupBundle('e01');
const g2 = await round.groupBundle('e04');
const SETTINGS: CommitteeSettings = { quota: 3, scoreLine: null, basis: 'raw', exclusions: [] };
const OWN_RULE = {
  quorum: { numerator: 3, denominator: 4 },
  pass: { numerator: 2, denominator: 3 },
};

type Signer = { identity: Identity; manifest: typeof vice.manifest };

/** What a merge gave, in words that compare: the prepared merge's parts, or the AppError. */
async function given(
  bundles: readonly Uint8Array[],
  pool_: GroupOpener | null,
  who: Signer = vice,
): Promise<unknown> {
  let prepared: PreparedCommitteeMerge;
  try {
    prepared = await prepareCommitteeMerge(
      { ...who, bundles, settings: SETTINGS },
      { pool: pool_ },
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, params: error.params, detail: error.detail };
  }
  const ids = who.manifest.applications.map((a) => a.id);
  return {
    merge: canonicalJson(prepared.merge),
    groupBundles: prepared.groupBundles.map((g) => ({
      bytes: g.bytes,
      digest: g.verified.digest,
      header: canonicalJson(g.verified.header),
      officeChecked: g.verified.officeChecked,
    })),
    readers: ids.map((id) => prepared.readersOf(id)),
    mergeReaders: prepared.mergeReaders,
  };
}

/** The pool, each outcome kept, so a test can tell that the workers did the work. */
function watched(opener: GroupOpener): GroupOpener & { outcomes: GroupOutcome[] } {
  const outcomes: GroupOutcome[] = [];
  return {
    outcomes,
    open: async (job) => {
      const outcome = await opener.open(job);
      outcomes.push(outcome);
      return outcome;
    },
  };
}

/** On the pool, on this thread's opener, and alone: the same; and the pool answered every bundle. */
async function sameEverywhere(bundles: readonly Uint8Array[], who: Signer = vice) {
  const onPool = watched(pool);
  const alone = await given(bundles, null, who);
  const byWorkers = pool.done.byWorkers;
  expect(await given(bundles, onPool, who)).toEqual(alone);
  expect(onPool.outcomes).toHaveLength(bundles.length);
  expect(onPool.outcomes.filter((o) => 'unexpected' in o)).toEqual([]);
  expect(pool.done.byWorkers - byWorkers).toBe(bundles.length);
  expect(await given(bundles, { open: openGroupForMerge }, who)).toEqual(alone);
  return alone;
}

describe('the merge on the group pool', () => {
  it('gives the same merge and bundles as on this thread alone, in any order', async () => {
    const forward = await sameEverywhere([g1, g2]);
    expect(forward).toHaveProperty('merge');
    const reversed = (await sameEverywhere([g2, g1])) as { merge: string };
    expect(reversed.merge).toBe((forward as { merge: string }).merge);
    await sameEverywhere([g1, g2], chair);
  });

  it('takes the highest sequence, an earlier one that would fail to open not looked at', async () => {
    const later = await round.groupBundle('e01', { sequence: 2 });
    const earlierOwnRule = await round.groupBundle('e01', { rule: OWN_RULE });
    const merged = await sameEverywhere([earlierOwnRule, g2, later]);
    expect(merged).toHaveProperty('merge');
    // A group missing: only g1's bundles, the later superseding the earlier.
    expect(await sameEverywhere([g1, later])).toMatchObject({
      code: 'committee-application-missing',
    });
  });

  it('refuses every bad input with the same error as alone', async () => {
    const tamperedSection = Buffer.from(g1);
    tamperedSection[tamperedSection.length - 100]! ^= 1;
    const tamperedHeader = Buffer.from(g1);
    tamperedHeader[40]! ^= 1;
    const forged = (change: Partial<Parameters<typeof forgedGroupBundle>[1]>) =>
      forgedGroupBundle(round, {
        signer: round.identity('e01'),
        expertId: 'e01',
        office: round.office,
        ...change,
      });
    const cases: [Uint8Array[], string][] = [
      [[await forged({ office: await person('别的办公室') }), g2], 'bundle-unknown-office'],
      [
        [await forged({ signer: await person('陌生人', 'expert') }), g2],
        'committee-group-unknown-merger',
      ],
      [[g1, g2, await forged({ groupId: 'g9' })], 'committee-group-outside-case'],
      [[await forged({ roundId: 'defense' }), g2], 'bundle-wrong-case-round'],
      [[await forged({ caseId: 'f'.repeat(32) }), g2], 'bundle-wrong-case-round'],
      [[tamperedSection, g2], 'group-bundle-section-altered'],
      [[g2, tamperedHeader], 'group-bundle-'],
      [[await groupBundleWithBadMember(round), g2], 'group-member-bundle-invalid'],
      [[g1, g2, g1], 'committee-group-twice'],
      [[await round.groupBundle('e01', { rule: OWN_RULE }), g2], 'group-bundle-rule-differs'],
    ];
    for (const [bundles, code] of cases) {
      const refused = await sameEverywhere(bundles);
      expect((refused as { code: string }).code).toMatch(new RegExp(`^${code}`));
    }
    const later = await round.groupBundle('e01', { sequence: 2 });
    const other = await round.groupBundle('e01', { sequence: 2 });
    expect(await sameEverywhere([later, other, g2])).toMatchObject({
      code: 'committee-group-equivocation',
    });
  });

  it('meets the first failure in the order of the steps, then of the bundles', async () => {
    const own1 = await round.groupBundle('e01', { rule: OWN_RULE });
    const own2 = await round.groupBundle('e04', { rule: OWN_RULE });
    const tampered = Buffer.from(g2);
    tampered[tampered.length - 100]! ^= 1;
    // Openings fail in bundle order.
    const first = await sameEverywhere([own2, own1]);
    expect(first).toMatchObject({ code: 'group-bundle-rule-differs' });
    expect((first as { detail: string }).detail).toMatch(/^group bundle 1/);
    // A failed verification of a later bundle comes before a failed opening of an earlier one,
    // and a bundle twice before either opening.
    expect(await sameEverywhere([own1, tampered])).toMatchObject({
      code: 'group-bundle-section-altered',
      detail: expect.stringMatching(/^group bundle 2/),
    });
    expect(await sameEverywhere([own1, own2, own2])).toMatchObject({
      code: 'committee-group-twice',
    });
  });

  it('gives bundles a reader can open again, verified again whole on this thread', async () => {
    const prepared = await prepareCommitteeMerge(
      { ...vice, bundles: [g1, g2], settings: SETTINGS },
      { pool },
    );
    const facts = { rubric: vice.manifest.round.rubric, roundKind: vice.manifest.round.kind };
    for (const [i, bytes] of [g1, g2].entries()) {
      const embedded = prepared.groupBundles[i]!;
      const here = verifyGroupBundle(bytes, {
        officeFingerprint: vice.manifest.office.fingerprint,
      });
      expect(embedded.verified.members.map((m) => m.digest)).toEqual(
        here.members.map((m) => m.digest),
      );
      expect(Buffer.from(embedded.verified.signedBytes)).toEqual(Buffer.from(here.signedBytes));
      const again = await openGroupBundle(embedded.verified, vice.identity, facts);
      const alone = await openGroupBundle(here, vice.identity, facts);
      expect(canonicalJson(again.sections)).toBe(canonicalJson(alone.sections));
    }
  });

  it('refuses to hand out the parts of a bundle changed since the workers verified it', async () => {
    const copy = Buffer.from(g1);
    const prepared = await prepareCommitteeMerge(
      { ...vice, bundles: [copy, g2], settings: SETTINGS },
      { pool },
    );
    copy[copy.length - 100]! ^= 1;
    expect(() => prepared.groupBundles[0]!.verified.sections).toThrow();
    expect(prepared.groupBundles[0]!.verified.digest).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('when the workers fail, the merge is done on this thread', () => {
  const failing: [string, () => Worker][] = [
    [
      'a worker that cannot be started',
      () => {
        throw new Error('no threads here');
      },
    ],
    ['a worker whose code fails', () => new Worker('throw new Error("broken")', { eval: true })],
    [
      'a worker that stops on its job',
      () =>
        new Worker(
          `const { parentPort } = require('node:worker_threads');
          parentPort.postMessage({ ready: true });
          parentPort.on('message', () => process.exit(3));`,
          { eval: true },
        ),
    ],
    [
      'a worker that never becomes ready (this thread takes every bundle)',
      () =>
        new Worker("require('node:worker_threads').parentPort.on('message', () => {})", {
          eval: true,
        }),
    ],
  ];
  for (const [name, start] of failing) {
    it(name, async () => {
      const broken = new GroupOpenPool({ size: 2, start });
      if (!name.includes('never')) await broken.warmUp();
      const tampered = Buffer.from(g1);
      tampered[tampered.length - 100]! ^= 1;
      try {
        for (const bundles of [
          [g1, g2],
          [tampered, g2],
        ]) {
          expect(await given(bundles, broken)).toEqual(await given(bundles, null));
        }
        expect(broken.done.byWorkers).toBe(0);
      } finally {
        await broken.close();
      }
    });
  }
});

describe('the group pool', () => {
  it('shares the bundles between a worker and this thread when asked, to the same merge', async () => {
    const sharing = new GroupOpenPool({ size: 1, sharesWork: true });
    try {
      await sharing.warmUp();
      const later = await round.groupBundle('e04', { sequence: 2 });
      for (const bundles of [
        [g1, g2, later],
        [later, g1, g2, g2],
      ]) {
        expect(await given(bundles, sharing)).toEqual(await given(bundles, null));
      }
      expect(sharing.done.byWorkers).toBeGreaterThan(0);
      expect(sharing.done.here).toBeGreaterThan(0);
      expect(sharing.done.byWorkers + sharing.done.here).toBe(7);
    } finally {
      await sharing.close();
    }
  });

  it('starts on demand, ends its workers when idle, and starts again', async () => {
    const idle = new GroupOpenPool({ size: 2, idleMs: 10 });
    try {
      expect(idle.running).toBe(0);
      const first = await given([g1, g2], idle);
      expect(idle.running).toBeGreaterThan(0);
      expect(first).toEqual(await given([g1, g2], null));
      await vi.waitFor(() => expect(idle.running).toBe(0), { timeout: 5_000 });
      await idle.warmUp();
      expect(idle.running).toBe(2);
      const byWorkers = idle.done.byWorkers;
      expect(await given([g2, g1], idle)).toEqual(await given([g2, g1], null));
      expect(idle.done.byWorkers - byWorkers).toBe(2);
    } finally {
      await idle.close();
    }
  });
});
