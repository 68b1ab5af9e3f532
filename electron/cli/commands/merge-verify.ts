/**
 * qbreview bundle verify, for group bundles (the command hands them here by their kind byte):
 * with no key, the merger's signature, every section's hash, the office's roster statement
 * seating the merger in the group, and every embedded member review bundle down to its author's
 * signature. With the reader's own package and identity (the office, the chair, the vice-chair),
 * each section they may read is opened and its merge recomputed from the embedded bundles.
 */
import { open, readFile } from 'node:fs/promises';
import { AppError, isAppError } from '../../../shared/errors';
import { openPackage } from '../../core/desk/open-package';
import { BUNDLE_KIND_GROUP, openGroupBundle, verifyGroupBundle } from '../../core/merge';
import type { OpenedGroupBundle } from '../../core/merge';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { ParsedArgs } from '../command';
import { cliPinStore, cliSequenceMemory } from '../user-state';
import { readerIdentity } from './bundle-reader';
import { applicationNoOf, withApplicationNo } from './merge-application-numbers';
import type { NumberedApplication } from './merge-application-numbers';

/** True when the file starts as a bundle of kind 2 (a group bundle). */
export async function isGroupBundleFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(11);
    const { bytesRead } = await handle.read(head, 0, 11, 0);
    return (
      bytesRead === 11 &&
      head.subarray(0, 8).toString('latin1') === 'QBBUNDLE' &&
      head[10] === BUNDLE_KIND_GROUP
    );
  } finally {
    await handle.close();
  }
}

/** Verifies every group bundle of `args.positionals`; the result of `bundle verify --json`. */
export async function verifyGroupBundles(context: CommandContext, args: ParsedArgs) {
  const officeFingerprint = stringOption(args, 'office-fingerprint');
  const caseId = stringOption(args, 'case');
  const roundId = stringOption(args, 'round');
  const identity = await readerIdentity(context, args);
  const packagePath = stringOption(args, 'package');
  let facts;
  // With the reader's package, refusals and sections name applications by their 申报编号.
  let applications: readonly NumberedApplication[] = [];
  if (identity !== undefined && packagePath !== undefined) {
    const opened = await openPackage(packagePath, {
      identity,
      ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
      pins: cliPinStore(context.io.env),
      sequences: cliSequenceMemory(context.io.env),
    });
    facts = { rubric: opened.manifest.round.rubric, roundKind: opened.manifest.round.kind };
    applications = opened.manifest.applications;
    await opened.close();
  }
  const files = args.positionals;
  const results = [];
  for (const [index, file] of files.entries()) {
    const bytes = await readFile(file);
    let verified;
    try {
      verified = verifyGroupBundle(bytes, {
        ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
        ...(caseId === undefined ? {} : { caseId }),
        ...(roundId === undefined ? {} : { roundId }),
      });
    } catch (thrown) {
      const error = withApplicationNo(thrown, applications);
      if (!isAppError(error) || files.length === 1) throw error;
      throw new AppError(error.code, error.params as never, `file ${index + 1} of ${files.length}`);
    }
    let opened: OpenedGroupBundle | undefined;
    if (identity !== undefined && facts !== undefined) {
      try {
        opened = await openGroupBundle(verified, identity, facts);
      } catch (error) {
        if (!isAppError(error, 'group-bundle-not-a-reader')) {
          throw withApplicationNo(error, applications);
        }
      }
    }
    const { header } = verified;
    const merger = header.roster.statement.member;
    if (files.length > 1) context.say(`— 第 ${index + 1} 个文件 —`);
    context.say(
      '专业组合议包有效（含全部组员评审意见包的签名） / the group bundle verifies, down to each member bundle',
    );
    context.say(
      `案卷 ${header.caseId}  轮次 ${header.roundId}  专业组 ${header.groupId}  序号 ${header.sequence}`,
    );
    context.say(
      `签署人：专家 ${merger.expertId}（指纹 ${header.merger.fingerprint}），已由办公室名单证明`,
    );
    for (const m of header.members)
      context.say(`  组员意见包：专家 ${m.expertId}  序号 ${m.sequence}`);
    context.say(
      verified.officeChecked
        ? `办公室指纹：${header.roster.statement.office.fingerprint}（已核对）`
        : `办公室指纹：${header.roster.statement.office.fingerprint}（未核对：请使用 --office-fingerprint）`,
    );
    if (opened !== undefined) {
      context.say(
        `您有权阅读其中 ${opened.sections.length} 部分，汇总结果已由所含意见包重新计算核对。`,
      );
    }
    results.push({
      kind: 'group',
      caseId: header.caseId,
      roundId: header.roundId,
      groupId: header.groupId,
      sequence: header.sequence,
      merger: { expertId: merger.expertId, fingerprint: header.merger.fingerprint },
      members: header.members.map((m) => ({
        expertId: m.expertId,
        sequence: m.sequence,
        sha256: m.sha256,
      })),
      office: {
        fingerprint: header.roster.statement.office.fingerprint,
        checked: verified.officeChecked,
      },
      sections: header.sections.length,
      digest: verified.digest,
      ...(opened === undefined
        ? {}
        : {
            readableSections: opened.sections.map((s) => ({
              number: s.number,
              applicationId: s.applicationId,
              applicationNo: applicationNoOf(applications, s.applicationId),
            })),
          }),
    });
  }
  return { bundles: results };
}
