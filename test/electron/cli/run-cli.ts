/** Runs qbreview in-process, capturing what it prints, as a user's terminal would see it. */
import { PassThrough } from 'node:stream';
import { runCli } from '../../../electron/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The parsed --json answer, when the command was run with --json. */
  readonly json: {
    ok: boolean;
    result?: unknown;
    error?: { code: string; message: string };
  } | null;
}

export async function cli(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  const code = await runCli(argv, { stdout, stderr, stdin, env });
  const text = Buffer.concat(out).toString('utf8');
  let json = null;
  if (argv.includes('--json')) json = JSON.parse(text);
  return { code, stdout: text, stderr: Buffer.concat(err).toString('utf8'), json };
}
