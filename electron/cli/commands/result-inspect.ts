/**
 * qbreview bundle inspect, for result bundles (the command hands them here by their kind byte):
 * after the whole chain verified against the reader's package, the sections for the reader are
 * opened (the merge recomputed from the embedded group bundles) and shown: per application its
 * score, places and list outcome, and, for a reader of the whole merge, the list and whether
 * normalisation was refused. Sections not for the reader are counted, never opened.
 */
import { readFile } from 'node:fs/promises';
import type { ApplicationView } from '../../../shared/committee/application-view';
import { committeeListLabels, cutReasonLabels } from '../../../shared/committee/committee-list';
import { groupDecisionLabels } from '../../../shared/merge/deliberation-records';
import { formatForDisplay } from '../../../shared/scoring/rounding';
import { openResultBundle, verifyResultBundle } from '../../core/committee';
import { openPackage } from '../../core/desk/open-package';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { ParsedArgs } from '../command';
import { cliPinStore, cliSequenceMemory } from '../user-state';
import { readerIdentity } from './bundle-reader';
import { terminalSafe } from './bundle-inspect';

function listWords(view: ApplicationView): string {
  if (view.list.on) return `名单第 ${view.list.position} 位`;
  const reason = cutReasonLabels[view.list.reason].zh;
  return view.list.reason === 'committee-exclusion'
    ? `未入选：${reason}：${view.list.text}`
    : `未入选：${reason}`;
}

export async function inspectResultBundle(context: CommandContext, args: ParsedArgs) {
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1)
    throw usageError('需要一个评审结果包文件（.qbbundle）。');
  const packagePath = stringOption(args, 'package');
  if (packagePath === undefined) {
    throw usageError('查看评审结果包需要 --package（您的案卷包：评分细则与名单）。');
  }
  const identity = await readerIdentity(context, args);
  if (identity === undefined)
    throw usageError('需要 --identity：只有阅读者的身份能解开为其加密的部分。');
  const officeFingerprint = stringOption(args, 'office-fingerprint');
  const opened = await openPackage(packagePath, {
    identity,
    ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
    pins: cliPinStore(context.io.env),
    sequences: cliSequenceMemory(context.io.env),
  });
  const { manifest } = opened;
  await opened.close();
  const verified = verifyResultBundle(await readFile(file), {
    officeFingerprint: manifest.office.fingerprint,
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    rubricDigest: manifest.rubricDigest,
    roster: manifest.roster.map((p) => ({ fingerprint: p.fingerprint, seats: p.seats })),
  });
  const result = await openResultBundle(verified, identity, { rubric: manifest.round.rubric });
  // The chair's exclusion reasons are their words: no escape sequence of theirs may act.
  const say = (line: string) => context.say(terminalSafe(line));
  const { header } = verified;
  say(
    `评审结果包：轮次 ${header.roundId}  序号 ${header.sequence}  签署人 ${header.roster.statement.member.expertId}`,
  );
  for (const view of result.applications) {
    const a = view.application;
    const decision = a.decision === null ? '未作结论' : groupDecisionLabels[a.decision].zh;
    say(
      `${a.applicationNo}（专业组 ${a.groupId}）：${a.raw === null ? '无评分' : `得分 ${formatForDisplay(a.raw.score)}`}` +
        `${view.raw === null ? '' : `  排名 ${view.raw.rank}/${view.raw.of}`}  合议结论 ${decision}  ${listWords(view)}`,
    );
  }
  if (result.merge !== null) {
    const { list, ranking } = result.merge;
    say(
      `${committeeListLabels[list.kind].zh}：${list.entries.map((e) => e.applicationNo).join('、') || '（无）'}`,
    );
    if (!ranking.normalised.ok) {
      say(`标准化分不可用：${ranking.normalised.refusals.length} 位专家评分少于 5 项或全部相同。`);
    }
  }
  if (result.notForReader.length > 0) {
    say(
      `另有 ${result.notForReader.length} 部分不是为您加密的，您无权阅读 / not encrypted for you`,
    );
  }
  return {
    kind: 'result',
    digest: verified.digest,
    reader: identity.card.fingerprint,
    merge: result.merge,
    applications: result.applications,
    notForReader: result.notForReader,
  };
}
