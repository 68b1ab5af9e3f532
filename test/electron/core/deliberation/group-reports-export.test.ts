/**
 * The leader's reports through the dispatch over the real core: refused before any group bundle
 * is exported; after a full deliberation and its export, written (the plaintext warning asked
 * for) from the copy of that bundle, and read back with mammoth: every member named, the
 * consensus and the decision; refused again once a record is added after the export, until the
 * group bundle is exported again; refused when the kept copy is altered. Each export is recorded
 * in the journal (`group-reports-exported`), as the chair's: every file with the SHA-256 of the
 * bytes on disk, numbered in the round, in the answer's state and after a restart; a cancelled
 * dialog records nothing; an export whose record cannot be written leaves no folder.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { PlaintextWarning } from '../../../../electron/core/report/report-export-chooser';
import { REPORT_PLAINTEXT_WARNING } from '../../../../electron/core/report/report-export-chooser';
import type {
  AvailableDeliberation,
  DeliberationState,
  GroupBundleExport,
  GroupReportsExported,
} from '../../../../shared/deliberation/deliberation-views';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { STRONG } from '../office/office-fixtures';
import { mergeRound } from '../merge/merge-round';
import { leaderLaptop, refusal, valueOf } from './leader-laptop';
import type { LeaderLaptop } from './leader-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-leader-reports-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));
const [app1, app2, app3] = round.applicationIds as [string, string, string];
const manifest = round.manifests.get('e01')!;
const applicationNo = (id: string) => manifest.applications.find((a) => a.id === id)!.applicationNo;
const group = manifest.groups.find((g) => g.id === 'g1')!;

const usb = join(scratch, 'usb');
await mkdir(usb);
async function onStick(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(usb, name);
  await writeFile(path, bytes);
  return path;
}
const files = [
  await onStick('e01-1.qbbundle', await round.reviewBundle('e01', { ratio: 0.9 })),
  await onStick('e02-1.qbbundle', await round.reviewBundle('e02', { ratio: 0.8 })),
  await onStick('e03-1.qbbundle', await round.reviewBundle('e03', { ratio: 0.6 })),
];

const laptops: LeaderLaptop[] = [];
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
});

type Exported = { exported: GroupReportsExported | null; state: DeliberationState };
function open(state: DeliberationState): AvailableDeliberation {
  if (!state.available) throw new Error(`not available: ${state.reason}`);
  return state;
}
const stateOf = async (l: LeaderLaptop) =>
  open(valueOf<DeliberationState>(await l.dispatch('deliberation:state', {})));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The reports' dialog as a test answers it: the warning it was shown, then `folder`. */
function answerReports(l: LeaderLaptop, folder: string | null): { warnings: PlaintextWarning[] } {
  const asked = { warnings: [] as PlaintextWarning[] };
  l.dialogs.chooseReportFolder = async (warning) => {
    asked.warnings.push(warning);
    return folder;
  };
  return asked;
}
const exportReports = (l: LeaderLaptop) => l.dispatch('deliberation:exportReports', l.place);
const append = async (l: LeaderLaptop, record: DeliberationRecord) =>
  valueOf(await l.dispatch('deliberation:append', { ...l.place, record }));
async function exportBundle(l: LeaderLaptop, name: string): Promise<GroupBundleExport> {
  l.dialogs.groupBundleFile = join(usb, name);
  return valueOf<{ exported: GroupBundleExport }>(
    await l.dispatch('deliberation:exportGroupBundle', l.place),
  ).exported;
}
async function text(folder: string, name: string): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: await readFile(join(folder, name)) });
  return value;
}

describe('the leader’s reports from the last group bundle exported', () => {
  const dataDir = join(scratch, 'leader');
  const out = join(scratch, 'reports');

  it('refuses before any group bundle is exported, and asks no dialog', async () => {
    const l = await leaderLaptop(round, dataDir);
    laptops.push(l);
    l.dialogs.memberBundles = files;
    valueOf(await l.dispatch('deliberation:importBundles', l.place));
    const asked = answerReports(l, out);
    expect(refusal(await exportReports(l))).toEqual({
      code: 'deliberation-reports-not-exported',
      params: {},
    });
    expect(asked.warnings).toEqual([]);
  });

  it('writes every report of the signed bundle after the warning: members and consensus named', async () => {
    const l = await leaderLaptop(round, dataDir);
    laptops.push(l);
    await append(l, {
      kind: 'absence',
      applicationId: app1,
      expertId: 'e03',
      cause: 'recused-by-office',
      reason: '办公室登记的回避情形。',
    });
    await append(l, {
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
    });
    await append(l, {
      kind: 'consensus',
      applicationId: app1,
      score: 85,
      opinion: '体系完整，同意入围答辩。',
    });
    await append(l, { kind: 'decision', applicationId: app1, decision: 'enter-defense' });
    for (const id of [app2, app3]) {
      await append(l, { kind: 'consensus', applicationId: id, score: 70, opinion: '特色一般。' });
      await append(l, { kind: 'decision', applicationId: id, decision: 'not-enter-defense' });
    }
    const exported = await exportBundle(l, 'g1-group-1.qbbundle');

    // A cancelled dialog writes nothing.
    await mkdir(out);
    const cancelled = answerReports(l, null);
    const none = valueOf<Exported>(await exportReports(l));
    expect(none.exported).toBeNull();
    expect(open(none.state).reportExports).toEqual([]);
    expect(cancelled.warnings).toEqual([REPORT_PLAINTEXT_WARNING]);
    expect(await readdir(out)).toEqual([]);

    const asked = answerReports(l, out);
    const answer = valueOf<Exported>(await exportReports(l));
    const done = answer.exported!;
    expect(asked.warnings).toEqual([REPORT_PLAINTEXT_WARNING]);
    expect(done.folderName).toBe('评审报告-2026年资料评审-第一组');
    const opinions = [app1, app2, app3].map((id) => `评审意见表-${applicationNo(id)}.docx`);
    const names = done.files.map((f) => f.name);
    expect([...names].sort()).toEqual(
      [...opinions, '评分汇总表-第一组.docx', '投票记录-第一组.docx'].sort(),
    );
    const folder = join(out, done.folderName);
    expect((await readdir(folder)).sort()).toEqual([...names].sort());
    // Recorded: the SHA-256 of each file as it is on disk, the group bundle it was made from.
    for (const f of done.files) {
      expect(f.sha256).toBe(sha256(await readFile(join(folder, f.name))));
    }
    expect(done).toMatchObject({
      sequence: 1,
      groupBundleSequence: exported.sequence,
      mergeDigest: exported.mergeDigest,
    });
    expect(open(answer.state).reportExports).toEqual([done]);

    const first = await text(folder, `评审意见表-${applicationNo(app1)}.docx`);
    for (const m of group.members) expect(first).toContain(m.name);
    expect(first).toContain('体系完整，同意入围答辩。');
    expect(first).toContain('85');
    expect(first).toContain('专业组合议');
    const summary = await text(folder, '评分汇总表-第一组.docx');
    for (const m of group.members) expect(summary).toContain(m.name);
    const votes = await text(folder, '投票记录-第一组.docx');
    expect(votes).toContain('记名');
    // The kept copy is the file the leader saved, byte for byte.
    const saved = await readFile(join(usb, 'g1-group-1.qbbundle'));
    expect(createHash('sha256').update(saved).digest('hex')).toBe(exported.sha256);
  });

  it('refuses once a record is added after the export, until the group bundle is exported again', async () => {
    const l = await leaderLaptop(round, dataDir);
    laptops.push(l);
    await append(l, { kind: 'discussion-note', applicationId: app2, text: '导出后补记的讨论。' });
    const asked = answerReports(l, out);
    expect(refusal(await exportReports(l))).toEqual({
      code: 'deliberation-reports-outdated',
      params: { sequence: 1 },
    });
    expect(asked.warnings).toEqual([]);

    const again = await exportBundle(l, 'g1-group-2.qbbundle');
    expect(again.sequence).toBe(2);
    const done = valueOf<Exported>(await exportReports(l)).exported!;
    expect(done.folderName).toBe('评审报告-2026年资料评审-第一组-2');
    const second = await text(join(out, done.folderName), `评审意见表-${applicationNo(app2)}.docx`);
    expect(second).toContain('导出后补记的讨论。');
    expect(done).toMatchObject({ sequence: 2, groupBundleSequence: 2 });
  });

  it('keeps every export numbered in the journal, none for a cancelled dialog, after a restart', async () => {
    const l = await leaderLaptop(round, dataDir);
    laptops.push(l);
    const held = (await stateOf(l)).reportExports;
    expect(held.map((r) => [r.sequence, r.groupBundleSequence, r.folderName])).toEqual([
      [1, 1, '评审报告-2026年资料评审-第一组'],
      [2, 2, '评审报告-2026年资料评审-第一组-2'],
    ]);
    for (const r of held) {
      const onDisk = (await readdir(join(out, r.folderName))).sort();
      expect(r.files.map((f) => f.name).sort()).toEqual(onDisk);
      for (const f of r.files) {
        expect(f.sha256).toBe(sha256(await readFile(join(out, r.folderName, f.name))));
      }
    }
    answerReports(l, null);
    const cancelled = valueOf<Exported>(await exportReports(l));
    expect(cancelled.exported).toBeNull();
    expect(open(cancelled.state).reportExports).toEqual(held);

    answerReports(l, out);
    const third = valueOf<Exported>(await exportReports(l));
    expect(third.exported).toMatchObject({
      sequence: 3,
      folderName: '评审报告-2026年资料评审-第一组-3',
    });
    const before = await stateOf(l);
    expect(before.reportExports.map((r) => r.sequence)).toEqual([1, 2, 3]);
    await l.close();
    laptops.splice(laptops.indexOf(l), 1);
    const restarted = await leaderLaptop(round, dataDir);
    laptops.push(restarted);
    expect((await stateOf(restarted)).reportExports).toEqual(before.reportExports);
  });

  it('removes the folder again when the record cannot be written', async () => {
    const l = await leaderLaptop(round, dataDir);
    laptops.push(l);
    const locked = join(scratch, 'reports-locked');
    await mkdir(locked);
    // The identity locks (the auto-lock, say) while the folder dialog is open: the files are
    // written, the journal then refuses the record, and the folder goes with it.
    l.dialogs.chooseReportFolder = async () => {
      valueOf(await l.dispatch('identity:lock', {}));
      return locked;
    };
    expect(refusal(await exportReports(l))?.code).toBe('no-identity-unlocked');
    expect(await readdir(locked)).toEqual([]);

    const identity = round.identity('e01');
    valueOf(
      await l.dispatch('identity:unlock', {
        fingerprint: identity.card.fingerprint,
        passphrase: STRONG,
      }),
    );
    expect((await stateOf(l)).reportExports.map((r) => r.sequence)).toEqual([1, 2, 3]);
  });

  it('refuses when the kept copy of the last group bundle is altered', async () => {
    const l = await leaderLaptop(round, dataDir);
    laptops.push(l);
    const root = join(dataDir, 'member-bundles');
    const folder = join(root, (await readdir(root))[0]!);
    const copy = join(folder, `${manifest.caseId}.material.g1.group.2.qbbundle`);
    const bytes = await readFile(copy);
    bytes[bytes.length - 50] = (bytes[bytes.length - 50] ?? 0) ^ 1;
    await writeFile(copy, bytes);
    expect(refusal(await exportReports(l))).toEqual({
      code: 'deliberation-group-bundle-missing',
      params: { sequence: 2 },
    });
  });
});
