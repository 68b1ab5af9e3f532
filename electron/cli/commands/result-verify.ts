/**
 * qbreview bundle verify, for result bundles (the command hands them here by their kind byte):
 * with no key, the signer's signature and seat (chair, or vice-chair acting for the chair), every
 * section's hash, and every embedded group bundle down to each member's signature; a result of
 * another round than the one expected is refused as a replay. With the reader's own package and
 * identity (the office, the chair, the vice-chair), the package's case, round, rubric and roster
 * are the expectations, and the sections they may read are opened, the merge recomputed from the
 * embedded group bundles.
 */
import { open, readFile } from 'node:fs/promises';
import { committeeListLabels } from '../../../shared/committee/committee-list';
import { AppError, isAppError } from '../../../shared/errors';
import { BUNDLE_KIND_RESULT, openResultBundle, verifyResultBundle } from '../../core/committee';
import type { OpenedResultBundle, ResultBundleExpectations } from '../../core/committee';
import { openPackage } from '../../core/desk/open-package';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { ParsedArgs } from '../command';
import { cliPinStore, cliSequenceMemory } from '../user-state';
import { readerIdentity } from './bundle-reader';

/** True when the file starts as a bundle of kind 3 (a result bundle). */
export async function isResultBundleFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(11);
    const { bytesRead } = await handle.read(head, 0, 11, 0);
    return (
      bytesRead === 11 &&
      head.subarray(0, 8).toString('latin1') === 'QBBUNDLE' &&
      head[10] === BUNDLE_KIND_RESULT
    );
  } finally {
    await handle.close();
  }
}

/** Verifies every result bundle of `args.positionals`; the result of `bundle verify --json`. */
export async function verifyResultBundles(context: CommandContext, args: ParsedArgs) {
  const officeFingerprint = stringOption(args, 'office-fingerprint');
  const caseId = stringOption(args, 'case');
  const roundId = stringOption(args, 'round');
  const identity = await readerIdentity(context, args);
  const packagePath = stringOption(args, 'package');
  if (packagePath !== undefined && identity === undefined) {
    throw usageError('--package 须与 --identity 同用：案卷包只能以其接收者的身份打开。');
  }
  let expect: ResultBundleExpectations = {
    ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
    ...(caseId === undefined ? {} : { caseId }),
    ...(roundId === undefined ? {} : { roundId }),
  };
  let facts;
  if (identity !== undefined && packagePath !== undefined) {
    const opened = await openPackage(packagePath, {
      identity,
      ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
      pins: cliPinStore(context.io.env),
      sequences: cliSequenceMemory(context.io.env),
    });
    const { manifest } = opened;
    await opened.close();
    facts = { rubric: manifest.round.rubric };
    expect = {
      officeFingerprint: manifest.office.fingerprint,
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      rubricDigest: manifest.rubricDigest,
      roster: manifest.roster.map((p) => ({ fingerprint: p.fingerprint, seats: p.seats })),
      ...expect,
    };
  }
  const files = args.positionals;
  const results = [];
  for (const [index, file] of files.entries()) {
    const bytes = await readFile(file);
    let verified;
    try {
      verified = verifyResultBundle(bytes, expect);
    } catch (error) {
      if (!isAppError(error) || files.length === 1) throw error;
      throw new AppError(error.code, error.params as never, `file ${index + 1} of ${files.length}`);
    }
    let opened: OpenedResultBundle | undefined;
    if (identity !== undefined && facts !== undefined) {
      try {
        opened = await openResultBundle(verified, identity, facts);
      } catch (error) {
        if (!isAppError(error, 'result-bundle-not-a-reader')) throw error;
      }
    }
    const { header } = verified;
    const signer = header.roster.statement.member;
    const role = header.signerRole === 'chair' ? '主任委员' : '副主任委员（代行主任委员职责）';
    if (files.length > 1) context.say(`— 第 ${index + 1} 个文件 —`);
    context.say(
      '评审结果包有效（含全部专业组合议包及组员评审意见包的签名） / the result bundle verifies, down to each member bundle',
    );
    context.say(`案卷 ${header.caseId}  轮次 ${header.roundId}  序号 ${header.sequence}`);
    context.say(
      `签署人：专家 ${signer.expertId}（${role}，指纹 ${header.signer.fingerprint}），已由办公室名单证明`,
    );
    for (const g of header.groups) {
      context.say(`  专业组合议包：专业组 ${g.groupId}  签署人 ${g.expertId}  序号 ${g.sequence}`);
    }
    context.say(`已核验签名 ${verified.signaturesVerified} 个。`);
    context.say(
      verified.officeChecked
        ? `办公室指纹：${header.roster.statement.office.fingerprint}（已核对）`
        : `办公室指纹：${header.roster.statement.office.fingerprint}（未核对：请使用 --office-fingerprint）`,
    );
    if (opened !== undefined) {
      context.say(
        `您有权阅读其中 ${opened.applications.length} 项申报${opened.merge === null ? '' : '及完整汇总结果（已由所含合议包重新计算核对）'}。`,
      );
      if (opened.merge !== null) {
        const { list } = opened.merge;
        context.say(`${committeeListLabels[list.kind].zh}：${list.entries.length} 项`);
      }
    }
    results.push({
      kind: 'result',
      caseId: header.caseId,
      roundId: header.roundId,
      roundKind: header.roundKind,
      sequence: header.sequence,
      signer: {
        expertId: signer.expertId,
        fingerprint: header.signer.fingerprint,
        role: header.signerRole,
      },
      groups: header.groups.map((g) => ({
        groupId: g.groupId,
        merger: g.expertId,
        sequence: g.sequence,
        sha256: g.sha256,
      })),
      office: {
        fingerprint: header.roster.statement.office.fingerprint,
        checked: verified.officeChecked,
      },
      signaturesVerified: verified.signaturesVerified,
      sections: header.sections.length + 1,
      digest: verified.digest,
      checkedAgainstPackage: facts !== undefined,
      ...(opened === undefined
        ? {}
        : {
            readable: {
              merge: opened.merge !== null,
              applications: opened.applications.map((a) => a.application.applicationId),
            },
            ...(opened.merge === null
              ? {}
              : {
                  list: {
                    kind: opened.merge.list.kind,
                    entries: opened.merge.list.entries.map((e) => e.applicationId),
                  },
                }),
          }),
    });
  }
  return { bundles: results };
}
