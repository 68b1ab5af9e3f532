/**
 * qbreview bundle verify: checks review bundles with no key at all (structure, the author's
 * signature, every section's hash, the office's roster statement, case, round and rubric), and
 * across the files given (and a history folder) for equivocation and stale sequences. With the
 * verifier's own package and identity, also against that package: office, case, round, rubric,
 * roster, and in the sections the identity may read, the material hashes and the readers.
 */
import { readFile } from 'node:fs/promises';
import { isAppError } from '../../../shared/errors';
import { AppError } from '../../../shared/errors';
import {
  ReviewBundleHistory,
  historyEntryOf,
  openBundleHistoryFolder,
  openReviewBundle,
  verifyReviewBundle,
} from '../../core/bundle';
import type { BundleExpectations, OpenedBundle, VerifiedBundle } from '../../core/bundle';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import type { PackageCheck } from './bundle-reader';
import { isGroupBundleFile, verifyGroupBundles } from './merge-verify';
import { isResultBundleFile, verifyResultBundles } from './result-verify';
import {
  IDENTITY_HELP,
  bundleSummary,
  readerIdentity,
  readerPackageCheck,
  sayBundleSummary,
} from './bundle-reader';

/** The same failure, with which of the files it was in the developer's detail. */
function inFile<T>(index: number, count: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isAppError(error) || count === 1) throw error;
    const detail = `file ${index + 1} of ${count}${error.detail === undefined ? '' : `: ${error.detail}`}`;
    throw new AppError(error.code, error.params as never, detail);
  }
}

export const bundleVerify: Command = {
  words: ['bundle', 'verify'],
  summary: '核验评审意见包（无需密钥）/ verify review bundles, no key needed',
  help: `用法: qbreview bundle verify 意见包.qbbundle… [--office-fingerprint 指纹] [--case 案卷号] [--round 轮次]
      qbreview bundle verify 意见包.qbbundle… --package 我的案卷包.qbcase --identity 我的身份.qbid
  无需任何密钥即可核验：结构、作者签名、每一部分的哈希、办公室签发的名单证明（作者是否在本案卷、本轮次的
  评审名单中）、案卷、轮次与评分细则摘要。给出多个文件（或 --history 文件夹）时，同一作者同一序号的两份
  不同意见包报 bundle-equivocation，较旧的序号报 bundle-stale-sequence。给出您自己的案卷包与身份时，
  还对照案卷包核验办公室、案卷、轮次、评分细则与名单，并在您有权阅读的部分中核对材料哈希与阅读范围。
  --office-fingerprint FP       办公室指纹：名单证明须由其签发 / the office fingerprint you were given
  --case ID, --round ID         须属于此案卷与轮次 / the case and round the bundle must be of
  --history DIR                 已收到的意见包文件夹，与之比对序号 / a folder of bundles received
  --package FILE                您的案卷包（.qbcase），须与 --identity 同用 / your own case package
${IDENTITY_HELP}`,
  options: {
    'office-fingerprint': { type: 'string' },
    case: { type: 'string' },
    round: { type: 'string' },
    history: { type: 'string' },
    package: { type: 'string' },
    identity: { type: 'string' },
    'passphrase-file': { type: 'string' },
  },
  async run(context, args) {
    const files = args.positionals;
    if (files.length === 0) throw usageError('需要评审意见包文件（.qbbundle）。');
    // A group bundle (kind 2) is verified down to its member bundles: docs/merge.md.
    if (await isGroupBundleFile(files[0] ?? '')) return verifyGroupBundles(context, args);
    // A result bundle (kind 3) down to its group and member bundles: docs/result-bundle-format.md.
    if (await isResultBundleFile(files[0] ?? '')) return verifyResultBundles(context, args);
    const packagePath = stringOption(args, 'package');
    if (packagePath !== undefined && stringOption(args, 'identity') === undefined) {
      throw usageError('--package 须与 --identity 同用：案卷包只能以其接收者的身份打开。');
    }
    const officeFingerprint = stringOption(args, 'office-fingerprint');
    const identity = await readerIdentity(context, args);
    const check: PackageCheck | undefined =
      packagePath !== undefined && identity !== undefined
        ? await readerPackageCheck(context, packagePath, identity, officeFingerprint)
        : undefined;
    const caseId = stringOption(args, 'case');
    const roundId = stringOption(args, 'round');
    const expect: BundleExpectations = {
      ...check?.expect,
      ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
      ...(caseId === undefined ? {} : { caseId }),
      ...(roundId === undefined ? {} : { roundId }),
    };
    const historyDir = stringOption(args, 'history');
    const history =
      historyDir === undefined
        ? new ReviewBundleHistory()
        : (await openBundleHistoryFolder(historyDir, expect)).history;

    const results = [];
    for (const [index, file] of files.entries()) {
      const bytes = await readFile(file);
      const verified: VerifiedBundle = inFile(index, files.length, () =>
        verifyReviewBundle(bytes, expect),
      );
      const admitted = inFile(index, files.length, () => history.admit(historyEntryOf(verified)));
      let opened: OpenedBundle | undefined;
      if (identity !== undefined) {
        try {
          opened = await openReviewBundle(verified, identity, check?.facts);
        } catch (error) {
          // Verifying needs no section; reading none is only a failure for inspect.
          if (!isAppError(error, 'bundle-not-a-reader')) throw error;
        }
      }
      if (files.length > 1) context.say(`— 第 ${index + 1} 个文件 —`);
      context.say('评审意见包有效 / the review bundle verifies');
      sayBundleSummary(context, verified);
      if (admitted.kind === 'already-present') context.say('与已收到的一份完全相同。');
      if (opened !== undefined) {
        context.say(
          `您有权阅读其中 ${opened.sections.length} 部分，均已核对（材料哈希、阅读范围、保密承诺）。`,
        );
      }
      results.push({
        ...bundleSummary(verified),
        history: admitted,
        ...(opened === undefined ? {} : { readableSections: opened.sections.map((s) => s.number) }),
        checkedAgainstPackage: check !== undefined,
      });
    }
    return { bundles: results };
  },
};
