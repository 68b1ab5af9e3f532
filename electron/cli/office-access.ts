/**
 * Opening what the office's commands work on: its identity, and its record as the same
 * OfficeService the app's desk uses; a command only parses its arguments and words the report.
 */
import { readFile } from 'node:fs/promises';
import { unlockIdentity } from '../core/identity/identity-file';
import type { Identity } from '../core/identity/identity';
import { parsingIsolation } from '../core/intake';
import { createOffice, openOffice } from '../core/office/office-service';
import type { OfficeService } from '../core/office/office-service';
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

/**
 * The CLI's service options. ZIP is read in this short-lived process, as before the option
 * existed: it is not Electron's main process (SECURITY 7 is about that one), and starting the
 * worker from source under tsx for every archive made intake ten times slower (15.5 against
 * 157–168 MB/s, `npm run bench -- intake`). RAR, 7z, volume sets and registers still go to the
 * forked worker.
 */
function cliServiceOptions(context: CommandContext) {
  return {
    memory: cliGenerationMemory(context.io.env),
    isolation: parsingIsolation({ zipInProcess: true }),
  };
}

/** Opens the record named by the first argument; with a generation, accepts that restore. */
export async function openCaseFor(
  context: CommandContext,
  args: ParsedArgs,
  restoreGeneration?: number,
): Promise<OfficeService> {
  const [dir] = args.positionals;
  if (!dir) throw usageError('需要办公室案卷目录（.qboffice）。');
  const office = await unlockOfficeIdentity(context, args);
  return openOffice(
    dir,
    office,
    cliServiceOptions(context),
    restoreGeneration === undefined ? {} : { restoreGeneration },
  );
}

/**
 * A new record for the year in `dir`. The optional second passphrase is asked for after the
 * identity's, so the prompts come in the order the office expects.
 */
export async function createCaseFor(
  context: CommandContext,
  args: ParsedArgs,
  request: { dir: string; year: number; passphrase: () => Promise<string | undefined> },
): Promise<OfficeService> {
  const office = await unlockOfficeIdentity(context, args);
  const passphrase = await request.passphrase();
  return createOffice(request.dir, office, cliServiceOptions(context), {
    year: request.year,
    ...(passphrase === undefined ? {} : { passphrase }),
  });
}

/** The applications named on the command line by 申报编号 or id, in the order given. */
export function applicationIdsOf(
  c: { applications: readonly { id: string; applicationNo: string }[] },
  keys: readonly string[],
): string[] {
  return keys.map((key) => {
    const found = c.applications.find((a) => a.applicationNo === key || a.id === key);
    if (!found) throw usageError(`没有申报编号为 ${key} 的申报经验。`);
    return found.id;
  });
}
