/**
 * qbreview package show: the expert's side of a package on the command line, through the same
 * desk service as the app (electron/core/desk/open-package.ts): the office fingerprint on first
 * use of a case, pinned after in the per-user folder, and every refusal with its code.
 */
import { readFile } from 'node:fs/promises';
import { materialKindLabels } from '../../../shared/domain/material';
import { expertRoleLabels } from '../../../shared/domain/expert';
import { roundKindLabels } from '../../../shared/domain/round';
import { openPackage } from '../../core/desk/open-package';
import type { OpenedPackage } from '../../core/desk/open-package';
import type { PackageView } from '../../core/desk/package-view';
import { unlockIdentity } from '../../core/identity/identity-file';
import type { Identity } from '../../core/identity/identity';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { Command, ParsedArgs } from '../command';
import { readPassphrase } from '../passphrase';
import { cliPinStore, cliSequenceMemory } from '../user-state';

const PACKAGE_PASSPHRASE_VAR = 'QBREVIEW_PACKAGE_PASSPHRASE';

/** Bytes as a reader reads them: '812 B', '12 KB', '3.4 MB'. */
function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function expertIdentity(
  context: CommandContext,
  args: ParsedArgs,
): Promise<Identity | undefined> {
  const file = stringOption(args, 'identity');
  if (file === undefined) return undefined;
  const passphrase = await readPassphrase(context.io, {
    file: stringOption(args, 'passphrase-file'),
    prompt: '身份口令',
  });
  return unlockIdentity(await readFile(file), passphrase);
}

/** The slip's passphrase: asked for only without an identity, or when given on purpose. */
async function packagePassphrase(
  context: CommandContext,
  args: ParsedArgs,
  hasIdentity: boolean,
): Promise<string | undefined> {
  const file = stringOption(args, 'package-passphrase-file');
  const fromEnv = context.io.env[PACKAGE_PASSPHRASE_VAR];
  if (hasIdentity && file === undefined && (fromEnv === undefined || fromEnv === '')) {
    return undefined;
  }
  return readPassphrase(context.io, {
    file,
    envVar: PACKAGE_PASSPHRASE_VAR,
    prompt: '案卷包口令（口令单上的 32 位数字）',
  });
}

function sayListing(context: CommandContext, opened: OpenedPackage): void {
  const v: PackageView = opened.view;
  const seats = v.recipient.seats
    .map((s) => `${s.groupName ?? ''}${expertRoleLabels[s.role].zh}`)
    .join('、');
  context.say(
    `${v.round.name}（${roundKindLabels[v.round.kind].zh}，轮次 ${v.round.id}） 案卷包第 ${v.packageSequence} 份`,
  );
  context.say(`接收者：${v.recipient.name}（${v.recipient.fingerprint}），${seats}`);
  context.say(
    `办公室：${v.office.name}（${v.office.fingerprint}）${opened.pin === 'pinned-now' ? '，首次打开此案卷，已记住办公室密钥' : ''}`,
  );
  if (opened.unlockedWith === 'passphrase' && !opened.canSign) {
    context.say('以案卷包口令打开：可以阅读；之后签署评审意见需用您的身份。');
  }
  if (opened.sequence.kind === 'newer') {
    const s = opened.sequence;
    context.say(
      `此案卷包取代本机打开过的第 ${s.previousSequence} 份：保留 ${s.kept.length} 项，移出 ${s.dropped.length} 项，新增 ${s.added.length} 项。`,
    );
  }
  context.say(
    `申报 ${v.applications.length} 项（申报编号  申报单位  《经验名称》，其下为材料：类型  文件名  大小）：`,
  );
  for (const a of v.applications) {
    context.say(`  ${a.applicationNo}  ${a.applicantName}  《${a.experienceTitle}》`);
    for (const m of a.materials) {
      context.say(`    ${materialKindLabels[m.kind].zh}  ${m.name}  ${sizeText(m.size)}`);
    }
  }
}

export const packageShow: Command = {
  words: ['package', 'show'],
  summary: '查看发给您的案卷包：轮次、申报与材料 / list what your case package holds',
  help: `用法: qbreview package show 案卷包.qbcase --identity 我的身份.qbid [--office-fingerprint 指纹]
      qbreview package show 案卷包.qbcase --package-passphrase-file 口令文件 [--office-fingerprint 指纹]
  首次打开某一案卷时须给出办公室告知您的指纹；本机随即记住办公室的密钥，此后同一案卷的案卷包
  若由另一把密钥签名，一律拒绝。同一案卷与轮次只认序号最新的案卷包：较旧的拒绝，较新的取代。
  --identity FILE                 您的身份文件（.qbid） / your identity file
  --passphrase-file FILE          身份口令文件；否则读 QBREVIEW_PASSPHRASE 或在终端输入
  --office-fingerprint FP         办公室指纹（首次打开此案卷时必需） / the office fingerprint, on first use
  --package-passphrase-file FILE  案卷包口令文件；否则读 ${PACKAGE_PASSPHRASE_VAR}（无身份时必需）`,
  options: {
    identity: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'office-fingerprint': { type: 'string' },
    'package-passphrase-file': { type: 'string' },
  },
  async run(context, args) {
    const [path] = args.positionals;
    if (!path) throw usageError('需要案卷包文件（.qbcase）。');
    const identity = await expertIdentity(context, args);
    const passphrase = await packagePassphrase(context, args, identity !== undefined);
    const officeFingerprint = stringOption(args, 'office-fingerprint');
    const env = context.io.env;
    const opened = await openPackage(path, {
      ...(identity === undefined ? {} : { identity }),
      ...(passphrase === undefined ? {} : { passphrase }),
      ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
      pins: cliPinStore(env),
      sequences: cliSequenceMemory(env),
    });
    try {
      sayListing(context, opened);
      const { view } = opened;
      return {
        caseId: view.caseId,
        packageSequence: view.packageSequence,
        year: view.year,
        round: view.round,
        office: view.office,
        recipient: view.recipient,
        unlockedWith: opened.unlockedWith,
        canSign: opened.canSign,
        pin: opened.pin,
        sequence: opened.sequence,
        applications: view.applications.map((a) => ({
          applicationNo: a.applicationNo,
          applicantName: a.applicantName,
          experienceTitle: a.experienceTitle,
          materials: a.materials.map((m) => ({ kind: m.kind, name: m.name, size: m.size })),
        })),
      };
    } finally {
      await opened.close();
    }
  },
};
