/**
 * qbreview merge --group: the group leader (or the stand-in the office designated) merges the
 * members' review bundles and signs the group bundle (docs/merge.md). Every bundle is verified
 * against the merger's own package and opened with their identity before anything is merged;
 * the first that fails stops the command, and no file is written. The deliberation records come
 * from a JSON file for now (docs/merge.md, "Deliberation records"), until the leader's screen
 * keeps them in the journal.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SignedRosterStatementSchema } from '../../../shared/bundle/roster-statement';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { DeliberationRecordSchema } from '../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import type { DeliberationRule, Fraction } from '../../../shared/domain/deliberation';
import { openBundleHistoryFolder } from '../../core/bundle';
import { deliberationRule } from '../../core/deliberation/deliberation-facts';
import { openPackage } from '../../core/desk/open-package';
import { prepareGroupMerge, writeGroupBundle } from '../../core/merge';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { IDENTITY_HELP, readerIdentity } from './bundle-reader';
import { applicationNoOf, namingApplicationNos } from './merge-application-numbers';
import { cliPinStore, cliSequenceMemory } from '../user-state';

async function readJson(file: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw usageError(`${what}不是有效的 JSON 文件。`);
  }
}

/** The records file: a JSON array of records; the first that does not parse is named by number. */
async function readRecords(file: string | undefined): Promise<DeliberationRecord[]> {
  if (file === undefined) return [];
  const json = await readJson(file, '合议记录文件');
  if (!Array.isArray(json)) throw usageError('合议记录文件须为 JSON 数组。');
  return json.map((value, index) => {
    const parsed = DeliberationRecordSchema.safeParse(value);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.join('.') ?? '';
      throw new AppError('merge-records-invalid', { record: index + 1 }, `field ${path}`);
    }
    return parsed.data;
  });
}

/** "2/3" as an exact fraction, 0 < numerator ≤ denominator. */
function fraction(text: string | undefined, name: string): Fraction | undefined {
  if (text === undefined) return undefined;
  const match = /^([1-9][0-9]{0,2})\/([1-9][0-9]{0,2})$/.exec(text);
  const numerator = Number(match?.[1]);
  const denominator = Number(match?.[2]);
  if (match === null || numerator > denominator) {
    throw usageError(`--${name} 须为分数，如 2/3（分子不大于分母）。`);
  }
  return { numerator, denominator };
}

function positiveInteger(text: string | undefined, name: string): number {
  const value = Number(text);
  if (text === undefined || !/^[1-9][0-9]{0,14}$/.test(text) || !Number.isSafeInteger(value)) {
    throw usageError(`--${name} 须为正整数。`);
  }
  return value;
}

export const mergeGroupCommand: Command = {
  words: ['merge'],
  summary: '组长合议：合并组员评审意见包并签署专业组合议包 / merge a group and sign its bundle',
  help: `用法: qbreview merge --group 意见包.qbbundle… --identity 我的身份.qbid --package 我的案卷包.qbcase
             --sequence N --out 合议包.qbbundle [--records 合议记录.json]
  组长（或办公室指定的代行组长）以自己的身份与案卷包核验并打开每位组员的评审意见包（作者须为本组成员，
  案卷、轮次、评分细则与材料哈希须一致，同一作者取最高序号，较早的列为已被替代），合并为各申报的评分
  矩阵、平均分、去掉最高最低分后的平均分、极差与偏离提示，连同合议记录签署为专业组合议包（内含所合并的
  全部组员意见包）。任一意见包未通过核验即停止，不写任何文件。
  --group                       合并专业组（其后为组员的评审意见包） / merge a group's review bundles
  --package FILE                您的案卷包（.qbcase） / your own case package
  --roster-statement FILE       办公室签发的名单证明（JSON），案卷包中没有时 / your roster statement, if not in the package
  --sequence N                  本合议包的序号（每次重新签署须更大） / this group bundle's sequence
  --out FILE                    合议包输出文件 / where to write the group bundle
  --records FILE                合议记录（JSON 数组，见 docs/merge.md；明文文件，用后请删除）
  --history DIR                 已收到的意见包文件夹：较旧的序号报 bundle-stale-sequence
  --quorum A/B, --pass A/B      本轮表决的法定人数与通过比例（默认取案卷包中本轮的规则，旧案卷包为 2/3）
                                / the round's quorum and pass share (default: the package's rule)
  --group-id ID                 您主持多个组的申报时，指定专业组 / the group, when you chair in several
  --office-fingerprint FP       办公室指纹（案卷首次打开时） / the office fingerprint, on first use
${IDENTITY_HELP}`,
  options: {
    group: { type: 'boolean' },
    package: { type: 'string' },
    identity: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'roster-statement': { type: 'string' },
    sequence: { type: 'string' },
    out: { type: 'string' },
    records: { type: 'string' },
    history: { type: 'string' },
    'group-id': { type: 'string' },
    quorum: { type: 'string' },
    pass: { type: 'string' },
    'office-fingerprint': { type: 'string' },
  },
  async run(context, args) {
    if (args.values.group !== true) throw usageError('需要 --group（合并专业组的评审意见包）。');
    const files = args.positionals;
    if (files.length === 0) throw usageError('需要组员的评审意见包文件（.qbbundle）。');
    const packagePath = stringOption(args, 'package');
    const rosterFile = stringOption(args, 'roster-statement');
    const out = stringOption(args, 'out');
    if (packagePath === undefined) throw usageError('需要 --package（您的案卷包）。');
    if (out === undefined) throw usageError('需要 --out（合议包输出文件）。');
    if (stringOption(args, 'identity') === undefined) throw usageError('需要 --identity。');
    const sequence = positiveInteger(stringOption(args, 'sequence'), 'sequence');
    const given =
      rosterFile === undefined
        ? undefined
        : SignedRosterStatementSchema.safeParse(await readJson(rosterFile, '名单证明'));
    if (given?.success === false) {
      throw new AppError('group-bundle-merger-invalid', {}, 'roster statement file');
    }
    const records = await readRecords(stringOption(args, 'records'));
    const quorum = fraction(stringOption(args, 'quorum'), 'quorum');
    const pass = fraction(stringOption(args, 'pass'), 'pass');
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
    // The round's rule as the package carries it (the default for an older package); a share
    // given on the command line stands in for the package's.
    const roundRule = deliberationRule(manifest).rule;
    const rule: DeliberationRule = {
      quorum: quorum ?? roundRule.quorum,
      pass: pass ?? roundRule.pass,
    };
    // Sealing puts the statement into the package; a file is for packages sealed before it did.
    const roster = given?.data ?? manifest.rosterStatement;
    if (roster === undefined) {
      throw usageError('案卷包中没有名单证明：请用 --roster-statement 给出办公室签发的名单证明。');
    }
    const historyDir = stringOption(args, 'history');
    const history =
      historyDir === undefined
        ? undefined
        : (
            await openBundleHistoryFolder(historyDir, {
              officeFingerprint: manifest.office.fingerprint,
              caseId: manifest.caseId,
              roundId: manifest.round.id,
            })
          ).history;
    const groupId = stringOption(args, 'group-id');
    const bundles = await Promise.all(files.map((f) => readFile(f)));
    // Every refusal of the merge names an application by its 申报编号, as the screens do.
    const { prepared, deliberation, bytes } = await namingApplicationNos(
      manifest.applications,
      async () => {
        const prepared = await prepareGroupMerge({
          identity,
          manifest,
          bundles,
          ...(groupId === undefined ? {} : { groupId }),
          ...(history === undefined ? {} : { history }),
        });
        const deliberation = deliberationSummary({
          merge: prepared.merge,
          rubric: manifest.round.rubric,
          roundKind: manifest.round.kind,
          rule,
          records,
        });
        const bytes = await writeGroupBundle({
          identity,
          roster,
          rubric: manifest.round.rubric,
          sequence,
          memberBundles: prepared.memberBundles,
          merge: prepared.merge,
          records,
          deliberation,
          rule,
          readersOf: (id) => prepared.readersOf(id),
        });
        return { prepared, deliberation, bytes };
      },
    );
    await writeFileAtomic(out, bytes);

    const { merge } = prepared;
    const mergeDigest = createHash('sha256').update(canonicalJson(merge), 'utf8').digest('hex');
    context.say(
      `专业组合议包已签署：组 ${merge.groupId}  序号 ${sequence}  共 ${merge.applications.length} 项申报`,
    );
    for (const m of merge.members) {
      const superseded = m.submitted?.superseded.map((s) => s.sequence).join('、') ?? '';
      context.say(
        m.submitted === null
          ? `  专家 ${m.expertId}：未提交`
          : `  专家 ${m.expertId}：序号 ${m.submitted.sequence}${superseded === '' ? '' : `（已替代序号 ${superseded}）`}`,
      );
    }
    context.say(
      `表决规则：到会 ${rule.quorum.numerator}/${rule.quorum.denominator}，通过 ${rule.pass.numerator}/${rule.pass.denominator}`,
    );
    context.say(`汇总结果摘要（规范 JSON 的 SHA-256）：${mergeDigest}`);
    return {
      groupId: merge.groupId,
      sequence,
      rule,
      mergeDigest,
      members: merge.members.map((m) => ({
        expertId: m.expertId,
        sequence: m.submitted?.sequence ?? null,
        superseded: m.submitted?.superseded.map((s) => s.sequence) ?? [],
      })),
      applications: merge.applications.map((a) => ({
        applicationId: a.applicationId,
        applicationNo: applicationNoOf(manifest.applications, a.applicationId),
        chairRole: a.chairRole,
        scored: a.rows.length,
        missing: a.missing,
        recused: a.recused.map((r) => ({ expertId: r.expertId, reason: r.reason })),
        deviations: a.deviations.length,
        decision: deliberation.find((d) => d.applicationId === a.applicationId)?.decision ?? null,
      })),
      digest: createHash('sha256').update(bytes).digest('hex'),
    };
  },
};
