/**
 * The member section keys a group section carries (docs/group-bundle-format.md, "Member section
 * keys") over a real sealed round: the chair opens the member sections with them instead of
 * unwrapping (the unwraps counted through the age opener), gets the same merge as from an older
 * bundle that carries none; a wrong key, a key naming no embedded section, a key of another
 * application's section and a key carried twice are each group-member-key-wrong; keys left out
 * fall back to unwrapping, so a merger who leaves out a member's section and drops its row is
 * still caught; the writer refuses to carry a key to a reader the member did not choose.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { isAppError } from '../../../../shared/errors';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import type { CarriedMemberKey } from '../../../../shared/merge/group-bundle-content';
import { KEY_DIRECTORY_ENTRIES } from '../../../../shared/merge/group-bundle-content';
import * as openMany from '../../../../electron/core/crypto/age-open-many';
import type { GroupBundleRequest, PreparedGroupMerge } from '../../../../electron/core/merge';
import {
  openGroupBundle,
  prepareGroupMerge,
  verifyGroupBundle,
  writeGroupBundle,
} from '../../../../electron/core/merge';
import { mergeRound } from './merge-round';

vi.mock('../../../../electron/core/crypto/age-open-many', async (original) => {
  const actual = await original<typeof openMany>();
  return { ...actual, openAgeFiles: vi.fn(actual.openAgeFiles) };
});

const scratch = await mkdtemp(join(tmpdir(), 'qb-merge-keys-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));
const leader = round.identity('e01');
const chair = round.identity('e09');
const leaderManifest = round.manifests.get('e01')!;
const rubric = leaderManifest.round.rubric;
const [app1, app2] = round.applicationIds as [string, string, string];
const facts = { rubric, roundKind: 'material' as const };

const prepared = await prepareGroupMerge({
  identity: leader,
  manifest: leaderManifest,
  bundles: [
    await round.reviewBundle('e01', { ratio: 0.9 }),
    await round.reviewBundle('e02', { ratio: 0.8 }),
    await round.reviewBundle('e03', { ratio: 0.5 }),
  ],
});

const records: DeliberationRecord[] = [
  {
    kind: 'absence',
    applicationId: app1,
    expertId: 'e03',
    cause: 'missing-review',
    reason: '该专家与此申报单位存在办公室登记的回避情形。',
  },
];

function write(
  change: Partial<GroupBundleRequest> = {},
  merge: PreparedGroupMerge['merge'] = prepared.merge,
) {
  return writeGroupBundle({
    identity: leader,
    roster: round.statement('e01'),
    rubric,
    sequence: 1,
    memberBundles: prepared.memberBundles,
    merge,
    records,
    deliberation: deliberationSummary({ merge, rubric, roundKind: 'material', records }),
    readersOf: (id) => prepared.readersOf(id),
    ...change,
  });
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

/** Age files the chair unwraps opening `bytes` (group sections and member sections alike). */
async function unwrapsOpening(bytes: Uint8Array): Promise<number> {
  const spy = vi.mocked(openMany.openAgeFiles);
  spy.mockClear();
  await openGroupBundle(verifyGroupBundle(bytes), chair, facts);
  return spy.mock.calls.reduce((sum, [files]) => sum + files.length, 0);
}

/** Every carried key of the bundle, per application, as the writer chose them. */
async function carried(): Promise<Map<string, readonly CarriedMemberKey[]>> {
  const seen = new Map<string, readonly CarriedMemberKey[]>();
  await write({
    carriedKeys: (applicationId, keys) => {
      seen.set(applicationId, keys);
      return keys;
    },
  });
  return seen;
}

const withKeys = await write();
const withoutKeys = await write({
  identity: { card: leader.card, signingKey: leader.signingKey },
  olderVersion: 1,
});
const keys = await carried();

describe('a group section carrying its member section keys', () => {
  it('carries the key of every member section of its application the leader merged', () => {
    const verified = verifyGroupBundle(withKeys);
    const memberSections = verified.members.reduce((s, m) => s + m.header.sections.length, 0);
    const all = [...keys.values()].flat();
    // e03 has no section for app1 (in conflict): 3 + 3 + 2 member sections of 3 applications.
    expect(all).toHaveLength(8);
    expect(memberSections).toBeGreaterThanOrEqual(all.length);
    expect(keys.get(app1)!.map((k) => k.expertId)).toEqual(['e01', 'e02']);
  });

  it('opens with no member section unwrapped, and to the same merge as a bundle carrying none', async () => {
    const verified = verifyGroupBundle(withKeys);
    const memberSections = verified.members.reduce((s, m) => s + m.header.sections.length, 0);
    const carriedCount = [...keys.values()].flat().length;
    const newer = await unwrapsOpening(withKeys);
    const older = await unwrapsOpening(withoutKeys);
    expect(older).toBe(verified.sections.length + memberSections);
    // The version 3 bundle: the key directory's entries tried instead of the chair's group
    // section wraps (the chair reads all three), and no member section carried.
    expect(newer).toBe(older - carriedCount - verified.sections.length + KEY_DIRECTORY_ENTRIES);
    const a = await openGroupBundle(verified, chair, facts);
    const b = await openGroupBundle(verifyGroupBundle(withoutKeys), chair, facts);
    // Sections are shuffled: compared by application.
    const merges = (o: typeof a) =>
      canonicalJson([...o.sections].sort((x, y) => (x.applicationId < y.applicationId ? -1 : 1)));
    expect(merges(a)).not.toBe('[]');
    expect(merges(a).replace(/"number":\d+/g, '')).toBe(merges(b).replace(/"number":\d+/g, ''));
    expect(a.sections).toHaveLength(3);
  });

  it('opens for the office and the vice-chair with the same keys', async () => {
    for (const reader of [round.sealed.office, round.identity('e10')]) {
      const opened = await openGroupBundle(verifyGroupBundle(withKeys), reader, facts);
      expect(opened.sections).toHaveLength(3);
    }
  });

  it('refuses a wrong key, a key naming no section, another application’s key and a key twice', async () => {
    const lies: ((id: string, k: readonly CarriedMemberKey[]) => CarriedMemberKey[])[] = [
      (id, k) =>
        id === app2 ? k.map((c, i) => (i === 0 ? { ...c, fileKey: 'ab'.repeat(16) } : c)) : [...k],
      (id, k) =>
        id === app2 ? k.map((c, i) => (i === 0 ? { ...c, section: 'cd'.repeat(32) } : c)) : [...k],
      (id, k) => (id === app2 ? k.map((c, i) => (i === 0 ? { ...c, sequence: 7 } : c)) : [...k]),
      // app2's sections carry app1's keys in place of their own.
      (id, k) => (id === app2 ? [...keys.get(app1)!] : id === app1 ? [] : [...k]),
      // The same key in two sections.
      (id, k) => (id === app1 ? [...k, ...keys.get(app2)!.slice(0, 1)] : [...k]),
    ];
    for (const [n, lie] of lies.entries()) {
      const bytes = await write({ carriedKeys: lie });
      const code = await refusal(() => openGroupBundle(verifyGroupBundle(bytes), chair, facts));
      expect(code, String(n)).toBe('group-member-key-wrong');
    }
  });

  it('falls back to unwrapping a member section whose key is left out', async () => {
    const bytes = await write({ carriedKeys: (id, k) => (id === app2 ? k.slice(1) : [...k]) });
    const opened = await openGroupBundle(verifyGroupBundle(bytes), chair, facts);
    const second = opened.sections.find((s) => s.applicationId === app2)!;
    expect(second.merge.rows.map((r) => r.expertId)).toEqual(['e01', 'e02', 'e03']);
    expect(await unwrapsOpening(bytes)).toBe((await unwrapsOpening(withKeys)) + 1);
  });

  it('still counts a member whose key a merger leaves out and whose row it drops', async () => {
    const dropped = {
      ...prepared.merge,
      applications: prepared.merge.applications.map((a) =>
        a.applicationId === app2
          ? {
              ...a,
              rows: a.rows.filter((r) => r.expertId !== 'e02'),
              missing: [...a.missing, { expertId: 'e02', reason: 'no-section' as const }],
            }
          : a,
      ),
    };
    const leaveOut = {
      carriedKeys: (id: string, k: readonly CarriedMemberKey[]) =>
        id === app2 ? k.filter((c) => c.expertId !== 'e02') : [...k],
    };
    // A version 2 section states the merge without e02: refused.
    const older = await write({ ...leaveOut, olderVersion: 2 }, dropped);
    const code = await refusal(() => openGroupBundle(verifyGroupBundle(older), chair, facts));
    expect(code).toBe('group-bundle-merge-differs');
    // A version 3 section states no merge: e02's section is unwrapped and counted.
    const slim = await write(leaveOut, dropped);
    const opened = await openGroupBundle(verifyGroupBundle(slim), chair, facts);
    const second = opened.sections.find((s) => s.applicationId === app2)!;
    expect(second.merge.rows.map((r) => r.expertId)).toEqual(['e01', 'e02', 'e03']);
  });

  it('is not written for a reader outside a member section’s readers', async () => {
    const outsider = round.identity('e02').card;
    const code = await refusal(() =>
      write({
        readersOf: (id) =>
          id === app2
            ? [
                ...prepared.readersOf(id),
                { fingerprint: outsider.fingerprint, ageRecipient: outsider.ageRecipient },
              ]
            : prepared.readersOf(id),
      }),
    );
    expect(code).toBe('group-member-key-readers');
  });
});
