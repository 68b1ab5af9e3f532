/**
 * qbreview committee re-review: the chair (or the vice-chair acting for the chair) signs the
 * committee's re-review of an objection (Article 21) against the round's result bundle, which is
 * verified against the signer's own package first. The act is written as one file only the office
 * and the signer can open (docs/result-bundle-format.md, "Re-review act").
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { MAX_RE_REVIEW_OPINION_CHARS } from '../../../shared/committee/re-review';
import { AppError } from '../../../shared/errors';
import { verifyResultBundle, writeReReviewAct } from '../../core/committee';
import { openPackage } from '../../core/desk/open-package';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { cliPinStore, cliSequenceMemory } from '../user-state';
import { IDENTITY_HELP, readerIdentity } from './bundle-reader';

const OUTCOMES = {
  upheld: { outcome: 'objection-upheld', effect: 'remove' },
  rejected: { outcome: 'objection-rejected', effect: 'keep' },
} as const;

export const committeeReReview: Command = {
  words: ['committee', 're-review'],
  summary: '评审委员会复核异议并签署复核决定 / sign the committee’s re-review of an objection',
  help: `用法: qbreview committee re-review --result 结果包.qbbundle --objection 异议编号 --application 申报ID
             --outcome upheld|rejected --opinion-file 复核意见.txt --identity 我的身份.qbid
             --package 我的案卷包.qbcase --out 复核决定.qbrereview
  主任委员（或代行主任委员职责的副主任委员）对办公室调查核实后报送的异议进行复核，签署复核决定：
  upheld 异议成立（移出名单），rejected 异议不成立（保留）。结果包先对照您的案卷包核验。复核决定只有
  办公室与签署人能打开。
  --result FILE                 本轮的评审结果包 / the round's result bundle
  --objection ID                办公室的异议编号 / the office's objection id
  --application ID              所涉申报 / the application concerned
  --outcome upheld|rejected     复核结论 / the outcome
  --opinion-file FILE           复核意见（UTF-8 文本；明文文件，用后请删除） / the written opinion
  --decided-at TIME             复核时间（ISO 8601，默认当前时间，仅供显示） / when, shown only
  --package FILE                您的案卷包（.qbcase） / your own case package
  --out FILE                    复核决定输出文件 / where to write the act
  --office-fingerprint FP       办公室指纹（案卷首次打开时） / the office fingerprint, on first use
${IDENTITY_HELP}`,
  options: {
    result: { type: 'string' },
    objection: { type: 'string' },
    application: { type: 'string' },
    outcome: { type: 'string' },
    'opinion-file': { type: 'string' },
    'decided-at': { type: 'string' },
    package: { type: 'string' },
    out: { type: 'string' },
    identity: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'office-fingerprint': { type: 'string' },
  },
  async run(context, args) {
    const need = (name: string, words: string) => {
      const value = stringOption(args, name);
      if (value === undefined) throw usageError(`需要 --${name}（${words}）。`);
      return value;
    };
    const resultFile = need('result', '评审结果包');
    const objectionId = need('objection', '异议编号');
    const applicationId = need('application', '申报');
    const outcomeWord = need('outcome', 'upheld 或 rejected');
    const opinionFile = need('opinion-file', '复核意见文件');
    const packagePath = need('package', '您的案卷包');
    const out = need('out', '复核决定输出文件');
    need('identity', '您的身份文件');
    if (outcomeWord !== 'upheld' && outcomeWord !== 'rejected') {
      throw usageError('--outcome 须为 upheld（异议成立）或 rejected（异议不成立）。');
    }
    let opinion: string;
    try {
      opinion = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(opinionFile));
    } catch {
      throw usageError('复核意见文件须为 UTF-8 文本。');
    }
    const decidedAt = stringOption(args, 'decided-at') ?? new Date().toISOString();
    if (!z.iso.datetime({ offset: true }).safeParse(decidedAt).success) {
      throw usageError('--decided-at 须为 ISO 8601 时间，如 2026-12-10T10:00:00+08:00。');
    }
    if (opinion.trim() === '' || opinion.length > MAX_RE_REVIEW_OPINION_CHARS) {
      throw usageError(`复核意见不能为空，且不超过 ${MAX_RE_REVIEW_OPINION_CHARS} 字。`);
    }
    if ([objectionId, applicationId].some((id) => id.length === 0 || id.length > 64)) {
      throw usageError('异议编号与申报 ID 须为 1–64 个字符。');
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
    if (manifest.rosterStatement === undefined) {
      throw new AppError('re-review-invalid', {}, 'no roster statement in the package');
    }
    const verified = verifyResultBundle(await readFile(resultFile), {
      officeFingerprint: manifest.office.fingerprint,
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      rubricDigest: manifest.rubricDigest,
    });
    const bytes = await writeReReviewAct({
      identity,
      roster: manifest.rosterStatement,
      decision: {
        caseId: manifest.caseId,
        roundId: manifest.round.id,
        resultDigest: verified.digest,
        objectionId,
        applicationId,
        ...OUTCOMES[outcomeWord],
        opinion: opinion.trim(),
        decidedAt,
      },
    });
    await writeFileAtomic(out, bytes);
    context.say(
      `复核决定已签署：异议 ${objectionId}  申报 ${applicationId}  ${outcomeWord === 'upheld' ? '异议成立（移出名单）' : '异议不成立（保留）'}`,
    );
    return { objectionId, applicationId, ...OUTCOMES[outcomeWord], resultDigest: verified.digest };
  },
};
