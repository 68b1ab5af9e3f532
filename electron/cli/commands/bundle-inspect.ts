/**
 * qbreview bundle inspect: a reader sees the sections of a review bundle that are encrypted for
 * them, after the bundle verified; each other section is named as not theirs, never opened.
 */
import { readFile } from 'node:fs/promises';
import type { Recommendation, ReviewSection } from '../../../shared/bundle/review-content';
import { recommendationLabels } from '../../../shared/bundle/review-content';
import { conflictKindLabels } from '../../../shared/domain/conflict';
import { formatForDisplay } from '../../../shared/scoring/rounding';
import { openReviewBundle, verifyReviewBundle } from '../../core/bundle';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { Command } from '../command';
import {
  IDENTITY_HELP,
  bundleSummary,
  readerIdentity,
  readerPackageCheck,
  sayBundleSummary,
} from './bundle-reader';
import { isResultBundleFile } from './result-verify';
import { inspectResultBundle } from './result-inspect';

/** Control characters (C0 but the line feed, DEL, C1) and bidirectional marks and overrides. */
function unsafeInTerminal(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** A line with every control and bidirectional character replaced by U+FFFD. */
export function terminalSafe(line: string): string {
  return Array.from(line.replace(/\r\n?/g, '\n').replace(/\n/g, '\n      '), (char) =>
    unsafeInTerminal(char.codePointAt(0) ?? 0) ? '\uFFFD' : char,
  ).join('');
}

function recommendationWords(
  recommendation: Recommendation,
  roundKind: 'material' | 'defense' | undefined,
): string {
  if (roundKind !== undefined) return recommendationLabels[roundKind][recommendation].zh;
  return recommendation === 'recommend' ? '推荐' : '不推荐';
}

function saySection(
  terminal: CommandContext,
  number: number,
  section: ReviewSection,
  roundKind: 'material' | 'defense' | undefined,
): void {
  // What the author wrote reaches the reader's terminal: no escape sequence or direction mark of
  // theirs may act on it. Line breaks stay, indented under the item.
  const context = { say: (line: string) => terminal.say(terminalSafe(line)) };
  context.say(`第 ${number} 部分：申报 ${section.applicationId}`);
  context.say(
    `  保密承诺：已签署（${section.undertaking.statement.signedAt}）；阅读者 ${section.readers.fingerprints.length} 人`,
  );
  const { outcome } = section;
  if (outcome.kind === 'conflict') {
    const { conflictKind, reason } = outcome.declaration.statement;
    context.say(
      `  声明回避：${conflictKindLabels[conflictKind].zh}${reason === '' ? '' : `：${reason}`}`,
    );
    return;
  }
  context.say(
    `  总分 ${formatForDisplay(outcome.total)}；${recommendationWords(outcome.recommendation, roundKind)}${outcome.noDiscussionNeeded ? '；无需讨论' : ''}`,
  );
  for (const [partId, score] of Object.entries(outcome.partScores)) {
    const comment = outcome.comments[partId];
    context.say(
      `  ${partId}：${formatForDisplay(score)}${comment === undefined ? '' : `  ${comment}`}`,
    );
  }
  for (const [id, comment] of Object.entries(outcome.comments)) {
    if (!(id in outcome.partScores)) context.say(`  ${id}（评语）：${comment}`);
  }
  context.say(`  主要优点：${outcome.overall.strengths}`);
  context.say(`  不足：${outcome.overall.weaknesses}`);
  context.say(`  改进建议：${outcome.overall.suggestions}`);
  context.say(`  所评材料 ${section.materials.length} 份（哈希已列入并签名）`);
}

export const bundleInspect: Command = {
  words: ['bundle', 'inspect'],
  summary: '查看评审意见包中为您加密的部分 / read the sections of a review bundle meant for you',
  help: `用法: qbreview bundle inspect 意见包.qbbundle --identity 我的身份.qbid [--office-fingerprint 指纹] [--package 我的案卷包.qbcase]
  先如 bundle verify 一样核验整个意见包，再以您的身份解开为您加密的部分；其他部分不是为您加密的，
  会逐一列出而不打开（例如您与该申报存在利益冲突）。给出 --package 时，还对照您的案卷包核对评分细则、
  材料哈希与阅读范围。
  --office-fingerprint FP       办公室指纹 / the office fingerprint you were given
  --package FILE                您的案卷包（.qbcase） / your own case package
${IDENTITY_HELP}`,
  options: {
    identity: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'office-fingerprint': { type: 'string' },
    package: { type: 'string' },
  },
  async run(context, args) {
    const [file] = args.positionals;
    if (!file || args.positionals.length > 1)
      throw usageError('需要一个评审意见包文件（.qbbundle）。');
    if (stringOption(args, 'identity') === undefined) {
      throw usageError('需要 --identity：只有阅读者的身份能解开为其加密的部分。');
    }
    // A result bundle (kind 3): its rankings and list, for its readers (docs/committee.md).
    if (await isResultBundleFile(file)) return inspectResultBundle(context, args);
    const identity = (await readerIdentity(context, args))!;
    const officeFingerprint = stringOption(args, 'office-fingerprint');
    const packagePath = stringOption(args, 'package');
    const check =
      packagePath === undefined
        ? undefined
        : await readerPackageCheck(context, packagePath, identity, officeFingerprint);
    const verified = verifyReviewBundle(await readFile(file), {
      ...check?.expect,
      ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
    });
    const opened = await openReviewBundle(verified, identity, check?.facts);
    // The round's kind is in the reader's package only; without it the words stay neutral.
    const roundKind = check?.facts.rubric?.roundKind;
    sayBundleSummary(context, verified);
    context.say(`阅读者：${identity.card.name}（${identity.card.fingerprint}）`);
    const byNumber = new Map(opened.sections.map((s) => [s.number, s.section]));
    for (let number = 1; number <= verified.header.sections.length; number++) {
      const section = byNumber.get(number);
      if (section === undefined) {
        context.say(
          `第 ${number} 部分：不是为您加密的（他人的部分或填充部分），您无权阅读 / not encrypted for you`,
        );
      } else {
        saySection(context, number, section, roundKind);
      }
    }
    return {
      bundle: bundleSummary(verified),
      reader: identity.card.fingerprint,
      sections: opened.sections.map((s) => ({ number: s.number, ...s.section })),
      notForReader: opened.notForReader,
    };
  },
};
