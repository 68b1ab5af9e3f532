/**
 * qbreview report: the Word reports (and the lists' CSV and XLSX) of what the reader may read,
 * written as a deliberate plaintext export (docs/reports.md, docs/security.md) into a new folder
 * inside --out. Each group bundle is verified down to every member's signature against the
 * reader's own package (office key, case, round), then opened with the reader's identity (the
 * chair, the vice-chair, or the group's own leader); its sections' merges are recomputed from
 * the embedded bundles before a word of them is written. Nothing is written when any bundle fails.
 */
import { readFile } from 'node:fs/promises';
import { AppError, isAppError } from '../../../shared/errors';
import {
  committeeListInput,
  committeeReportFactsOf,
} from '../../../shared/report/committee-reports';
import { groupReportFactsOf, groupReports } from '../../../shared/report/group-reports';
import { chineseDate } from '../../../shared/report/report-words';
import { openResultBundle, verifyResultBundle } from '../../core/committee';
import { openPackage } from '../../core/desk/open-package';
import { openGroupBundle, verifyGroupBundle } from '../../core/merge';
import { REPORT_PLAINTEXT_WARNING } from '../../core/report/report-export-chooser';
import { writeReports } from '../../core/report/report-exporter';
import {
  OFFICE_REPORT_PLAINTEXT_WARNING,
  officeReportSet,
} from '../../core/report/office-report-files';
import { reportFolderStem } from '../../core/report/report-file-names';
import { groupReportFiles, listReportFiles } from '../../core/report/report-files';
import type { ReportFile } from '../../core/report/report-files';
import { usageError } from '../cli-error';
import { listOption, stringOption } from '../command';
import type { Command, ParsedArgs } from '../command';
import type { CommandContext } from '../cli-io';
import { openCaseFor } from '../office-access';
import { cliPinStore, cliSequenceMemory } from '../user-state';
import { IDENTITY_HELP, readerIdentity } from './bundle-reader';

/** The office's reports from its own record: 公示名单 and 异议处理记录 (docs/reports.md). */
async function officeReports(context: CommandContext, args: ParsedArgs) {
  const dir = stringOption(args, 'office')!;
  const out = stringOption(args, 'out');
  if (listOption(args, 'group').length > 0 || stringOption(args, 'result') !== undefined) {
    throw usageError('--office 不能与 --group、--result 同用。');
  }
  if (out === undefined) throw usageError('需要 --out（报告写入的文件夹）。');
  // The office's identity opens its signed record as every office command does.
  const service = await openCaseFor(context, { values: args.values, positionals: [dir] });
  const record = await service.read();
  const roundId = stringOption(args, 'round') ?? record.rounds.at(-1)?.round.id;
  if (roundId === undefined || !record.rounds.some((r) => r.round.id === roundId)) {
    throw usageError('办公室记录中没有这一轮次（--round）。');
  }
  // The same builder as the screen's buttons (公示与异议).
  const set = officeReportSet(record, roundId, chineseDate(new Date()));
  if (set === null) {
    throw usageError('办公室记录中尚未发布公示，没有可写出的公示名单与异议处理记录。');
  }
  context.say(`${OFFICE_REPORT_PLAINTEXT_WARNING.zh} / ${OFFICE_REPORT_PLAINTEXT_WARNING.en}`);
  const written = await writeReports(out, set.stem, set.files);
  context.say(`已写出 ${written.files.length} 份报告，位于 ${written.folderName} 文件夹：`);
  for (const name of written.files) context.say(`  ${name}`);
  return {
    folder: written.folderName,
    files: written.files,
    notice: set.notice,
    objections: set.objections,
  };
}

export const reportCommand: Command = {
  words: ['report'],
  summary: '导出评审报告（Word、CSV、XLSX，明文） / write the reports (plaintext Word, CSV, XLSX)',
  help: `用法: qbreview report [--group 合议包.qbbundle …] [--result 结果包.qbbundle] --identity 我的身份.qbid
             --package 我的案卷包.qbcase --out 文件夹
  以您的身份与案卷包核验并打开专业组合议包（含其中每位组员的评审意见包签名，汇总结果由意见包重新计算
  核对），为您有权阅读的申报写出：评审意见表（每项申报一份）、评分汇总表、投票记录（每个专业组一份）；
  以及评审结果包（整条签名链核验、汇总重新计算）的入围答辩名单或初评名单（Word、CSV、XLSX 各一份）。
       qbreview report --office 目录.qboffice [--round ID] --identity 办公室身份.qbid --out 文件夹
  办公室：由办公室记录写出公示名单（Word、CSV、XLSX，不含分数）与异议处理记录。
  报告为明文文件，写入 --out 中新建的文件夹，以轮次、专业组名称命名（如“评审报告-2026年资料评审-
  第一专业组”，办公室为“办公室报告-2026年答辩评审”；已有同名文件夹时加 -2、-3），不覆盖任何已有
  文件；任一合议包未通过核验即停止，不写任何文件。请保存到加密的存储设备，用毕按规定销毁。
  --group FILE                  专业组合议包（可重复） / a group bundle (repeatable)
  --result FILE                 评审结果包（主任委员或代行的副主任委员签署） / the committee's result bundle
  --office DIR                  办公室案卷目录（与 --group、--result 不同用） / the office's workspace
  --round ID                    与 --office 同用：报告所属轮次（默认最后一轮） / the round, with --office
  --package FILE                您的案卷包（.qbcase）：姓名、申报名称与评分细则取自其中 / your case package
  --out DIR                     报告写入其中新建的文件夹 / the reports go into a new folder inside DIR
  --office-fingerprint FP       办公室指纹（案卷首次打开时） / the office fingerprint, on first use
${IDENTITY_HELP}`,
  options: {
    group: { type: 'string', multiple: true },
    result: { type: 'string' },
    office: { type: 'string' },
    round: { type: 'string' },
    package: { type: 'string' },
    out: { type: 'string' },
    identity: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'office-fingerprint': { type: 'string' },
  },
  async run(context, args) {
    if (stringOption(args, 'office') !== undefined) return officeReports(context, args);
    const groups = listOption(args, 'group');
    const resultFile = stringOption(args, 'result');
    const packagePath = stringOption(args, 'package');
    const out = stringOption(args, 'out');
    if (groups.length === 0 && resultFile === undefined) {
      throw usageError('需要 --group（专业组合议包）或 --result（评审结果包）。');
    }
    if (packagePath === undefined) throw usageError('需要 --package（您的案卷包）。');
    if (out === undefined) throw usageError('需要 --out（报告写入的文件夹）。');
    if (stringOption(args, 'identity') === undefined) throw usageError('需要 --identity。');
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
    const printedOn = chineseDate(new Date());

    // Every bundle verified and opened before anything is built: all or nothing.
    const files: ReportFile[] = [];
    const summary: { groupId: string; groupName: string; applications: number }[] = [];
    for (const [index, file] of groups.entries()) {
      let result;
      try {
        const verified = verifyGroupBundle(await readFile(file), {
          officeFingerprint: manifest.office.fingerprint,
          caseId: manifest.caseId,
          roundId: manifest.round.id,
        });
        result = await openGroupBundle(verified, identity, {
          rubric: manifest.round.rubric,
          roundKind: manifest.round.kind,
        });
      } catch (error) {
        if (!isAppError(error) || groups.length === 1) throw error;
        throw new AppError(
          error.code,
          error.params as never,
          `file ${index + 1} of ${groups.length}`,
        );
      }
      const { groupId } = result.verified.header;
      const reports = groupReports(
        result.sections,
        groupReportFactsOf(manifest, groupId, printedOn),
      );
      files.push(...groupReportFiles(groupId, reports));
      summary.push({
        groupId,
        groupName: reports.summary.heading.groupName ?? groupId,
        applications: result.sections.length,
      });
    }

    let list: { kind: string; rows: number } | null = null;
    if (resultFile !== undefined) {
      // The whole chain down to each member's signature, the merge recomputed on opening.
      const verified = verifyResultBundle(await readFile(resultFile), {
        officeFingerprint: manifest.office.fingerprint,
        caseId: manifest.caseId,
        roundId: manifest.round.id,
        rubricDigest: manifest.rubricDigest,
        roster: manifest.roster.map((p) => ({ fingerprint: p.fingerprint, seats: p.seats })),
      });
      const result = await openResultBundle(verified, identity, { rubric: manifest.round.rubric });
      if (result.merge === null) throw new AppError('result-bundle-not-a-reader');
      const input = committeeListInput(result.merge, committeeReportFactsOf(manifest, printedOn));
      files.push(...listReportFiles(input));
      list = { kind: input.kind, rows: input.rows.length };
    }

    context.say(`${REPORT_PLAINTEXT_WARNING.zh} / ${REPORT_PLAINTEXT_WARNING.en}`);
    // 评审报告-<轮次名称>, with the group's name when the reports are one group's only.
    const round = { name: manifest.round.name, id: manifest.round.id };
    const only = summary.length === 1 && list === null ? summary[0] : undefined;
    const stem = reportFolderStem(
      '评审报告',
      round,
      only === undefined ? undefined : { name: only.groupName, id: only.groupId },
    );
    const written = await writeReports(out, stem, files);
    context.say(`已写出 ${written.files.length} 份报告，位于 ${written.folderName} 文件夹：`);
    for (const name of written.files) context.say(`  ${name}`);
    return { folder: written.folderName, files: written.files, groups: summary, list };
  },
};
