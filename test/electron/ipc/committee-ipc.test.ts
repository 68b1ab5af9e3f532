/**
 * The chair's committee work through the one validating dispatch over the real core: a round of
 * two groups sealed by the office's code, real review bundles merged and signed by each leader;
 * the chair imports the group bundles (verified down to every member's signature), sets the
 * list's quota and an exclusion, signs the result bundle (the office verifies it), exports the
 * reports (read back with mammoth) and signs a re-review act (the office opens it). Refused
 * inputs arrive as coded errors and keep nothing; a restart gives the same merge; the order of
 * import does not change the merge.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openReReviewAct, verifyResultBundle } from '../../../electron/core/committee';
import type {
  AvailableCommitteeDesk,
  CommitteeDeskState,
  ImportedGroupOutcome,
  ReReviewSigned,
  ResultBundleExport,
} from '../../../shared/committee-desk/committee-desk-views';
import { errorText } from '../../../shared/errors';
import type { AppErrorData } from '../../../shared/errors';
import { committeeRound } from '../core/committee/committee-round';
import { chairLaptop } from '../core/committee-desk/chair-laptop';
import type { ChairLaptop } from '../core/committee-desk/chair-laptop';
import { refusal, valueOf } from '../core/deliberation/leader-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-committee-ipc-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const root = join(scratch, 'round');
const round = await committeeRound(root);
const packages = join(root, 'packages');
const [a1, a2, a3, a4] = round.applicationIds as [string, string, string, string];

let n = 0;
async function onStick(bytes: Uint8Array, name = `bundle-${(n += 1)}.qbbundle`) {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}
const g1 = await onStick(await round.groupBundle('e01'));
const g2 = await onStick(
  await round.groupBundle('e04', {
    decision: (id) => [
      {
        kind: 'decision',
        applicationId: id,
        decision: id === a4 ? 'not-enter-defense' : 'enter-defense',
      },
    ],
  }),
);

const laptops: ChairLaptop[] = [];
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
});
async function laptop(dir: string, expertId = 'e09') {
  const l = await chairLaptop(round, packages, join(scratch, dir), expertId);
  laptops.push(l);
  return l;
}
function open(state: CommitteeDeskState): AvailableCommitteeDesk {
  if (!state.available) throw new Error(`not available: ${state.reason}`);
  return state;
}
const stateOf = async (l: ChairLaptop) =>
  open(valueOf<CommitteeDeskState>(await l.dispatch('committee:state', {})));

describe('committee: the chair imports, sets the list, signs and exports', () => {
  it('runs the chair’s whole work through the dispatch', async () => {
    const l = await laptop('chair');
    const empty = await stateOf(l);
    expect(empty.signer).toMatchObject({ expertId: 'e09', role: 'chair' });
    expect(empty.merge).toBeNull();
    expect(empty.groups.map((g) => g.bundles)).toEqual([[], []]);
    expect(empty.waitingFor).toEqual(['2026001', '2026002', '2026003']);
    // Nothing to sign before an import.
    l.dialogs.resultFile = join(scratch, 'never.qbbundle');
    expect(refusal(await l.dispatch('committee:exportResultBundle', l.place))?.code).toBe(
      'committee-desk-no-groups',
    );

    l.dialogs.groupBundles = [g2, g1];
    const imported = valueOf<{ imported: ImportedGroupOutcome[]; state: CommitteeDeskState }>(
      await l.dispatch('committee:importBundles', l.place),
    );
    expect(imported.imported.map((i) => [i.groupId, i.outcome])).toEqual([
      ['g2', 'added'],
      ['g1', 'added'],
    ]);
    const s = open(imported.state);
    expect(
      s.groups.map((g) => [g.groupId, g.bundles[0]?.merger.expertId, g.bundles[0]?.sequence]),
    ).toEqual([
      ['g1', 'e01', 1],
      ['g2', 'e04', 1],
    ]);
    expect(s.groups[0]!.members.map((m) => [m.expertId, m.submitted])).toEqual([
      ['e01', 1],
      ['e02', 1],
      ['e03', 1],
    ]);
    // The chair is in conflict with the fourth application: their merge holds three.
    const merge = s.merge!;
    expect(merge.signer.role).toBe('chair');
    expect(merge.ranking.raw.order.map((e) => e.applicationId)).toEqual([a1, a3, a2]);
    expect(merge.list.kind).toBe('defense-shortlist');
    expect(merge.list.entries.map((e) => e.applicationId)).toEqual([a1, a3, a2]);

    // The same files again: already there, nothing new recorded.
    l.dialogs.groupBundles = [g1];
    const again = valueOf<{ imported: ImportedGroupOutcome[] }>(
      await l.dispatch('committee:importBundles', l.place),
    );
    expect(again.imported).toEqual([{ groupId: 'g1', sequence: 1, outcome: 'already-present' }]);

    // The chair's decisions: a quota of one and an exclusion with its reason.
    const set = open(
      valueOf<CommitteeDeskState>(
        await l.dispatch('committee:setSettings', {
          ...l.place,
          settings: {
            basis: 'raw',
            quota: 1,
            scoreLine: null,
            exclusions: [{ applicationId: a1, reason: '经评审委员会讨论，申报材料存在重大瑕疵' }],
          },
        }),
      ),
    );
    expect(set.merge!.list.entries.map((e) => e.applicationId)).toEqual([a3]);
    expect(set.merge!.list.cuts.map((c) => [c.applicationId, c.reason])).toEqual([
      [a1, 'committee-exclusion'],
      [a2, 'quota'],
    ]);
    // An exclusion of an application the round does not hold, or without a reason: refused.
    for (const [exclusions, code] of [
      [[{ applicationId: 'nosuch', reason: '理由' }], 'committee-settings-invalid'],
      [[{ applicationId: a2, reason: '   ' }], 'invalid-input'],
    ] as const) {
      const result = await l.dispatch('committee:setSettings', {
        ...l.place,
        settings: { basis: 'raw', quota: null, scoreLine: null, exclusions },
      });
      expect(refusal(result)?.code ?? (result as { error: { code: string } }).error.code).toBe(
        code,
      );
    }
    expect((await stateOf(l)).settings.quota).toBe(1);

    // The result bundle, which the office verifies against its own expectations.
    const resultFile = join(scratch, 'result.qbbundle');
    l.dialogs.resultFile = resultFile;
    const exported = valueOf<{ exported: ResultBundleExport; state: CommitteeDeskState }>(
      await l.dispatch('committee:exportResultBundle', l.place),
    );
    expect(l.dialogs.offered.at(-1)).toMatch(/^评审结果包_.*资料评审_第1次\.qbbundle$/);
    expect(exported.exported).toMatchObject({ sequence: 1, fileName: 'result.qbbundle' });
    const manifest = round.manifests.get('e09')!;
    const verified = verifyResultBundle(await readFile(resultFile), {
      officeFingerprint: round.office.card.fingerprint,
      caseId: manifest.caseId,
      roundId: 'material',
      rubricDigest: manifest.rubricDigest,
    });
    expect(verified.digest).toBe(exported.exported.sha256);
    expect(verified.header.signerRole).toBe('chair');

    // The reports, after the plaintext warning, read back.
    const reports = join(scratch, 'reports');
    await rm(reports, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(reports));
    l.dialogs.reportFolder = reports;
    const written = valueOf<{ exported: { folderName: string; files: { name: string }[] } }>(
      await l.dispatch('committee:exportReports', l.place),
    );
    const names = written.exported.files.map((f) => f.name);
    expect(l.dialogs.warnings[0]?.zh).toContain('明文');
    expect(names).toEqual(
      expect.arrayContaining(['入围答辩名单.docx', '入围答辩名单.csv', '入围答辩名单.xlsx']),
    );
    expect(names.filter((f) => f.startsWith('评分汇总表'))).toHaveLength(2);
    const folder = join(reports, written.exported.folderName);
    expect((await readdir(folder)).sort()).toEqual([...names].sort());
    const { value: list } = await mammoth.extractRawText({
      buffer: await readFile(join(folder, '入围答辩名单.docx')),
    });
    expect(list).toContain('入围答辩名单');
    expect(list).toContain('申报单位3有限公司');
    expect(list).toContain('申报材料存在重大瑕疵');
    expect(list).toContain('超出名额');

    // The re-review of an objection, opened by the office.
    const actFile = join(scratch, 'obj-1.qbrereview');
    l.dialogs.reReviewFile = actFile;
    const signed = valueOf<{ signed: ReReviewSigned; state: CommitteeDeskState }>(
      await l.dispatch('committee:signReReview', {
        ...l.place,
        objectionId: 'obj-1',
        applicationId: a3,
        outcome: 'objection-rejected',
        opinion: '经复核，异议所述情况与事实不符。',
      }),
    );
    expect(l.dialogs.offered.at(-1)).toBe('obj-1.qbrereview');
    expect(open(signed.state).reReviews).toHaveLength(1);
    const { statement } = await openReReviewAct(await readFile(actFile), round.office.ageIdentity, {
      officeFingerprint: round.office.card.fingerprint,
      caseId: manifest.caseId,
      roundId: 'material',
      resultDigest: verified.digest,
    });
    expect(statement).toMatchObject({
      objectionId: 'obj-1',
      applicationId: a3,
      outcome: 'objection-rejected',
      effect: 'keep',
      signer: { expertId: 'e09', role: 'chair' },
    });
    // An application the merge does not hold: refused, nothing written.
    l.dialogs.reReviewFile = join(scratch, 'never.qbrereview');
    expect(
      refusal(
        await l.dispatch('committee:signReReview', {
          ...l.place,
          objectionId: 'obj-2',
          applicationId: a4,
          outcome: 'objection-upheld',
          opinion: '意见',
        }),
      )?.code,
    ).toBe('committee-desk-application-unknown');

    // A restart: the same merge, the same settings, the exports and the act remembered.
    const before = await stateOf(l);
    await l.close();
    laptops.splice(laptops.indexOf(l), 1);
    const restarted = await laptop('chair');
    expect(await stateOf(restarted)).toEqual(before);
  });

  it('gives the same merge whatever the order of import, and the vice-chair signs as acting', async () => {
    const chair = await laptop('chair-other-order');
    chair.dialogs.groupBundles = [g1];
    valueOf(await chair.dispatch('committee:importBundles', chair.place));
    // One group in: its bundle admitted, the merge waits for the other's application.
    const waiting = await stateOf(chair);
    expect(waiting.merge).toBeNull();
    expect(waiting.waitingFor).toEqual(['2026003']);
    expect(waiting.groups.map((g) => g.bundles.length)).toEqual([1, 0]);
    chair.dialogs.resultFile = join(scratch, 'never.qbbundle');
    expect(refusal(await chair.dispatch('committee:exportResultBundle', chair.place))).toEqual({
      code: 'committee-desk-waiting',
      params: { applicationNos: ['2026003'] },
    });
    chair.dialogs.groupBundles = [g2];
    valueOf(await chair.dispatch('committee:importBundles', chair.place));
    const reference = await laptop('chair-together');
    reference.dialogs.groupBundles = [g2, g1];
    valueOf(await reference.dispatch('committee:importBundles', reference.place));
    expect((await stateOf(chair)).mergeDigest).toBe((await stateOf(reference)).mergeDigest);

    const vice = await laptop('vice', 'e10');
    vice.dialogs.groupBundles = [g1, g2];
    const s = open(
      valueOf<{ state: CommitteeDeskState }>(
        await vice.dispatch('committee:importBundles', vice.place),
      ).state,
    );
    expect(s.signer.role).toBe('vice-chair-acting');
    expect(s.merge!.signer.role).toBe('vice-chair-acting');
    expect(s.merge!.applications).toHaveLength(4);
  });
});

describe('committee: refused inputs arrive coded and keep nothing', () => {
  it('refuses a tampered bundle, one given twice, another round, a re-review before a result', async () => {
    const l = await laptop('refusals');
    const tampered = Buffer.from(await readFile(g2));
    tampered[tampered.length - 300] = (tampered[tampered.length - 300] ?? 0) ^ 0x01;
    l.dialogs.groupBundles = [g1, await onStick(tampered)];
    const code = refusal(await l.dispatch('committee:importBundles', l.place))?.code;
    expect(code).toBe('group-bundle-section-altered');
    l.dialogs.groupBundles = [g1, g1];
    expect(refusal(await l.dispatch('committee:importBundles', l.place))?.code).toBe(
      'committee-group-twice',
    );
    const s = await stateOf(l);
    expect(s.merge).toBeNull();
    expect(await readdir(join(scratch, 'refusals', 'group-bundles')).catch(() => [])).toEqual([]);

    expect(
      refusal(await l.dispatch('committee:importBundles', { ...l.place, roundId: 'defense' }))
        ?.code,
    ).toBe('committee-desk-other-round');
    l.dialogs.groupBundles = [g1, g2];
    valueOf(await l.dispatch('committee:importBundles', l.place));
    l.dialogs.reReviewFile = join(scratch, 'early.qbrereview');
    expect(
      refusal(
        await l.dispatch('committee:signReReview', {
          ...l.place,
          objectionId: 'obj-1',
          applicationId: a1,
          outcome: 'objection-upheld',
          opinion: '意见',
        }),
      )?.code,
    ).toBe('committee-desk-no-result');
    // A cancelled dialog writes nothing and records nothing.
    l.dialogs.resultFile = null;
    const cancelled = valueOf<{ exported: null; state: CommitteeDeskState }>(
      await l.dispatch('committee:exportResultBundle', l.place),
    );
    expect(cancelled.exported).toBeNull();
    expect(open(cancelled.state).exports).toEqual([]);
  });

  it('names the group of a kept bundle gone as the package names it, until it is imported again', async () => {
    const l = await laptop('gone');
    l.dialogs.groupBundles = [g1];
    valueOf(await l.dispatch('committee:importBundles', l.place));
    const kept = join(scratch, 'gone', 'group-bundles');
    const folder = join(kept, (await readdir(kept))[0]!);
    for (const file of await readdir(folder)) await rm(join(folder, file));
    const gone = refusal(await l.dispatch('committee:state', {}));
    expect(gone).toEqual({
      code: 'committee-desk-bundle-missing',
      params: { groupId: 'g1', groupName: '第一组', sequence: 1 },
    });
    const zh = errorText(gone as AppErrorData, 'zh-CN');
    expect(zh).toContain('已导入的第一组合议包（序号 1）在本机数据中缺失或已被改动');
    expect(errorText(gone as AppErrorData, 'en')).toContain(
      'The imported group bundle of 第一组 (sequence 1) is missing',
    );
    for (const words of [zh, errorText(gone as AppErrorData, 'en')]) {
      expect(words).not.toContain('g1');
      expect(words).not.toContain('qbbundle');
    }
    // Imported again, the file is back and the state with it.
    valueOf(await l.dispatch('committee:importBundles', l.place));
    expect((await stateOf(l)).groups.find((g) => g.groupId === 'g1')?.name).toBe('第一组');
  });

  it('tells a leader the committee’s work is not theirs', async () => {
    const { chairLaptop: make } = await import('../core/committee-desk/chair-laptop');
    const leader = await make(round, packages, join(scratch, 'leader'), 'e01');
    laptops.push(leader);
    expect(valueOf(await leader.dispatch('committee:state', {}))).toEqual({
      available: false,
      reason: 'not-chair',
    });
    expect(refusal(await leader.dispatch('committee:importBundles', leader.place))?.code).toBe(
      'committee-not-chair',
    );
  });
});
