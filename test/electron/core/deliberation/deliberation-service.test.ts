/**
 * The group leader's deliberation in the app (issue 11, point 1), through the one validating
 * dispatch over the real core services, on a material round sealed by the office's own code
 * (group g1: leader e01, members e02 and e03; e03 in conflict with the first application, which
 * is not in e03's package) with review bundles written by each member from their own package:
 * who chairs; the import of the members' bundles from the dialog, kept as they came; records
 * appended once they fit, refusals naming the problem and writing nothing; the resubmission rule;
 * a restart reading everything back from the journal and the kept files; the signed group bundle,
 * verified with no key, opened by the chair, and its merge digest the CLI's for the same bundles.
 */
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mergeDigestOf } from '../../../../electron/core/deliberation';
import { encodeIdentityFile } from '../../../../electron/core/identity/identity-file';
import {
  openGroupBundle,
  prepareGroupMerge,
  verifyGroupBundle,
} from '../../../../electron/core/merge';
import type {
  DeliberationState,
  GroupBundleExport,
  ImportedBundle,
} from '../../../../shared/deliberation/deliberation-views';
import { errorText } from '../../../../shared/errors';
import type { AppErrorData } from '../../../../shared/errors';
import type { JournalStatus } from '../../../../shared/journal';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { cli } from '../../cli/run-cli';
import { mergeRound } from '../merge/merge-round';
import { available, leaderLaptop, refusal, valueOf } from './leader-laptop';
import type { LeaderLaptop } from './leader-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-deliberation-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));
const [app1, app2, app3] = round.applicationIds as [string, string, string];
const manifest = round.manifests.get('e01')!;
const applicationNo = (id: string) => manifest.applications.find((a) => a.id === id)!.applicationNo;

/** The members' bundles, as files on a USB stick. */
const usb = join(scratch, 'usb');
await mkdir(usb);
async function onStick(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(usb, name);
  await writeFile(path, bytes);
  return path;
}
const files = {
  e01: await onStick('e01-1.qbbundle', await round.reviewBundle('e01', { ratio: 0.9 })),
  e02: await onStick('e02-1.qbbundle', await round.reviewBundle('e02', { ratio: 0.8 })),
  e03: await onStick('e03-1.qbbundle', await round.reviewBundle('e03', { ratio: 0.6 })),
};

const laptops: LeaderLaptop[] = [];
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
});
async function laptop(dataDir: string, expertId = 'e01', how: { open?: boolean } = {}) {
  const l = await leaderLaptop(round, dataDir, expertId, how);
  laptops.push(l);
  return l;
}

const stateOf = async (l: LeaderLaptop) =>
  valueOf<DeliberationState>(await l.dispatch('deliberation:state', {}));

async function importFiles(l: LeaderLaptop, paths: string[] | null) {
  l.dialogs.memberBundles = paths;
  return l.dispatch('deliberation:importBundles', l.place);
}

const append = (l: LeaderLaptop, record: DeliberationRecord) =>
  l.dispatch('deliberation:append', { ...l.place, record });

async function journalLength(l: LeaderLaptop): Promise<number> {
  const status = valueOf<JournalStatus>(await l.dispatch('journal:status', {}));
  if (!status.open) throw new Error(status.reason);
  return status.lastRecordNumber;
}

const coreDigest = async (paths: string[]) =>
  mergeDigestOf(
    (
      await prepareGroupMerge({
        identity: round.identity('e01'),
        manifest,
        bundles: await Promise.all(paths.map((p) => readFile(p))),
      })
    ).merge,
  );

describe('who chairs the deliberation', () => {
  it('is the leader of the package, not a member; nothing without a package', async () => {
    const closed = await laptop(join(scratch, 'who-closed'), 'e01', { open: false });
    expect(await stateOf(closed)).toEqual({ available: false, reason: 'no-package' });
    const member = await laptop(join(scratch, 'who-member'), 'e02');
    expect(await stateOf(member)).toEqual({ available: false, reason: 'not-chairing' });
    expect(refusal(await importFiles(member, [files.e02]))?.code).toBe('merge-not-chairing');

    const leader = available(await stateOf(await laptop(join(scratch, 'who-leader'))));
    expect(leader.group.id).toBe('g1');
    expect(leader.merger.expertId).toBe('e01');
    expect(leader.applications.map((a) => [a.applicationId, a.chairRole, a.opened])).toEqual(
      [app1, app2, app3].sort().map((id) => [id, 'leader', false]),
    );
    expect(leader.members.map((m) => [m.expertId, m.role, m.submitted])).toEqual([
      ['e01', 'leader', null],
      ['e02', 'member', null],
      ['e03', 'member', null],
    ]);
    // Sealing writes the round's rule (the default here, the office set none) into the package.
    expect(leader.rule).toEqual({
      quorum: { numerator: 2, denominator: 3 },
      pass: { numerator: 2, denominator: 3 },
      source: 'manifest',
    });
    expect(leader.mergeDigest).toBe(await coreDigest([]));
  });
});

describe('one leader’s deliberation, from import to the group bundle', () => {
  const dataDir = join(scratch, 'leader');
  const kept = join(dataDir, 'member-bundles');
  let before: DeliberationState;

  it('imports the chosen bundles, keeps them as they came, and shows who is missing', async () => {
    const l = await laptop(dataDir);
    const cancelled = valueOf<{ imported: null }>(await importFiles(l, null));
    expect(cancelled.imported).toBeNull();

    const first = valueOf<{ imported: ImportedBundle[]; state: DeliberationState }>(
      await importFiles(l, [files.e02, files.e01]),
    );
    expect(first.imported).toEqual([
      { expertId: 'e02', sequence: 1, outcome: 'added', supersedes: null },
      { expertId: 'e01', sequence: 1, outcome: 'added', supersedes: null },
    ]);
    const partial = available(first.state);
    expect(partial.members.find((m) => m.expertId === 'e03')!.submitted).toBeNull();
    const second = partial.merge.applications.find((a) => a.applicationId === app2)!;
    expect(second.missing).toEqual([{ expertId: 'e03', reason: 'no-bundle' }]);

    const again = valueOf<{ imported: ImportedBundle[]; state: DeliberationState }>(
      await importFiles(l, [files.e03, files.e02]),
    );
    expect(again.imported.map((i) => [i.expertId, i.outcome])).toEqual([
      ['e03', 'added'],
      ['e02', 'already-present'],
    ]);
    const state = available(again.state);
    expect(state.members.map((m) => m.submitted?.sequence ?? null)).toEqual([1, 1, 1]);
    const first1 = state.merge.applications.find((a) => a.applicationId === app1)!;
    expect(first1.rows.map((r) => r.expertId)).toEqual(['e01', 'e02']);
    expect(first1.missing).toEqual([{ expertId: 'e03', reason: 'no-section' }]);
    expect(state.mergeDigest).toBe(await coreDigest([files.e03, files.e01, files.e02]));

    // Kept byte for byte as signed and encrypted, in a folder of the case and the leader.
    const [folder] = await readdir(kept);
    expect(folder).toBe(
      `${manifest.caseId}.${round.identity('e01').card.fingerprint.replace(/-/g, '')}`,
    );
    const names = (await readdir(join(kept, folder!))).sort();
    expect(names).toHaveLength(3);
    const stored = await Promise.all(names.map((n) => readFile(join(kept, folder!, n))));
    const originals = await Promise.all(Object.values(files).map((f) => readFile(f)));
    const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(stored.map(hash).sort()).toEqual(originals.map(hash).sort());
    for (const bytes of stored) expect(Buffer.from(bytes).includes('方法科学')).toBe(false);
  });

  it('appends records that fit; a refusal names the record and its problem, and writes nothing', async () => {
    const l = await laptop(dataDir);
    const ok = async (record: DeliberationRecord) =>
      valueOf<{ number: number }>(await append(l, record)).number;
    expect(
      await ok({ kind: 'discussion-note', applicationId: app1, text: '组员认为体系完整。' }),
    ).toBe(1);

    const length = await journalLength(l);
    const state = available(await stateOf(l));
    const e02Row = state.merge.applications
      .find((a) => a.applicationId === app1)!
      .rows.find((r) => r.expertId === 'e02')!;
    const [partId, submitted] = Object.entries(e02Row.partScores)[0]!;
    const refusals: [DeliberationRecord, unknown][] = [
      [
        {
          kind: 'score-change',
          applicationId: app1,
          expertId: 'e02',
          partId,
          from: submitted + 1,
          to: submitted,
          reason: { code: 'summation-error' },
        },
        {
          code: 'deliberation-record-refused',
          params: { number: 2, problem: 'score-from-differs' },
        },
      ],
      [
        {
          kind: 'score-change',
          applicationId: app1,
          expertId: 'e03',
          partId,
          from: 1,
          to: 2,
          reason: { code: 'objective-factor-error' },
        },
        { code: 'deliberation-record-refused', params: { number: 2, problem: 'score-not-scored' } },
      ],
      [
        { kind: 'decision', applicationId: app1, decision: 'recommend' },
        {
          code: 'deliberation-record-refused',
          params: { number: 2, problem: 'decision-other-round' },
        },
      ],
      [
        { kind: 'decision', applicationId: app1, decision: 'enter-defense' },
        { code: 'merge-absence-unexplained', params: { applicationId: app1, expertId: 'e03' } },
      ],
      [
        { kind: 'skip-discussion', applicationId: app2 },
        { code: 'merge-skip-not-allowed', params: { applicationId: app2 } },
      ],
      [
        {
          kind: 'ballot',
          applicationId: app1,
          ballotNo: 1,
          proposal: 'enter-defense',
          ballot: { mode: 'secret', counts: { for: 3, against: 1, abstain: 0 } },
        },
        { code: 'deliberation-record-refused', params: { number: 2, problem: 'ballot-count' } },
      ],
    ];
    for (const [record, expected] of refusals) {
      expect(refusal(await append(l, record)), record.kind).toEqual(expected);
    }
    // A record the schema refuses, and one made for another round, never reach the journal.
    const loose = await l.dispatch('deliberation:append', {
      ...l.place,
      record: { kind: 'consensus', applicationId: app1, score: -1, opinion: '' },
    });
    expect(refusal(loose)?.code).toBe('invalid-input');
    const elsewhere = await l.dispatch('deliberation:append', {
      ...l.place,
      roundId: 'defense',
      record: { kind: 'discussion-note', applicationId: app1, text: '另一轮。' },
    });
    expect(refusal(elsewhere)?.code).toBe('deliberation-other-round');
    expect(await journalLength(l)).toBe(length);

    expect(
      await ok({
        kind: 'absence',
        applicationId: app1,
        expertId: 'e03',
        cause: 'recused-by-office',
        reason: '办公室登记的回避情形。',
      }),
    ).toBe(2);
    const ballot: DeliberationRecord = {
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
    };
    expect(await ok(ballot)).toBe(3);
    expect(
      await ok({ kind: 'consensus', applicationId: app1, score: 85, opinion: '同意入围答辩。' }),
    ).toBe(4);
    const decided = valueOf<{ number: number; state: DeliberationState }>(
      await append(l, { kind: 'decision', applicationId: app1, decision: 'enter-defense' }),
    );
    expect(decided.number).toBe(5);
    const summary = available(decided.state).deliberation.find((d) => d.applicationId === app1)!;
    expect(summary.decision).toBe('enter-defense');
    expect(summary.ballots.map((b) => b.outcome.outcome)).toEqual(['passed']);
    expect(summary.eligibleVoters).toEqual(['e01', 'e02']);
    expect(
      available(decided.state).applications.find((a) => a.applicationId === app1)!.opened,
    ).toBe(true);
  });

  it('refuses a resubmission that would change an opened application, takes one that would not', async () => {
    const l = await laptop(dataDir);
    const length = await journalLength(l);
    const e02again = await onStick(
      'e02-2.qbbundle',
      await round.reviewBundle('e02', { sequence: 2, ratio: 0.7 }),
    );
    expect(refusal(await importFiles(l, [e02again]))).toEqual({
      code: 'deliberation-member-frozen',
      params: { expertId: 'e02', applicationNo: applicationNo(app1) },
    });
    // e03 has no section of the first application: its resubmission changes only the others.
    const e03again = await onStick(
      'e03-2.qbbundle',
      await round.reviewBundle('e03', { sequence: 2, ratio: 0.65 }),
    );
    // Refused together with the frozen one: all or nothing.
    expect(refusal(await importFiles(l, [e03again, e02again]))?.code).toBe(
      'deliberation-member-frozen',
    );
    expect(await journalLength(l)).toBe(length);
    const folder = (await readdir(kept))[0]!;
    expect(await readdir(join(kept, folder))).toHaveLength(3);

    const taken = valueOf<{ imported: ImportedBundle[]; state: DeliberationState }>(
      await importFiles(l, [e03again]),
    );
    expect(taken.imported).toEqual([
      { expertId: 'e03', sequence: 2, outcome: 'added', supersedes: 1 },
    ]);
    const e03 = available(taken.state).members.find((m) => m.expertId === 'e03')!;
    expect(e03.submitted?.sequence).toBe(2);
    expect(e03.submitted?.superseded.map((s) => s.sequence)).toEqual([1]);
    // Another bundle with a sequence already held is equivocation.
    const forged = await onStick(
      'e03-1b.qbbundle',
      await round.reviewBundle('e03', { sequence: 1, ratio: 0.4 }),
    );
    expect(refusal(await importFiles(l, [forged]))?.code).toBe('bundle-equivocation');
    before = taken.state;
  });

  it('reads everything back after a restart, from the journal and the kept files', async () => {
    const l = await laptop(dataDir);
    expect(await stateOf(l)).toEqual(before);
  });

  it('signs the group bundle once every application is decided; the CLI gets the same merge', async () => {
    const l = await laptop(dataDir);
    expect(refusal(await l.dispatch('deliberation:exportGroupBundle', l.place))).toEqual({
      code: 'deliberation-undecided',
      params: { applicationNos: [app2, app3].sort().map(applicationNo) },
    });
    for (const id of [app2, app3]) {
      valueOf(
        await append(l, { kind: 'consensus', applicationId: id, score: 70, opinion: '一般。' }),
      );
      valueOf(
        await append(l, { kind: 'decision', applicationId: id, decision: 'not-enter-defense' }),
      );
    }
    l.dialogs.groupBundleFile = null;
    const cancelled = valueOf<{ exported: null }>(
      await l.dispatch('deliberation:exportGroupBundle', l.place),
    );
    expect(cancelled.exported).toBeNull();

    const out = join(usb, 'g1-group.qbbundle');
    l.dialogs.groupBundleFile = out;
    const done = valueOf<{ exported: GroupBundleExport; state: DeliberationState }>(
      await l.dispatch('deliberation:exportGroupBundle', l.place),
    );
    expect(l.dialogs.offeredName).toBe('合议包_2026年资料评审_第一组_第1次.qbbundle');
    expect(done.exported).toMatchObject({ sequence: 1, fileName: 'g1-group.qbbundle' });
    const state = available(done.state);
    expect(state.exports).toEqual([done.exported]);
    const bytes = await readFile(out);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(done.exported.sha256);

    const verified = verifyGroupBundle(bytes, {
      officeFingerprint: round.sealed.office.card.fingerprint,
      caseId: manifest.caseId,
      roundId: 'material',
      rubricDigest: manifest.rubricDigest,
    });
    expect(verified.header.members.map((m) => [m.expertId, m.sequence])).toEqual([
      ['e01', 1],
      ['e02', 1],
      ['e03', 1],
      ['e03', 2],
    ]);
    const opened = await openGroupBundle(verified, round.identity('e09'), {
      rubric: manifest.round.rubric,
      roundKind: 'material',
    });
    expect(opened.sections.map((s) => s.applicationId).sort()).toEqual([app1, app2, app3].sort());
    // The chair reads the deliberation the leader recorded, recounted from the records.
    const first = opened.sections.find((s) => s.applicationId === app1)!;
    expect(first.deliberation.decision).toBe('enter-defense');
    expect(first.records).toHaveLength(5);

    // The CLI over the same member bundles and the same records: the same merge, byte for byte.
    const identityFile = join(scratch, 'e01.qbid');
    await writeFile(
      identityFile,
      await encodeIdentityFile(round.identity('e01'), 'leader-pass-2026', 10),
    );
    const recordsFile = join(scratch, 'records.json');
    await writeFile(recordsFile, JSON.stringify(state.records.map((r) => r.record)));
    const run = await cli(
      [
        'merge',
        '--group',
        join(usb, 'e03-2.qbbundle'),
        files.e03,
        files.e02,
        files.e01,
        '--identity',
        identityFile,
        '--package',
        round.sealed.file('e01'),
        '--office-fingerprint',
        round.sealed.office.card.fingerprint,
        '--sequence',
        '1',
        '--records',
        recordsFile,
        '--out',
        join(scratch, 'cli-g1.qbbundle'),
        '--json',
      ],
      { QBREVIEW_STATE_DIR: join(scratch, 'cli-state'), QBREVIEW_PASSPHRASE: 'leader-pass-2026' },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const result = run.json?.result as { mergeDigest: string };
    expect(result.mergeDigest).toBe(done.exported.mergeDigest);
    expect(state.mergeDigest).toBe(done.exported.mergeDigest);

    l.dialogs.groupBundleFile = join(usb, 'g1-group-2.qbbundle');
    const next = valueOf<{ exported: GroupBundleExport }>(
      await l.dispatch('deliberation:exportGroupBundle', l.place),
    );
    expect(next.exported.sequence).toBe(2);
  });

  it('refuses to go on when a kept bundle is gone or altered, until the file is imported again', async () => {
    const folder = (await readdir(kept))[0]!;
    const name = (await readdir(join(kept, folder))).sort()[0]!;
    const path = join(kept, folder, name);
    const bytes = await readFile(path);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 1;
    await writeFile(path, bytes);
    const l = await laptop(dataDir);
    const altered = refusal(await l.dispatch('deliberation:state', {}));
    expect(altered?.code).toBe('deliberation-bundle-missing');
    // Said with the member's name from the package, never their id or the kept file's name.
    const { expertId, expertName } = altered!.params as { expertId: string; expertName: string };
    const named = manifest.roster.find((p) => p.expertId === expertId)?.name;
    expect(named).toMatch(/\S/);
    expect(expertName).toBe(named);
    for (const locale of ['zh-CN', 'en'] as const) {
      const words = errorText(altered as AppErrorData, locale);
      expect(words).toContain(named);
      expect(words).not.toContain(expertId);
      expect(words).not.toContain(name);
    }
    // Importing that file again puts it back.
    const original = Object.values(files).concat(join(usb, 'e03-2.qbbundle'));
    const again = valueOf<{ imported: ImportedBundle[]; state: DeliberationState }>(
      await importFiles(l, original),
    );
    expect(again.imported.every((i) => i.outcome === 'already-present')).toBe(true);
    expect(available(again.state).mergeDigest).toBe(available(before).mergeDigest);
    await rm(path);
    expect(refusal(await l.dispatch('deliberation:state', {}))).toEqual({
      code: 'deliberation-bundle-missing',
      params: expect.objectContaining({ sequence: expect.any(Number) }),
    });
  });
});
