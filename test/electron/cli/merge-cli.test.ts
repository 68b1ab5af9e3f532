/**
 * qbreview merge --group and qbreview bundle verify of a group bundle, as a leader and a chair
 * run them over a round sealed by the office's code and the members' real review bundles: the
 * merge's canonical digest is the core's, the group bundle verifies with no key and opens for
 * the chair; each bad input fails with its code in --json and leaves no file behind.
 */
import { createHash } from 'node:crypto';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { encodeIdentityFile } from '../../../electron/core/identity';
import { prepareGroupMerge } from '../../../electron/core/merge';
import { mergeRound } from '../core/merge/merge-round';
import { cli } from './run-cli';

const scratch = await mkdtemp(join(tmpdir(), 'qb-merge-cli-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));
const office = round.sealed.office.card.fingerprint;
const [app1] = round.applicationIds as [string];

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

const identities = {
  e01: await file(
    'e01.qbid',
    await encodeIdentityFile(round.identity('e01'), 'leader-pass-2026', 10),
  ),
  e09: await file(
    'e09.qbid',
    await encodeIdentityFile(round.identity('e09'), 'chair-pass-2026', 10),
  ),
};
const state = { QBREVIEW_STATE_DIR: join(scratch, 'state') };
const asLeader = { ...state, QBREVIEW_PASSPHRASE: 'leader-pass-2026' };
const asChair = { ...state, QBREVIEW_PASSPHRASE: 'chair-pass-2026' };
const bundles = [
  await file('e01.qbbundle', await round.reviewBundle('e01', { ratio: 0.9 })),
  await file('e02.qbbundle', await round.reviewBundle('e02', { ratio: 0.8 })),
  await file('e03.qbbundle', await round.reviewBundle('e03', { ratio: 0.6 })),
];
const roster = await file('e01-roster.json', JSON.stringify(round.statement('e01')));
const records: DeliberationRecord[] = [
  {
    kind: 'absence',
    applicationId: app1,
    expertId: 'e03',
    cause: 'missing-review',
    reason: '办公室登记的回避情形。',
  },
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
  { kind: 'consensus', applicationId: app1, score: 86, opinion: '同意入围答辩。' },
  { kind: 'decision', applicationId: app1, decision: 'enter-defense' },
];
const recordsFile = await file('records.json', JSON.stringify(records));

function mergeArgs(out: string, bundleFiles = bundles, extra: string[] = []): string[] {
  return [
    'merge',
    '--group',
    ...bundleFiles,
    '--identity',
    identities.e01,
    '--package',
    round.sealed.file('e01'),
    '--office-fingerprint',
    office,
    '--roster-statement',
    roster,
    '--sequence',
    '1',
    '--records',
    recordsFile,
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

describe('qbreview merge --group', () => {
  const out = join(scratch, 'g1.qbbundle');

  it('merges the members and signs the group bundle; its digest is the core merge’s', async () => {
    const run = await cli(mergeArgs(out), asLeader);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const result = run.json?.result as {
      groupId: string;
      mergeDigest: string;
      members: { expertId: string; sequence: number }[];
      applications: { applicationId: string; decision: string | null; missing: unknown[] }[];
    };
    expect(result.groupId).toBe('g1');
    expect(result.members.map((m) => [m.expertId, m.sequence])).toEqual([
      ['e01', 1],
      ['e02', 1],
      ['e03', 1],
    ]);
    const first = result.applications.find((a) => a.applicationId === app1)!;
    expect(first.decision).toBe('enter-defense');
    expect(first.missing).toEqual([{ expertId: 'e03', reason: 'no-section' }]);
    const core = await prepareGroupMerge({
      identity: round.identity('e01'),
      manifest: round.manifests.get('e01')!,
      bundles: await Promise.all([...bundles].reverse().map((b) => readFile(b))),
    });
    const coreDigest = createHash('sha256').update(canonicalJson(core.merge), 'utf8').digest('hex');
    expect(result.mergeDigest).toBe(coreDigest);
  });

  it('takes the roster statement sealing put into the package when none is given', async () => {
    const target = join(scratch, 'from-package.qbbundle');
    const all = mergeArgs(target);
    const at = all.indexOf('--roster-statement');
    const run = await cli([...all.slice(0, at), ...all.slice(at + 2)], asLeader);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const verify = await cli([
      'bundle',
      'verify',
      target,
      '--office-fingerprint',
      office,
      '--json',
    ]);
    expect(verify.json?.result).toMatchObject({ bundles: [{ kind: 'group', sections: 3 }] });
  });

  it('verifies the group bundle with no key, and opens it for the chair with the recomputed merge', async () => {
    const plain = await cli(['bundle', 'verify', out, '--office-fingerprint', office]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('专业组合议包有效');
    const chair = await cli(
      [
        'bundle',
        'verify',
        out,
        '--package',
        round.sealed.file('e09'),
        '--identity',
        identities.e09,
        '--office-fingerprint',
        office,
        '--json',
      ],
      asChair,
    );
    expect(chair.code, chair.stdout + chair.stderr).toBe(0);
    expect(chair.json?.result).toMatchObject({
      bundles: [{ kind: 'group', groupId: 'g1', sections: 3, office: { checked: true } }],
    });
    const readable = (
      chair.json?.result as {
        bundles: { readableSections: { applicationId: string; applicationNo: string }[] }[];
      }
    ).bundles[0]!.readableSections;
    expect(readable).toHaveLength(3);
    // Each section by its 申报编号 too, as the chair's package names it.
    const numbers = new Map(
      round.manifests.get('e09')!.applications.map((a) => [a.id, a.applicationNo]),
    );
    for (const s of readable) expect(s.applicationNo).toBe(numbers.get(s.applicationId));
  });

  it('refuses a group bundle with a flipped byte, with its code', async () => {
    const bytes = Buffer.from(await readFile(out));
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0x01;
    const run = await cli(['bundle', 'verify', await file('flipped-g1.qbbundle', bytes), '--json']);
    expect([run.code, run.json?.error?.code]).toEqual([1, 'group-bundle-bad-signature']);
  });

  it('refuses bad input with its code and writes nothing', async () => {
    const tampered = Buffer.from(await readFile(bundles[1]!));
    tampered[tampered.length - 200] = (tampered[tampered.length - 200] ?? 0) ^ 0x01;
    const badRecords = await file(
      'bad-records.json',
      JSON.stringify([{ kind: 'decision', applicationId: app1, decision: 'recommend' }]),
    );
    const cases = [
      [[bundles[0]!, await file('tampered.qbbundle', tampered)], [], 'bundle-section-altered'],
      [[bundles[0]!, bundles[1]!, bundles[1]!], [], 'merge-member-twice'],
      [bundles, ['--records', badRecords], 'merge-records-invalid'],
      // Two of three present do not make a quorum of all: the decision no ballot carried.
      [bundles, ['--quorum', '1/1'], 'merge-decision-not-voted'],
    ] as const;
    for (const [index, [files, extra, code]] of cases.entries()) {
      const target = join(scratch, `refused-${index}.qbbundle`);
      const run = await cli(mergeArgs(target, [...files], [...extra]), asLeader);
      expect([run.code, run.json?.error?.code], code).toEqual([1, code]);
      expect(await exists(target), code).toBe(false);
    }
  });

  it('names applications by their 申报编号, in refusals and in the result', async () => {
    const no = round.manifests.get('e01')!.applications.find((a) => a.id === app1)!.applicationNo;
    expect(no).not.toBe(app1);
    // Two of three present do not make a quorum of all: the decision no ballot carried.
    const target = join(scratch, 'numbered.qbbundle');
    const json = await cli(mergeArgs(target, bundles, ['--quorum', '1/1']), asLeader);
    expect(json.json?.error?.code).toBe('merge-decision-not-voted');
    expect(json.json?.error?.message).toContain(`申报 ${no}：`);
    expect(json.json?.error?.message).toContain(`Application ${no}:`);
    const words = await cli(
      mergeArgs(target, bundles, ['--quorum', '1/1']).filter((a) => a !== '--json'),
      asLeader,
    );
    expect(words.stderr).toContain(`申报 ${no}：合议结论与最后一次通过的表决不一致`);
    expect(words.stderr).not.toContain(app1);

    const ok = await cli(mergeArgs(join(scratch, 'numbered-ok.qbbundle')), asLeader);
    const result = ok.json?.result as {
      applications: { applicationId: string; applicationNo: string | null }[];
    };
    expect(result.applications.find((a) => a.applicationId === app1)?.applicationNo).toBe(no);
  });

  it('needs --group, --out, the roster statement and a sequence', async () => {
    const target = join(scratch, 'usage.qbbundle');
    const all = mergeArgs(target);
    const withoutGroup = all.filter((a) => a !== '--group');
    const at = all.indexOf('--sequence');
    const withoutSequence = [...all.slice(0, at), ...all.slice(at + 2)];
    for (const args of [withoutGroup, withoutSequence]) {
      const run = await cli(args, asLeader);
      expect([run.code, run.json?.error?.code]).toEqual([2, 'usage']);
    }
  });
});
