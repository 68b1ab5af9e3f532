import { createHash } from 'node:crypto';
/**
 * The leader's merge and the group bundle over a real sealed round and real review bundles:
 * merged in any order to the same bytes, written, verified with no key down to each member's
 * signature, opened by the chair, the vice-chair and the office (who recompute the merge from
 * the embedded bundles), refused to a member; and every bad input of issue 11, point 6, produced
 * by a real change, refused with its code and nothing merged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { isAppError } from '../../../../shared/errors';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import {
  ReviewBundleHistory,
  historyEntryOf,
  signRosterStatement,
  verifyReviewBundle,
} from '../../../../electron/core/bundle';
import {
  openGroupBundle,
  prepareGroupMerge,
  verifyGroupBundle,
  writeGroupBundle,
} from '../../../../electron/core/merge';
import type { GroupBundleRequest, PreparedGroupMerge } from '../../../../electron/core/merge';
import { keysOf, person } from '../bundle/bundle-fixtures';
import { mergeRound } from './merge-round';

const scratch = await mkdtemp(join(tmpdir(), 'qb-merge-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));
const leader = round.identity('e01');
const leaderManifest = round.manifests.get('e01')!;
const [app1, app2, app3] = round.applicationIds as [string, string, string];

const bundles = {
  e01: await round.reviewBundle('e01', { ratio: 0.9 }),
  e02: await round.reviewBundle('e02', { ratio: 0.8 }),
  e03: await round.reviewBundle('e03', {
    ratio: 0.5,
    draft: (id, d) => (id === app3 ? { ...d, noDiscussionNeeded: true } : d),
  }),
};

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

const merge = (list: Uint8Array[], history?: ReviewBundleHistory) =>
  prepareGroupMerge({
    identity: leader,
    manifest: leaderManifest,
    bundles: list,
    ...(history === undefined ? {} : { history }),
  });

function records(): DeliberationRecord[] {
  return [
    {
      kind: 'absence',
      applicationId: app1,
      expertId: 'e03',
      cause: 'missing-review',
      reason: '该专家与此申报单位存在办公室登记的回避情形。',
    },
    { kind: 'discussion-note', applicationId: app1, text: '组员一致认为体系完整。' },
    {
      kind: 'ballot',
      applicationId: app1,
      ballotNo: 1,
      proposal: 'enter-defense',
      ballot: {
        mode: 'open',
        votes: [
          { expertId: 'e01', vote: 'for' },
          { expertId: 'e02', vote: 'for' },
        ],
      },
    },
    { kind: 'consensus', applicationId: app1, score: 85, opinion: '同意入围答辩。' },
    { kind: 'decision', applicationId: app1, decision: 'enter-defense' },
  ];
}

async function groupBundle(
  prepared: PreparedGroupMerge,
  list = records(),
  change: Partial<GroupBundleRequest> = {},
) {
  const rubric = leaderManifest.round.rubric;
  return writeGroupBundle({
    identity: leader,
    roster: round.statement('e01'),
    rubric,
    sequence: 1,
    memberBundles: prepared.memberBundles,
    merge: prepared.merge,
    records: list,
    deliberation: deliberationSummary({
      merge: prepared.merge,
      rubric,
      roundKind: 'material',
      records: list,
    }),
    readersOf: (id) => prepared.readersOf(id),
    ...change,
  });
}

const facts = { rubric: leaderManifest.round.rubric, roundKind: 'material' as const };

describe("the leader's merge of a sealed round", () => {
  it('merges the three members, the conflicted one missing where the office recorded it', async () => {
    const { merge: result } = await merge([bundles.e01, bundles.e02, bundles.e03]);
    expect(result.applications.map((a) => a.applicationId)).toEqual(
      [...round.applicationIds].sort(),
    );
    const first = result.applications.find((a) => a.applicationId === app1)!;
    expect(first.rows.map((r) => r.expertId)).toEqual(['e01', 'e02']);
    expect(first.missing).toEqual([{ expertId: 'e03', reason: 'no-section' }]);
    const third = result.applications.find((a) => a.applicationId === app3)!;
    expect(third.rows.map((r) => r.expertId)).toEqual(['e01', 'e02', 'e03']);
    expect(third.deviations.map((d) => [d.expertId, d.scope])).toContainEqual(['e03', 'total']);
    expect(result.members.map((m) => [m.expertId, m.submitted?.sequence])).toEqual([
      ['e01', 1],
      ['e02', 1],
      ['e03', 1],
    ]);
  });

  it('gives the same canonical merge, byte for byte, in every order of import', async () => {
    const orders = [
      [bundles.e01, bundles.e02, bundles.e03],
      [bundles.e03, bundles.e01, bundles.e02],
      [bundles.e02, bundles.e03, bundles.e01],
    ];
    const texts = await Promise.all(orders.map(async (o) => canonicalJson((await merge(o)).merge)));
    expect(new Set(texts).size).toBe(1);
  });

  it('takes a resubmission over the first, listing the first as superseded', async () => {
    const again = await round.reviewBundle('e02', { sequence: 2, ratio: 0.7 });
    const { merge: result } = await merge([again, bundles.e01, bundles.e02]);
    expect(result.members.find((m) => m.expertId === 'e02')!.submitted).toMatchObject({
      sequence: 2,
      superseded: [{ sequence: 1 }],
    });
  });
});

const prepared = await merge([bundles.e01, bundles.e02, bundles.e03]);
const bytes = await groupBundle(prepared);

describe('a group bundle', () => {
  it('verifies with no key, down to each embedded member bundle', () => {
    const verified = verifyGroupBundle(bytes, {
      officeFingerprint: round.sealed.office.card.fingerprint,
      caseId: leaderManifest.caseId,
      roundId: 'material',
    });
    expect(verified.header.groupId).toBe('g1');
    expect(verified.header.members.map((m) => [m.expertId, m.sequence])).toEqual([
      ['e01', 1],
      ['e02', 1],
      ['e03', 1],
    ]);
    expect(verified.members).toHaveLength(3);
    expect(verified.header.sections).toHaveLength(3);
    // Each member bundle hashed once: its digest is the file's SHA-256, the signed header's entry,
    // and the digest its own verification gives.
    for (const [index, member] of verified.members.entries()) {
      const file = [bundles.e01, bundles.e02, bundles.e03][index]!;
      const digest = createHash('sha256').update(file).digest('hex');
      expect(member.digest).toBe(digest);
      expect(verified.header.members[index]!.sha256).toBe(digest);
      expect(verifyReviewBundle(file).digest).toBe(digest);
    }
  });

  it('opens for the chair, the vice-chair and the office, who recompute the same merge', async () => {
    const verified = verifyGroupBundle(bytes);
    for (const reader of [round.identity('e09'), round.identity('e10'), round.sealed.office]) {
      const opened = await openGroupBundle(verified, reader, facts);
      expect(opened.sections).toHaveLength(3);
      const first = opened.sections.find((s) => s.applicationId === app1)!;
      expect(canonicalJson(first.merge)).toBe(
        canonicalJson(prepared.merge.applications.find((a) => a.applicationId === app1)),
      );
      expect(first.deliberation.decision).toBe('enter-defense');
      expect(first.deliberation.ballots[0]!.outcome.outcome).toBe('passed');
      expect(first.chair).toMatchObject({ expertId: 'e01', role: 'leader' });
    }
  });

  it('is not for a member of the group', async () => {
    const code = await refusal(() =>
      openGroupBundle(verifyGroupBundle(bytes), round.identity('e02'), facts),
    );
    expect(code).toBe('group-bundle-not-a-reader');
  });

  it('refuses a flipped byte in a section, the signature or an embedded member bundle', () => {
    const verified = verifyGroupBundle(bytes);
    const headerEnd = 16 + Buffer.from(bytes).readUInt32BE(12);
    expect(verified.header.version).toBe(3);
    const directoryLength = verified.directory.reduce((s, d) => s + d.length, 0);
    const membersEnd =
      headerEnd + directoryLength + verified.header.members.reduce((s, m) => s + m.length, 0);
    const cases = [
      [headerEnd + 100, 'group-bundle-directory-altered'],
      [headerEnd + directoryLength - 1, 'group-bundle-directory-altered'],
      [headerEnd + directoryLength + 300, 'group-member-bundle-invalid'],
      [membersEnd + 1200, 'group-bundle-section-altered'],
      [bytes.length - 30, 'group-bundle-bad-signature'],
      [10, 'group-bundle-malformed'],
      [headerEnd - 1, 'group-bundle-malformed'],
      // A digit of the signed header's sequence: still a valid header, no longer the signed one.
      [Buffer.from(bytes).indexOf('"sequence":1,"version"') + 11, 'group-bundle-bad-signature'],
    ] as const;
    for (const [at, code] of cases) {
      const copy = Buffer.from(bytes);
      // ^ 0x02: a digit stays a digit ('1' becomes '3').
      copy[at] = (copy[at] ?? 0) ^ 0x02;
      let caught: unknown;
      try {
        verifyGroupBundle(copy);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) ? caught.code : caught, String(at)).toBe(code);
    }
  });

  it('refuses a header that is the same JSON but not its canonical form', () => {
    const file = Buffer.from(bytes);
    const headerLength = file.readUInt32BE(12);
    const text = file.subarray(16, 16 + headerLength).toString('utf8');
    const json = JSON.parse(text) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(json).reverse());
    for (const other of [JSON.stringify(reordered), JSON.stringify(json, null, 1)]) {
      const header = Buffer.from(other, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(header.length);
      const copy = Buffer.concat([
        file.subarray(0, 12),
        length,
        header,
        file.subarray(16 + headerLength),
      ]);
      let caught: unknown;
      try {
        verifyGroupBundle(copy);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught, 'group-bundle-malformed') ? caught.detail : caught).toBe(
        'the header is not in canonical form',
      );
    }
  });

  it('refuses a member bundle inside that fails on its own, though the merger signed it', async () => {
    const broken = Buffer.from(bundles.e02);
    broken[broken.length - 20] = (broken[broken.length - 20] ?? 0) ^ 0x01;
    const memberBundles = prepared.memberBundles.map((m) =>
      m.bytes === bundles.e02 ? { ...m, bytes: broken } : m,
    );
    const signed = await groupBundle({ ...prepared, memberBundles });
    let caught: unknown;
    try {
      verifyGroupBundle(signed);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, 'group-member-bundle-invalid')).toBe(true);
    expect((caught as { params: unknown }).params).toEqual({
      member: 2,
      cause: 'bundle-bad-signature',
    });
  });

  it('refuses a section whose merge differs from its member bundles', async () => {
    const falsified = {
      ...prepared,
      merge: {
        ...prepared.merge,
        applications: prepared.merge.applications.map((a) =>
          a.applicationId === app2
            ? { ...a, rows: a.rows.map((r) => ({ ...r, total: r.total + 1 })) }
            : a,
        ),
      },
    };
    // A version 2 section states its merge: refused when it differs.
    const signed = await groupBundle(falsified, records(), { olderVersion: 2 });
    const code = await refusal(() =>
      openGroupBundle(verifyGroupBundle(signed), round.identity('e09'), facts),
    );
    expect(code).toBe('group-bundle-merge-differs');
    // A version 3 section states none: the reader shows the members' own totals.
    const slim = await groupBundle(falsified);
    const opened = await openGroupBundle(verifyGroupBundle(slim), round.identity('e09'), facts);
    const honest = await openGroupBundle(
      verifyGroupBundle(await groupBundle(prepared)),
      round.identity('e09'),
      facts,
    );
    const totals = (o: typeof opened) =>
      o.sections.find((x) => x.applicationId === app2)!.merge.rows.map((r) => r.total);
    expect(totals(opened)).toEqual(totals(honest));
    expect(totals(opened)).not.toEqual(
      falsified.merge.applications.find((a) => a.applicationId === app2)!.rows.map((r) => r.total),
    );
  });

  it('is written only with the member bundles the merge was made of', async () => {
    const fewer = { ...prepared, memberBundles: prepared.memberBundles.slice(1) };
    await expect(groupBundle(fewer)).rejects.toThrow(RangeError);
  });

  it('refuses a merger the office did not seat in the group', async () => {
    const code = await refusal(() =>
      writeGroupBundle({
        identity: leader,
        roster: round.statement('e01', {
          member: {
            ...keysOf(leader),
            expertId: 'e01',
            seats: [{ role: 'leader', groupId: 'g2' }],
          },
        }),
        rubric: leaderManifest.round.rubric,
        sequence: 1,
        memberBundles: prepared.memberBundles,
        merge: prepared.merge,
        records: [],
        deliberation: [],
        readersOf: (id) => prepared.readersOf(id),
      }),
    );
    expect(code).toBe('group-bundle-merger-invalid');
  });
});

describe('bad input to the merge (issue 11, point 6): a clear error, nothing merged', () => {
  const e02Statement = round.statement('e02').statement;
  const certified = (change: Partial<typeof e02Statement>) =>
    signRosterStatement(round.sealed.office.signingKey, { ...e02Statement, ...change });

  it('refuses a bundle certified by an unknown office key', async () => {
    const stranger = await person('冒名办公室', 'office');
    const roster = signRosterStatement(stranger.signingKey, {
      ...e02Statement,
      office: keysOf(stranger),
    });
    const bundle = await round.reviewBundle('e02', { roster });
    expect(await refusal(() => merge([bundles.e01, bundle]))).toBe('bundle-unknown-office');
  });

  it('refuses an expert the office seated in another group', async () => {
    const roster = certified({
      member: { ...e02Statement.member, seats: [{ role: 'member', groupId: 'g2' }] },
    });
    const bundle = await round.reviewBundle('e02', { roster });
    expect(await refusal(() => merge([bundles.e01, bundle]))).toBe('merge-outside-group');
  });

  it('refuses a bundle of another case or another round', async () => {
    for (const change of [{ caseId: 'f'.repeat(32) }, { roundId: 'defense' }]) {
      const bundle = await round.reviewBundle('e02', { roster: certified(change) });
      expect(await refusal(() => merge([bundles.e01, bundle]))).toBe('bundle-wrong-case-round');
    }
  });

  it('refuses a tampered bundle, naming the section', async () => {
    const tampered = Buffer.from(bundles.e02);
    tampered[tampered.length - 200] = (tampered[tampered.length - 200] ?? 0) ^ 0x01;
    expect(await refusal(() => merge([bundles.e01, tampered]))).toBe('bundle-section-altered');
  });

  it('refuses a stale sequence and the same member bundle twice', async () => {
    const second = await round.reviewBundle('e02', { sequence: 2 });
    const history = new ReviewBundleHistory();
    history.admit(historyEntryOf(verifyReviewBundle(second)));
    expect(await refusal(() => merge([bundles.e01, bundles.e02], history))).toBe(
      'bundle-stale-sequence',
    );
    expect(await refusal(() => merge([bundles.e01, bundles.e02, bundles.e02]))).toBe(
      'merge-member-twice',
    );
  });

  it('refuses a bundle signed over a different material', async () => {
    const other = await round.reviewBundle('e02', {
      manifest: (m) => ({
        ...m,
        materials: m.materials.map((x, i) => (i === 0 ? { ...x, sha256: 'b'.repeat(64) } : x)),
      }),
    });
    expect(await refusal(() => merge([bundles.e01, other]))).toBe('bundle-material-hash');
  });

  it('refuses an identity that chairs nothing', async () => {
    const code = await refusal(() =>
      prepareGroupMerge({
        identity: round.identity('e02'),
        manifest: round.manifests.get('e02')!,
        bundles: [bundles.e01],
      }),
    );
    expect(code).toBe('merge-not-chairing');
  });
});
