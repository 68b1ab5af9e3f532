/** Opening what the office's commands work on: its identity, and its case workspace. */
import { readFile } from 'node:fs/promises';
import { unlockIdentity } from '../core/identity/identity-file';
import type { Identity } from '../core/identity/identity';
import { openOfficeRecordAs } from '../core/office/office-session';
import type { OfficeSession } from '../core/office/office-session';
import { usageError } from './cli-error';
import type { CommandContext } from './cli-io';
import { stringOption } from './command';
import type { OptionSpec, ParsedArgs } from './command';
import { readPassphrase } from './passphrase';
import { cliGenerationMemory } from './user-state';

export const identityOptions: OptionSpec = {
  identity: { type: 'string' },
  'passphrase-file': { type: 'string' },
};

export const IDENTITY_HELP = `  --identity FILE          办公室身份文件（.qbid） / the office identity file
  --passphrase-file FILE   身份口令文件；否则读 QBREVIEW_PASSPHRASE 或在终端输入`;

export async function unlockOfficeIdentity(
  context: CommandContext,
  args: ParsedArgs,
): Promise<Identity> {
  const file = stringOption(args, 'identity');
  if (!file) throw usageError('需要 --identity 指定办公室身份文件。');
  const bytes = await readFile(file);
  const passphrase = await readPassphrase(context.io, {
    file: stringOption(args, 'passphrase-file'),
    prompt: '身份口令',
  });
  return unlockIdentity(bytes, passphrase);
}

export async function openCaseFor(
  context: CommandContext,
  args: ParsedArgs,
  restoreGeneration?: number,
): Promise<{ session: OfficeSession; office: Identity; dir: string }> {
  const [dir] = args.positionals;
  if (!dir) throw usageError('需要办公室案卷目录（.qboffice）。');
  const office = await unlockOfficeIdentity(context, args);
  const session = await openOfficeRecordAs(dir, office, {
    memory: cliGenerationMemory(context.io.env),
    ...(restoreGeneration === undefined ? {} : { restoreGeneration }),
  });
  return { session, office, dir };
}

/** Finds an application by 申报编号 or id. */
export function applicationIdOf(
  c: { applications: readonly { id: string; applicationNo: string }[] },
  key: string,
): string {
  const found = c.applications.find((a) => a.applicationNo === key || a.id === key);
  if (!found) throw usageError(`没有申报编号为 ${key} 的申报经验。`);
  return found.id;
}
