/**
 * `deliberation:importBundles` refuses every bad input of issue 11, point 6, as a coded error
 * through the dispatch, and keeps nothing (no file in the app's data, no journal record, the
 * state as before): a bundle certified by an unknown office key, by an expert the office seated
 * in another group, for another case or round, tampered, signed over a different material, a
 * stale sequence, the same bundle twice. And the stand-in the office designated for the
 * application the leader is in conflict with chairs that one, the leader the others.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { signRosterStatement } from '../../../electron/core/bundle';
import type { DeliberationState } from '../../../shared/deliberation/deliberation-views';
import type { JournalStatus } from '../../../shared/journal';
import { keysOf, person } from '../core/bundle/bundle-fixtures';
import { available, leaderLaptop, refusal, valueOf } from '../core/deliberation/leader-laptop';
import type { LeaderLaptop } from '../core/deliberation/leader-laptop';
import { mergeRound } from '../core/merge/merge-round';

const scratch = await mkdtemp(join(tmpdir(), 'qb-deliberation-ipc-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));

const laptops: LeaderLaptop[] = [];
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
});

let n = 0;
async function onStick(bytes: Uint8Array): Promise<string> {
  n += 1;
  const path = join(scratch, `bundle-${n}.qbbundle`);
  await writeFile(path, bytes);
  return path;
}

const e02Statement = round.statement('e02').statement;
const certified = (change: Partial<typeof e02Statement>) =>
  signRosterStatement(round.sealed.office.signingKey, { ...e02Statement, ...change });

describe('deliberation:importBundles refuses bad input, keeping nothing', () => {
  it('gives each point-6 code through the dispatch', async () => {
    const dataDir = join(scratch, 'leader');
    const l = await leaderLaptop(round, dataDir);
    laptops.push(l);
    const e01 = await onStick(await round.reviewBundle('e01'));
    const stranger = await person('冒名办公室', 'office');
    const tampered = Buffer.from(await round.reviewBundle('e02'));
    tampered[tampered.length - 200] = (tampered[tampered.length - 200] ?? 0) ^ 0x01;
    const cases: [string, Uint8Array][] = [
      [
        'bundle-unknown-office',
        await round.reviewBundle('e02', {
          roster: signRosterStatement(stranger.signingKey, {
            ...e02Statement,
            office: keysOf(stranger),
          }),
        }),
      ],
      [
        'merge-outside-group',
        await round.reviewBundle('e02', {
          roster: certified({
            member: { ...e02Statement.member, seats: [{ role: 'member', groupId: 'g2' }] },
          }),
        }),
      ],
      [
        'bundle-wrong-case-round',
        await round.reviewBundle('e02', { roster: certified({ caseId: 'f'.repeat(32) }) }),
      ],
      [
        'bundle-wrong-case-round',
        await round.reviewBundle('e02', { roster: certified({ roundId: 'defense' }) }),
      ],
      ['bundle-section-altered', tampered],
      [
        'bundle-material-hash',
        await round.reviewBundle('e02', {
          manifest: (m) => ({
            ...m,
            materials: m.materials.map((x, i) => (i === 0 ? { ...x, sha256: 'b'.repeat(64) } : x)),
          }),
        }),
      ],
    ];
    const before = valueOf<DeliberationState>(await l.dispatch('deliberation:state', {}));
    const status = valueOf<JournalStatus>(await l.dispatch('journal:status', {}));
    for (const [code, bytes] of cases) {
      l.dialogs.memberBundles = [e01, await onStick(bytes)];
      const result = await l.dispatch('deliberation:importBundles', l.place);
      expect(refusal(result)?.code).toBe(code);
    }
    const twice = await onStick(await round.reviewBundle('e03'));
    l.dialogs.memberBundles = [e01, twice, twice];
    expect(refusal(await l.dispatch('deliberation:importBundles', l.place))?.code).toBe(
      'merge-member-twice',
    );
    expect(valueOf(await l.dispatch('deliberation:state', {}))).toEqual(before);
    expect(valueOf(await l.dispatch('journal:status', {}))).toEqual(status);
    expect(await readdir(join(dataDir, 'member-bundles')).catch(() => [])).toEqual([]);

    // A stale sequence: the second bundle of e02 held, the first arrives late.
    const first = await onStick(await round.reviewBundle('e02', { sequence: 1 }));
    const second = await onStick(await round.reviewBundle('e02', { sequence: 2 }));
    l.dialogs.memberBundles = [second];
    valueOf(await l.dispatch('deliberation:importBundles', l.place));
    l.dialogs.memberBundles = [first];
    expect(refusal(await l.dispatch('deliberation:importBundles', l.place))).toEqual({
      code: 'bundle-stale-sequence',
      params: { found: 1, highest: 2 },
    });
    // Given together they are not stale: the highest is merged, the first superseded.
    const fresh = await leaderLaptop(round, join(scratch, 'together'));
    laptops.push(fresh);
    fresh.dialogs.memberBundles = [second, first];
    const together = valueOf<{ state: DeliberationState }>(
      await fresh.dispatch('deliberation:importBundles', fresh.place),
    );
    const e02 = available(together.state).members.find((m) => m.expertId === 'e02')!;
    expect(e02.submitted?.sequence).toBe(2);
    expect(e02.submitted?.superseded.map((x) => x.sequence)).toEqual([1]);
  });
});

describe('a first bundle after the deliberation opened', () => {
  it('is taken where the member stays missing, refused where it would add their scores', async () => {
    const [app1, app2] = round.applicationIds as [string, string];
    const l = await leaderLaptop(round, join(scratch, 'late'));
    laptops.push(l);
    l.dialogs.memberBundles = [
      await onStick(await round.reviewBundle('e01')),
      await onStick(await round.reviewBundle('e02')),
    ];
    valueOf(await l.dispatch('deliberation:importBundles', l.place));
    const note = (applicationId: string) =>
      l.dispatch('deliberation:append', {
        ...l.place,
        record: { kind: 'discussion-note', applicationId, text: '先行讨论。' },
      });
    valueOf(await note(app1));
    // e03's package never had the first application (the office's conflict): still missing.
    l.dialogs.memberBundles = [await onStick(await round.reviewBundle('e03'))];
    const late = available(
      valueOf<{ state: DeliberationState }>(await l.dispatch('deliberation:importBundles', l.place))
        .state,
    );
    const first = late.merge.applications.find((a) => a.applicationId === app1)!;
    expect(first.missing).toEqual([{ expertId: 'e03', reason: 'no-section' }]);
    valueOf(await note(app2));
    l.dialogs.memberBundles = [await onStick(await round.reviewBundle('e03', { sequence: 2 }))];
    expect(refusal(await l.dispatch('deliberation:importBundles', l.place))).toEqual({
      code: 'deliberation-member-frozen',
      params: {
        expertId: 'e03',
        applicationNo: round.manifests.get('e01')!.applications.find((a) => a.id === app2)!
          .applicationNo,
      },
    });
  });
});

describe('the stand-in the office designated', () => {
  it('chairs the application the leader is in conflict with; the leader chairs the others', async () => {
    const standInRound = await mergeRound(join(scratch, 'stand-in-round'), {
      leaderInConflictWithThird: true,
    });
    const [app1, app2, app3] = standInRound.applicationIds as [string, string, string];
    const leader = await leaderLaptop(standInRound, join(scratch, 'si-leader'), 'e01');
    const standIn = await leaderLaptop(standInRound, join(scratch, 'si-e02'), 'e02');
    laptops.push(leader, standIn);
    const ofLeader = available(valueOf(await leader.dispatch('deliberation:state', {})));
    expect(ofLeader.applications.map((a) => [a.applicationId, a.chairRole])).toEqual(
      [app1, app2].sort().map((id) => [id, 'leader']),
    );
    const ofStandIn = available(valueOf(await standIn.dispatch('deliberation:state', {})));
    expect(ofStandIn.applications.map((a) => [a.applicationId, a.chairRole])).toEqual([
      [app3, 'stand-in'],
    ]);
    expect(ofStandIn.merger.expertId).toBe('e02');
    // The leader is recused from the application the stand-in chairs.
    standIn.dialogs.memberBundles = [
      await onStick(await standInRound.reviewBundle('e02')),
      await onStick(await standInRound.reviewBundle('e03')),
    ];
    const merged = available(
      valueOf<{ state: DeliberationState }>(
        await standIn.dispatch('deliberation:importBundles', standIn.place),
      ).state,
    );
    expect(merged.merge.applications[0]!.recused).toEqual([
      { expertId: 'e01', reason: 'leader-in-conflict' },
    ]);
    expect(merged.merge.applications[0]!.rows.map((r) => r.expertId)).toEqual(['e02', 'e03']);
  });
});
