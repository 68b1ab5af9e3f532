/**
 * A leader in conflict with an application neither sees nor chairs it: over a round sealed with
 * the leader in conflict with the third application and e02 designated its stand-in, the leader's
 * merge covers the first two, the stand-in's the third (the leader recused, from the reader
 * lists), each signs a group bundle recording in which capacity, and the chair opens both.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import {
  openGroupBundle,
  prepareGroupMerge,
  verifyGroupBundle,
  writeGroupBundle,
} from '../../../../electron/core/merge';
import { mergeRound } from './merge-round';

const scratch = await mkdtemp(join(tmpdir(), 'qb-stand-in-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'), { leaderInConflictWithThird: true });
const [app1, app2, app3] = round.applicationIds as [string, string, string];
const bundles = await Promise.all(
  ['e01', 'e02', 'e03'].map((id, i) => round.reviewBundle(id, { ratio: 0.9 - i * 0.1 })),
);

async function signedBy(expertId: string) {
  const manifest = round.manifests.get(expertId)!;
  const identity = round.identity(expertId);
  const prepared = await prepareGroupMerge({ identity, manifest, bundles });
  const rubric = manifest.round.rubric;
  const bytes = await writeGroupBundle({
    identity,
    roster: round.statement(expertId),
    rubric,
    sequence: 1,
    memberBundles: prepared.memberBundles,
    merge: prepared.merge,
    records: [],
    deliberation: deliberationSummary({
      merge: prepared.merge,
      rubric,
      roundKind: 'material',
      records: [],
    }),
    readersOf: (id) => prepared.readersOf(id),
  });
  return { prepared, bytes };
}

describe('a stand-in chairs what the leader may not', () => {
  it('splits the applications between the leader and the stand-in', async () => {
    const leader = await signedBy('e01');
    expect(leader.prepared.merge.applications.map((a) => [a.applicationId, a.chairRole])).toEqual(
      [app1, app2].sort().map((id) => [id, 'leader']),
    );
    const standIn = await signedBy('e02');
    const [third] = standIn.prepared.merge.applications;
    expect([third!.applicationId, third!.chairRole]).toEqual([app3, 'stand-in']);
    expect(third!.recused).toEqual([{ expertId: 'e01', reason: 'leader-in-conflict' }]);
    expect(third!.rows.map((r) => r.expertId)).toEqual(['e02', 'e03']);
  });

  it('signs a group bundle the chair opens, recording the stand-in as chair', async () => {
    const { bytes } = await signedBy('e02');
    const verified = verifyGroupBundle(bytes, {
      officeFingerprint: round.sealed.office.card.fingerprint,
    });
    const opened = await openGroupBundle(verified, round.identity('e09'), {
      rubric: round.manifests.get('e09')!.round.rubric,
      roundKind: 'material',
    });
    expect(opened.sections.map((s) => [s.applicationId, s.chair.expertId, s.chair.role])).toEqual([
      [app3, 'e02', 'stand-in'],
    ]);
    // The leader is no reader of the stand-in's section.
    expect(opened.sections[0]!.readers).not.toContain(round.identity('e01').card.fingerprint);
  });
});
