/**
 * qbreview merge --committee, qbreview bundle verify of a result bundle and qbreview committee
 * re-review, as the vice-chair (acting for the chair, who is in conflict with one application)
 * runs them over a round of two groups sealed by the office's code and real group bundles: the
 * merge's canonical digest is the core's over the files in reverse order, the result bundle
 * verifies with no key down to each member and opens for the vice-chair; bad input fails with its
 * code in --json and leaves no file behind.
 */
import { createHash } from 'node:crypto';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { openReReviewAct, prepareCommitteeMerge } from '../../../electron/core/committee';
import { encodeIdentityFile } from '../../../electron/core/identity';
import { committeeRound } from '../core/committee/committee-round';
import { cli } from './run-cli';

const scratch = await mkdtemp(join(tmpdir(), 'qb-committee-cli-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await committeeRound(join(scratch, 'round'));
const office = round.office.card.fingerprint;
const [a1, a2, a3, a4] = round.applicationIds as [string, string, string, string];

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

const viceIdentity = await file(
  'e10.qbid',
  await encodeIdentityFile(round.identity('e10'), 'vice-pass-2026', 10),
);
const chairIdentity = await file(
  'e09.qbid',
  await encodeIdentityFile(round.identity('e09'), 'chair-pass-2026', 10),
);
const asChair = {
  QBREVIEW_STATE_DIR: join(scratch, 'state'),
  QBREVIEW_PASSPHRASE: 'chair-pass-2026',
};
const asVice = {
  QBREVIEW_STATE_DIR: join(scratch, 'state'),
  QBREVIEW_PASSPHRASE: 'vice-pass-2026',
};
const vicePackage = join(scratch, 'round', 'packages', 'e10.qbcase');
const groups = [
  await file('g1.qbbundle', await round.groupBundle('e01')),
  await file('g2.qbbundle', await round.groupBundle('e04')),
];
const exclusions = await file(
  'exclusions.json',
  JSON.stringify([{ applicationId: a2, reason: '评审委员会认为其示范性不足。' }]),
);

function mergeArgs(out: string, files = groups, extra: string[] = []): string[] {
  return [
    'merge',
    '--committee',
    ...files,
    '--identity',
    viceIdentity,
    '--package',
    vicePackage,
    '--office-fingerprint',
    office,
    '--sequence',
    '1',
    '--quota',
    '2',
    '--exclusions',
    exclusions,
    '--out',
    out,
    '--json',
    ...extra,
  ];
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const out = join(scratch, 'result.qbbundle');

describe('qbreview merge --committee', () => {
  it('merges the groups and signs the result bundle; its digest is the core merge’s', async () => {
    const run = await cli(mergeArgs(out), asVice);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const result = run.json?.result as {
      signer: { expertId: string; role: string };
      mergeDigest: string;
      list: {
        kind: string;
        entries: { applicationId: string }[];
        cuts: { applicationId: string; reason: string }[];
      };
    };
    expect(result.signer).toMatchObject({ expertId: 'e10', role: 'vice-chair-acting' });
    expect(result.list.kind).toBe('defense-shortlist');
    expect(result.list.entries.map((e) => e.applicationId)).toEqual([a1, a3]);
    expect(result.list.cuts).toEqual([
      { applicationId: a2, applicationNo: '2026002', reason: 'committee-exclusion' },
      { applicationId: a4, applicationNo: '2026004', reason: 'quota' },
    ]);
    const core = await prepareCommitteeMerge({
      identity: round.identity('e10'),
      manifest: round.manifests.get('e10')!,
      bundles: await Promise.all([...groups].reverse().map((g) => readFile(g))),
      settings: {
        quota: 2,
        scoreLine: null,
        basis: 'raw',
        exclusions: [{ applicationId: a2, reason: '评审委员会认为其示范性不足。' }],
      },
    });
    expect(result.mergeDigest).toBe(
      createHash('sha256').update(canonicalJson(core.merge), 'utf8').digest('hex'),
    );
  });

  it('refuses the same group bundle twice, and a tampered one, writing nothing', async () => {
    const twice = join(scratch, 'twice.qbbundle');
    const run = await cli(mergeArgs(twice, [groups[0]!, groups[1]!, groups[0]!]), asVice);
    expect(run.code).toBe(1);
    expect(run.json?.error?.code).toBe('committee-group-twice');
    expect(await exists(twice)).toBe(false);

    const bytes = Buffer.from(await readFile(groups[0]!));
    bytes[bytes.length - 100]! ^= 1;
    const tampered = await file('tampered.qbbundle', bytes);
    const target = join(scratch, 'tampered-result.qbbundle');
    const bad = await cli(mergeArgs(target, [tampered, groups[1]!]), asVice);
    expect(bad.json?.error?.code).toBe('group-bundle-section-altered');
    expect(bad.json?.error?.message).toMatch(/^专业组合议包.*\/ Section/);
    expect(await exists(target)).toBe(false);
  });

  it('names the application it cannot merge by its 申报编号, not the id', async () => {
    // Only the first group's bundle: the second group's applications have no section.
    const target = join(scratch, 'one-group.qbbundle');
    const run = await cli(mergeArgs(target, [groups[0]!]), asVice);
    expect(run.json?.error?.code).toBe('committee-application-missing');
    const no = round.manifests.get('e10')!.applications.find((a) => a.id === a3)!.applicationNo;
    expect(no).toBe('2026003');
    expect(run.json?.error?.message).toContain(`申报 ${no} 没有可打开的专业组合议结果`);
    expect(run.json?.error?.message).not.toContain(a3);
    expect(await exists(target)).toBe(false);
  });
});

describe('qbreview bundle verify of a result bundle', () => {
  it('verifies with no key down to each member bundle', async () => {
    const run = await cli(['bundle', 'verify', out, '--office-fingerprint', office, '--json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [bundle] = (
      run.json?.result as {
        bundles: {
          kind: string;
          signer: { role: string };
          groups: unknown[];
          signaturesVerified: number;
          office: { checked: boolean };
        }[];
      }
    ).bundles;
    expect(bundle).toMatchObject({
      kind: 'result',
      signer: { role: 'vice-chair-acting' },
      signaturesVerified: 18,
      office: { checked: true },
    });
    expect(bundle?.groups).toHaveLength(2);
  });

  it('opens for the vice-chair with their package, the merge recomputed', async () => {
    const run = await cli(
      ['bundle', 'verify', out, '--package', vicePackage, '--identity', viceIdentity, '--json'],
      asVice,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [bundle] = (
      run.json?.result as {
        bundles: {
          readable: { merge: boolean; applications: string[] };
          list: { entries: string[] };
        }[];
      }
    ).bundles;
    expect(bundle?.readable.merge).toBe(true);
    expect(bundle?.readable.applications).toEqual([a1, a2, a3, a4]);
    expect(bundle?.list.entries).toEqual([a1, a3]);
  });

  it('refuses it where another round is expected, and when changed', async () => {
    const replay = await cli(['bundle', 'verify', out, '--round', 'defense', '--json']);
    expect(replay.code).toBe(1);
    expect(replay.json?.error?.code).toBe('result-bundle-replayed');
    const bytes = Buffer.from(await readFile(out));
    bytes[bytes.length - 100]! ^= 1;
    const changed = await file('changed-result.qbbundle', bytes);
    const run = await cli(['bundle', 'verify', changed, '--json']);
    expect(run.json?.error?.code).toBe('result-bundle-section-altered');
  });
});

describe('qbreview bundle inspect of a result bundle', () => {
  it('shows the vice-chair every application and the list', async () => {
    const run = await cli(
      ['bundle', 'inspect', out, '--package', vicePackage, '--identity', viceIdentity],
      asVice,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('入围答辩名单：2026001、2026003');
    expect(run.stdout).toContain('2026002（专业组 g1）');
    expect(run.stdout).toContain('未入选：评审委员会决定：评审委员会认为其示范性不足。');
  });

  it('withholds from the chair the application the chair is in conflict with, and the list', async () => {
    const chairPackage = join(scratch, 'round', 'packages', 'e09.qbcase');
    const run = await cli(
      ['bundle', 'inspect', out, '--package', chairPackage, '--identity', chairIdentity, '--json'],
      asChair,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const result = run.json?.result as {
      merge: unknown;
      applications: { application: { applicationId: string } }[];
      notForReader: number[];
    };
    expect(result.merge).toBeNull();
    expect(result.applications.map((a) => a.application.applicationId)).toEqual([a1, a2, a3]);
    expect(result.notForReader).toHaveLength(2);
  });
});

describe('qbreview committee re-review', () => {
  it('signs the re-review of an objection for the office against the result bundle', async () => {
    const opinion = await file('opinion.txt', '经复核，异议不成立，维持原结论。\n');
    const act = join(scratch, 'obj-1.qbrereview');
    const run = await cli(
      [
        'committee',
        're-review',
        '--result',
        out,
        '--objection',
        'obj-1',
        '--application',
        a1,
        '--outcome',
        'rejected',
        '--opinion-file',
        opinion,
        '--decided-at',
        '2026-12-10T10:00:00+08:00',
        '--package',
        vicePackage,
        '--identity',
        viceIdentity,
        '--out',
        act,
        '--json',
      ],
      asVice,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const digest = createHash('sha256')
      .update(await readFile(out))
      .digest('hex');
    const { statement } = await openReReviewAct(await readFile(act), round.office.ageIdentity, {
      officeFingerprint: office,
      resultDigest: digest,
    });
    expect(statement).toMatchObject({
      objectionId: 'obj-1',
      applicationId: a1,
      outcome: 'objection-rejected',
      effect: 'keep',
      opinion: '经复核，异议不成立，维持原结论。',
      signer: { expertId: 'e10', role: 'vice-chair-acting' },
    });
  });
});
