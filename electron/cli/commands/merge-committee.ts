/**
 * qbreview merge --committee: the chair (or the vice-chair acting for the chair) merges the
 * groups' bundles across the round and signs the result bundle (docs/committee.md). Every group
 * bundle is verified against the signer's own package down to each member's signature and opened
 * with their identity before anything is merged; the first that fails stops the command, and no
 * file is written. The chair's quota, score line and exclusions are given here (the package
 * carries none); they are signed inside the merge.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SignedRosterStatementSchema } from '../../../shared/bundle/roster-statement';
import type { CommitteeSettings } from '../../../shared/committee/committee-input';
import { committeeListLabels, cutReasonLabels } from '../../../shared/committee/committee-list';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import { formatForDisplay } from '../../../shared/scoring/rounding';
import { prepareCommitteeMerge, writeResultBundle } from '../../core/committee';
import { openPackage } from '../../core/desk/open-package';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { cliPinStore, cliSequenceMemory } from '../user-state';
import { IDENTITY_HELP, readerIdentity } from './bundle-reader';
import { namingApplicationNos } from './merge-application-numbers';

const ExclusionsSchema = z
  .array(z.strictObject({ applicationId: z.string().min(1).max(64), reason: z.string().max(2000) }))
  .max(1000);

async function readJson(file: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw usageError(`${what}不是有效的 JSON 文件。`);
  }
}

function positiveInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^[1-9][0-9]{0,14}$/.test(text) || !Number.isSafeInteger(value)) {
    throw usageError(`--${name} 须为正整数。`);
  }
  return value;
}

function scoreLine(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (!/^[0-9]{1,3}(\.[0-9]{1,4})?$/.test(text)) {
    throw usageError('--score-line 须为分数，如 75 或 72.5。');
  }
  return Number(text);
}

async function settingsOf(args: Parameters<Command['run']>[1]): Promise<CommitteeSettings> {
  const basis = stringOption(args, 'basis') ?? 'raw';
  if (basis !== 'raw' && basis !== 'normalised') {
    throw usageError('--basis 须为 raw（原始分）或 normalised（标准化分）。');
  }
  const file = stringOption(args, 'exclusions');
  let exclusions: CommitteeSettings['exclusions'] = [];
  if (file !== undefined) {
    const parsed = ExclusionsSchema.safeParse(await readJson(file, '评审委员会决定文件'));
    if (!parsed.success) throw new AppError('committee-settings-invalid', {}, 'exclusions file');
    exclusions = parsed.data;
  }
  return {
    quota: positiveInteger(stringOption(args, 'quota'), 'quota') ?? null,
    scoreLine: scoreLine(stringOption(args, 'score-line')),
    basis,
    exclusions,
  };
}

export const mergeCommitteeCommand: Command = {
  words: ['merge', '--committee'],
  summary:
    '评审委员会汇总：合并各专业组合议包并签署评审结果包 / merge the groups and sign the result bundle',
  help: `用法: qbreview merge --committee 合议包.qbbundle… --identity 我的身份.qbid --package 我的案卷包.qbcase
             --sequence N --out 结果包.qbbundle [--quota N] [--score-line 分数] [--basis raw|normalised]
             [--exclusions 决定.json]
  主任委员（或代行主任委员职责的副主任委员）以自己的身份与案卷包核验并打开各专业组合议包（逐一核验至每位
  组员的签名；专业组须属本案卷，签署人须为该组组长或成员；同一合议包出现两次、同一签署人同一序号的两份不同
  合议包均拒绝；同一签署人取最高序号，较早的列为已被替代），跨组排名（原始分与标准化分，标准化不可用时列出
  原因；同分按（三）、（一）、（二）再按申报编号），形成入围答辩名单（资料评审）或初评名单（答辩评审）并写明
  每项未入选的原因，签署为评审结果包（内含全部专业组合议包）。任一合议包未通过核验即停止，不写任何文件。
  --committee 须紧跟在 merge 之后。
  --package FILE                您的案卷包（.qbcase） / your own case package
  --roster-statement FILE       办公室签发的名单证明（JSON），案卷包中没有时 / your roster statement, if not in the package
  --sequence N                  本结果包的序号（每次重新签署须更大） / this result bundle's sequence
  --out FILE                    结果包输出文件 / where to write the result bundle
  --quota N                     名单名额（案卷包未载明名额，由主任委员给出） / the list's quota, if any
  --score-line X                分数线（按 --basis 的分数） / the lowest score on the list, if any
  --basis raw|normalised        名单依据的排名（默认 raw 原始分） / which ranking the list follows
  --exclusions FILE             评审委员会决定：[{"applicationId","reason"}]（明文文件，用后请删除）
  --office-fingerprint FP       办公室指纹（案卷首次打开时） / the office fingerprint, on first use
${IDENTITY_HELP}`,
  options: {
    package: { type: 'string' },
    identity: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'roster-statement': { type: 'string' },
    sequence: { type: 'string' },
    out: { type: 'string' },
    quota: { type: 'string' },
    'score-line': { type: 'string' },
    basis: { type: 'string' },
    exclusions: { type: 'string' },
    'office-fingerprint': { type: 'string' },
  },
  async run(context, args) {
    const files = args.positionals;
    if (files.length === 0) throw usageError('需要各专业组的合议包文件（.qbbundle）。');
    const packagePath = stringOption(args, 'package');
    const out = stringOption(args, 'out');
    if (packagePath === undefined) throw usageError('需要 --package（您的案卷包）。');
    if (out === undefined) throw usageError('需要 --out（结果包输出文件）。');
    if (stringOption(args, 'identity') === undefined) throw usageError('需要 --identity。');
    const sequence = positiveInteger(stringOption(args, 'sequence'), 'sequence');
    if (sequence === undefined) throw usageError('需要 --sequence（本结果包的序号）。');
    const settings = await settingsOf(args);
    const rosterFile = stringOption(args, 'roster-statement');
    const given =
      rosterFile === undefined
        ? undefined
        : SignedRosterStatementSchema.safeParse(await readJson(rosterFile, '名单证明'));
    if (given?.success === false) {
      throw new AppError('result-bundle-signer-invalid', {}, 'roster statement file');
    }
    const identity = await readerIdentity(context, args);
    if (identity === undefined) throw usageError('需要 --identity。');

    const officeFingerprint = stringOption(args, 'office-fingerprint');
    const opened = await openPackage(packagePath, {
      identity,
      ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
      pins: cliPinStore(context.io.env),
      sequences: cliSequenceMemory(context.io.env),
    });
    const manifest = opened.manifest;
    await opened.close();
    const roster = given?.data ?? manifest.rosterStatement;
    if (roster === undefined) {
      throw usageError('案卷包中没有名单证明：请用 --roster-statement 给出办公室签发的名单证明。');
    }
    const bundles = await Promise.all(files.map((f) => readFile(f)));
    // Every refusal of the merge names an application by its 申报编号, as the screens do.
    const { prepared, bytes } = await namingApplicationNos(manifest.applications, async () => {
      const prepared = await prepareCommitteeMerge({ identity, manifest, bundles, settings });
      const bytes = await writeResultBundle({
        identity,
        roster,
        sequence,
        merge: prepared.merge,
        groupBundles: prepared.groupBundles,
        readersOf: prepared.readersOf,
        mergeReaders: prepared.mergeReaders,
      });
      return { prepared, bytes };
    });
    await writeFileAtomic(out, bytes);

    const { merge } = prepared;
    const mergeDigest = createHash('sha256').update(canonicalJson(merge), 'utf8').digest('hex');
    const role = merge.signer.role === 'chair' ? '主任委员' : '副主任委员（代行主任委员职责）';
    context.say(
      `评审结果包已签署：轮次 ${merge.roundId}  序号 ${sequence}  签署人 ${merge.signer.expertId}（${role}）  共 ${merge.applications.length} 项申报`,
    );
    for (const g of merge.groupBundles) {
      const superseded = g.superseded.map((s) => s.sequence).join('、');
      context.say(
        `  专业组 ${g.groupId}：签署人 ${g.merger.expertId}  序号 ${g.sequence}${superseded === '' ? '' : `（已替代序号 ${superseded}）`}`,
      );
    }
    const { normalised } = merge.ranking;
    if (!normalised.ok) {
      context.say(`标准化分不可用：${normalised.refusals.length} 位专家评分少于 5 项或全部相同。`);
    }
    const label = committeeListLabels[merge.list.kind].zh;
    context.say(
      `${label}（${merge.list.entries.length} 项${merge.list.quota === null ? '' : `，名额 ${merge.list.quota}`}）：`,
    );
    for (const e of merge.list.entries) {
      context.say(`  ${e.position}. ${e.applicationNo}  ${formatForDisplay(e.score)}`);
    }
    for (const c of merge.list.cuts) {
      context.say(`  未入选 ${c.applicationNo}：${cutReasonLabels[c.reason].zh}`);
    }
    context.say(`汇总结果摘要（规范 JSON 的 SHA-256）：${mergeDigest}`);
    return {
      roundId: merge.roundId,
      sequence,
      signer: merge.signer,
      mergeDigest,
      groups: merge.groupBundles.map((g) => ({
        groupId: g.groupId,
        merger: g.merger.expertId,
        sequence: g.sequence,
        superseded: g.superseded.map((s) => s.sequence),
      })),
      normalisation: normalised.ok ? 'ok' : normalised.refusals,
      list: {
        kind: merge.list.kind,
        quota: merge.list.quota,
        entries: merge.list.entries.map((e) => ({
          position: e.position,
          applicationId: e.applicationId,
          applicationNo: e.applicationNo,
        })),
        cuts: merge.list.cuts.map((c) => ({
          applicationId: c.applicationId,
          applicationNo: c.applicationNo,
          reason: c.reason,
        })),
      },
      digest: createHash('sha256').update(bytes).digest('hex'),
    };
  },
};
