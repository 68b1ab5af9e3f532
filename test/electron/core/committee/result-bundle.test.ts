/**
 * The chair's merge and the result bundle over a real sealed round of two groups and real review
 * and group bundles: merged in any order to the same canonical JSON, written by the vice-chair
 * acting for the chair (the chair is in conflict with one application), verified with no key down
 * to each member's signature, opened by the office and the vice-chair (who recompute the merge
 * from the embedded group bundles), partly by the chair (the conflicted application withheld),
 * refused to a leader; and every bad input of issue 11, point 6, made by a real change, refused
 * with its code and nothing merged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommitteeSettings } from '../../../../shared/committee/committee-input';
import { resultCoverage } from '../../../../shared/committee/result-coverage';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { isAppError } from '../../../../shared/errors';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import {
  openResultBundle,
  prepareCommitteeMerge,
  verifyResultBundle,
  writeResultBundle,
} from '../../../../electron/core/committee';
import type { Identity } from '../../../../electron/core/identity';
import { prepareGroupMerge, writeGroupBundle } from '../../../../electron/core/merge';
import { person } from '../office/office-fixtures';
import { forgedGroupBundle } from './bad-group-bundles';
import { committeeRound } from './committee-round';

const scratch = await mkdtemp(join(tmpdir(), 'qb-committee-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await committeeRound(join(scratch, 'round'));
const [a1, a2, a3, a4] = round.applicationIds as [string, string, string, string];
const vice = round.identity('e10');
const viceManifest = round.manifests.get('e10')!;
const chair = round.identity('e09');
const chairManifest = round.manifests.get('e09')!;
const g1 = await round.groupBundle('e01');
const g2 = await round.groupBundle('e04');
const SETTINGS: CommitteeSettings = { quota: 3, scoreLine: null, basis: 'raw', exclusions: [] };
const expect_ = {
  officeFingerprint: round.office.card.fingerprint,
  caseId: viceManifest.caseId,
  roundId: viceManifest.round.id,
  rubricDigest: viceManifest.rubricDigest,
};
const facts = { rubric: viceManifest.round.rubric };

async function refusal(run: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

const merge = (
  bundles: Uint8Array[],
  who: { identity: Identity; manifest: typeof viceManifest } = {
    identity: vice,
    manifest: viceManifest,
  },
  settings: CommitteeSettings = SETTINGS,
) => prepareCommitteeMerge({ ...who, bundles, settings });

async function resultBundle(bundles = [g1, g2], change = {}) {
  const prepared = await merge(bundles);
  return writeResultBundle({
    identity: vice,
    roster: viceManifest.rosterStatement!,
    sequence: 1,
    merge: prepared.merge,
    groupBundles: prepared.groupBundles,
    readersOf: prepared.readersOf,
    mergeReaders: prepared.mergeReaders,
    ...change,
  });
}

describe("the committee's merge of a sealed round", () => {
  it('merges both groups, the vice-chair acting for the chair, the same whatever the order', async () => {
    const { merge: result } = await merge([g1, g2]);
    const reversed = await merge([g2, g1]);
    expect(canonicalJson(reversed.merge)).toBe(canonicalJson(result));
    expect(result.signer).toMatchObject({ expertId: 'e10', role: 'vice-chair-acting' });
    // 90/86/87, 70/73/74, 80/83/84, 60/64/63: means 87.67, 72.33, 82.33, 62.33.
    expect(result.ranking.raw.order.map((e) => e.applicationId)).toEqual([a1, a3, a2, a4]);
    expect(result.list.entries.map((e) => e.applicationId)).toEqual([a1, a3, a2]);
    expect(result.list.cuts).toEqual([
      {
        applicationId: a4,
        applicationNo: '2026004',
        reason: 'quota',
        position: 4,
        quota: 3,
        tie: null,
      },
    ]);
    expect(result.groupBundles.map((g) => [g.groupId, g.merger.expertId, g.sequence])).toEqual([
      ['g1', 'e01', 1],
      ['g2', 'e04', 1],
    ]);
  });

  it("the chair's own merge lacks the application the chair is in conflict with; the office's check names it", async () => {
    const { merge: result } = await merge([g1, g2], { identity: chair, manifest: chairManifest });
    expect(result.signer.role).toBe('chair');
    expect(result.applications.map((a) => a.applicationId)).toEqual([a1, a2, a3]);
    expect(resultCoverage(result, round.applicationIds)).toEqual({ missing: [a4], unknown: [] });
  });

  it('refuses a leader as the signer', async () => {
    expect(
      await refusal(() =>
        merge([g1, g2], { identity: round.identity('e01'), manifest: round.manifests.get('e01')! }),
      ),
    ).toBe('committee-not-chair');
  });

  it('takes the highest sequence of a group, lists the earlier, and refuses equivocation', async () => {
    const later = await round.groupBundle('e01', {
      sequence: 2,
      decision: (id) => [
        {
          kind: 'decision',
          applicationId: id,
          decision: id === a1 ? 'not-enter-defense' : 'enter-defense',
        },
      ],
    });
    const { merge: result } = await merge([later, g2, g1]);
    const group = result.groupBundles.find((g) => g.groupId === 'g1')!;
    expect(group.sequence).toBe(2);
    expect(group.superseded.map((s) => s.sequence)).toEqual([1]);
    expect(result.list.cuts.find((c) => c.applicationId === a1)).toMatchObject({
      reason: 'group-decision',
      decision: 'not-enter-defense',
    });
    const other = await round.groupBundle('e01', { sequence: 2 });
    expect(await refusal(() => merge([later, other, g2]))).toBe('committee-group-equivocation');
  });
});

describe('bad group bundles (issue 11, point 6): refused with their code, nothing merged', () => {
  it('from an unknown office key', async () => {
    const forged = await forgedGroupBundle(round, {
      signer: round.identity('e01'),
      expertId: 'e01',
      office: await person('别的办公室'),
    });
    expect(await refusal(() => merge([forged, g2]))).toBe('bundle-unknown-office');
  });

  it('signed by someone the package does not seat in the group', async () => {
    const stranger = await person('陌生人', 'expert');
    const forged = await forgedGroupBundle(round, {
      signer: stranger,
      expertId: 'e01',
      office: round.office,
    });
    expect(await refusal(() => merge([forged, g2]))).toBe('committee-group-unknown-merger');
  });

  it('of a group outside the case', async () => {
    const forged = await forgedGroupBundle(round, {
      signer: round.identity('e01'),
      expertId: 'e01',
      office: round.office,
      groupId: 'g9',
    });
    expect(await refusal(() => merge([g1, g2, forged]))).toBe('committee-group-outside-case');
  });

  it('of another case or round', async () => {
    for (const change of [{ roundId: 'defense' }, { caseId: 'f'.repeat(32) }]) {
      const forged = await forgedGroupBundle(round, {
        signer: round.identity('e01'),
        expertId: 'e01',
        office: round.office,
        ...change,
      });
      expect(await refusal(() => merge([forged, g2]))).toBe('bundle-wrong-case-round');
    }
  });

  it('tampered: a section, or the header', async () => {
    const section = Buffer.from(g1);
    section[section.length - 100]! ^= 1;
    expect(await refusal(() => merge([section, g2]))).toBe('group-bundle-section-altered');
    const header = Buffer.from(g1);
    header[40]! ^= 1;
    expect(await refusal(() => merge([header, g2]))).toMatch(
      /^group-bundle-(bad-signature|malformed)$/,
    );
  });

  it('with a member bundle inside that fails', async () => {
    const manifest = round.manifests.get('e01')!;
    const leader = round.identity('e01');
    const prepared = await prepareGroupMerge({
      identity: leader,
      manifest,
      bundles: ['e01', 'e02', 'e03'].map((id) => round.reviews.get(id)!),
    });
    const memberBundles = prepared.memberBundles.map((m) => {
      if (m.verified.header.roster.statement.member.expertId !== 'e02') return m;
      const bytes = Buffer.from(m.bytes);
      bytes[bytes.length - 100]! ^= 1;
      return { bytes, verified: m.verified };
    });
    const records = prepared.merge.applications.map((a) => ({
      kind: 'decision' as const,
      applicationId: a.applicationId,
      decision: 'enter-defense' as const,
    }));
    const bad = await writeGroupBundle({
      identity: leader,
      roster: manifest.rosterStatement!,
      rubric: manifest.round.rubric,
      sequence: 1,
      memberBundles,
      merge: prepared.merge,
      records,
      deliberation: deliberationSummary({
        merge: prepared.merge,
        rubric: manifest.round.rubric,
        roundKind: 'material',
        records,
      }),
      readersOf: (id) => prepared.readersOf(id),
    });
    let error: unknown;
    try {
      await merge([bad, g2]);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'group-member-bundle-invalid',
      params: { cause: 'bundle-section-altered' },
    });
  });

  it('the same group bundle twice', async () => {
    expect(await refusal(() => merge([g1, g2, g1]))).toBe('committee-group-twice');
  });

  it("a group that counted its ballots under a rule of its own, not the round's", async () => {
    const own = await round.groupBundle('e01', {
      rule: { quorum: { numerator: 3, denominator: 4 }, pass: { numerator: 2, denominator: 3 } },
    });
    expect(await refusal(() => merge([own, g2]))).toBe('group-bundle-rule-differs');
  });

  it('the first failure in bundle order, though the bundles are opened together', async () => {
    const rule = {
      quorum: { numerator: 3, denominator: 4 },
      pass: { numerator: 2, denominator: 3 },
    };
    const own1 = await round.groupBundle('e01', { rule });
    const own2 = await round.groupBundle('e04', { rule });
    const failure = async (bundles: Uint8Array[]) => {
      try {
        await merge(bundles);
      } catch (error) {
        if (!isAppError(error)) throw error;
        return { code: error.code, params: error.params, detail: error.detail };
      }
      throw new Error('merged');
    };
    // Alone, each fails on its own application; together, the first given is the one met.
    const alone1 = await failure([own1, g2]);
    const alone2 = await failure([g1, own2]);
    expect(alone1.code).toBe('group-bundle-rule-differs');
    expect(alone1.params).not.toEqual(alone2.params);
    expect(await failure([own1, own2])).toEqual(alone1);
    const reversed = await failure([own2, own1]);
    expect(reversed.params).toEqual(alone2.params);
    expect(reversed.detail).toMatch(/^group bundle 1/);
    expect(alone2.detail).toMatch(/^group bundle 2/);
  });

  it('a group missing: an application of the round without its result', async () => {
    expect(await refusal(() => merge([g1]))).toBe('committee-application-missing');
  });
});

const bytes = await resultBundle();

describe('the result bundle', () => {
  it('verifies with no key down to each member bundle, naming the signer and the role', () => {
    const verified = verifyResultBundle(bytes, expect_);
    expect(verified.header.signerRole).toBe('vice-chair-acting');
    expect(verified.header.roundKind).toBe('material');
    expect(verified.groups.map((g) => g.header.groupId)).toEqual(['g1', 'g2']);
    // The signer and their statement, each group's merger and statement, each member's and theirs.
    expect(verified.signaturesVerified).toBe(2 + 2 * (2 + 3 * 2));
    expect(verified.sections).toHaveLength(4);
  });

  it('checks every signer, merger and author against a roster when given one', () => {
    const roster = viceManifest.roster.map((p) => ({ fingerprint: p.fingerprint, seats: p.seats }));
    expect(() => verifyResultBundle(bytes, { ...expect_, roster })).not.toThrow();
    const without = roster.filter((p) => p.fingerprint !== round.identity('e05').card.fingerprint);
    expect(() => verifyResultBundle(bytes, { ...expect_, roster: without })).toThrow(
      expect.objectContaining({
        code: 'result-group-bundle-invalid',
        params: { group: 2, cause: 'not-in-roster' },
      }),
    );
  });

  it('is refused as a replay where another round is expected', async () => {
    expect(await refusal(() => verifyResultBundle(bytes, { ...expect_, roundId: 'defense' }))).toBe(
      'result-bundle-replayed',
    );
  });

  it('is refused when a section, an embedded group bundle or the header was changed', async () => {
    const section = Buffer.from(bytes);
    section[section.length - 100]! ^= 1;
    expect(await refusal(() => verifyResultBundle(section, expect_))).toBe(
      'result-bundle-section-altered',
    );
    const header = verifyResultBundle(bytes, expect_).signedBytes.length;
    const group = Buffer.from(bytes);
    group[header + 500]! ^= 1;
    expect(await refusal(() => verifyResultBundle(group, expect_))).toBe(
      'result-group-bundle-invalid',
    );
    const signed = Buffer.from(bytes);
    signed[60]! ^= 1;
    expect(await refusal(() => verifyResultBundle(signed, expect_))).toMatch(
      /^result-bundle-(bad-signature|malformed)$/,
    );
  });

  it('opens whole for the office and the vice-chair, the merge recomputed from the group bundles', async () => {
    const verified = verifyResultBundle(bytes, expect_);
    const prepared = await merge([g1, g2]);
    for (const reader of [round.office, vice]) {
      const opened = await openResultBundle(verified, reader, facts);
      expect(canonicalJson(opened.merge)).toBe(canonicalJson(prepared.merge));
      expect(opened.applications.map((a) => a.application.applicationId)).toEqual([a1, a2, a3, a4]);
      expect(opened.notForReader).toEqual([]);
    }
  });

  it('withholds from the chair the application the chair is in conflict with, and the whole merge', async () => {
    const opened = await openResultBundle(verifyResultBundle(bytes, expect_), chair, facts);
    expect(opened.merge).toBeNull();
    expect(opened.applications.map((a) => a.application.applicationId)).toEqual([a1, a2, a3]);
    expect(opened.notForReader).toContain(0);
    expect(opened.notForReader).toHaveLength(2);
    expect(opened.applications.find((a) => a.application.applicationId === a2)?.list).toEqual({
      on: true,
      position: 3,
    });
  });

  it('opens nothing for a group leader', async () => {
    expect(
      await refusal(() =>
        openResultBundle(verifyResultBundle(bytes, expect_), round.identity('e01'), facts),
      ),
    ).toBe('result-bundle-not-a-reader');
  });

  it('refuses a merge its group bundles do not give', async () => {
    const prepared = await merge([g1, g2]);
    const forged = await writeResultBundle({
      identity: vice,
      roster: viceManifest.rosterStatement!,
      sequence: 2,
      // A quota the list was not made with: the list no longer follows from the group bundles.
      merge: { ...prepared.merge, settings: { ...prepared.merge.settings, quota: 2 } },
      groupBundles: prepared.groupBundles,
      readersOf: prepared.readersOf,
      mergeReaders: prepared.mergeReaders,
    });
    expect(
      await refusal(async () =>
        openResultBundle(verifyResultBundle(forged, expect_), round.office, facts),
      ),
    ).toBe('result-bundle-merge-differs');
  });

  it('is signed only by the one the roster statement seats as chair or vice-chair', async () => {
    const prepared = await merge([g1, g2]);
    expect(
      await refusal(() =>
        writeResultBundle({
          identity: chair,
          roster: chairManifest.rosterStatement!,
          sequence: 1,
          merge: prepared.merge,
          groupBundles: prepared.groupBundles,
          readersOf: prepared.readersOf,
          mergeReaders: prepared.mergeReaders,
        }),
      ),
    ).toBe('result-bundle-signer-invalid');
  });

  it('refuses more applications than a bundle holds, in its own words', async () => {
    const prepared = await merge([g1, g2]);
    const many = Array.from({ length: 257 }, () => prepared.merge.applications[0]!);
    expect(
      await refusal(() =>
        writeResultBundle({
          identity: vice,
          roster: viceManifest.rosterStatement!,
          sequence: 1,
          merge: { ...prepared.merge, applications: many },
          groupBundles: prepared.groupBundles,
          readersOf: prepared.readersOf,
          mergeReaders: prepared.mergeReaders,
        }),
      ),
    ).toBe('result-bundle-too-large');
  });
});
