/**
 * Runs a peer's command and waits for it. A failure becomes one line (the command, its exit
 * code, the first line it wrote to stderr), never a stack trace.
 */
import { spawn } from 'node:child_process';

export interface CommandOptions {
  /** Written to the command's stdin, which is then closed. */
  readonly stdin?: string;
  /** Sends stdout to /dev/null, as `> /dev/null` would, instead of through this process. */
  readonly discardOutput?: boolean;
}

const STDERR_KEPT = 4096;
const STDOUT_KEPT = 64 * 1024;

export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/** Resolves with what the command printed (its first 64 KiB), once it exits with 0. */
export function runCommand(
  file: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      stdio: [
        options.stdin === undefined ? 'ignore' : 'pipe',
        options.discardOutput === true ? 'ignore' : 'pipe',
        'pipe',
      ],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (text: string) => {
      if (stdout.length < STDOUT_KEPT) stdout += text;
    });
    child.stderr?.on('data', (text: string) => {
      if (stderr.length < STDERR_KEPT) stderr += text;
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new CommandError(`${file} 无法启动 / could not start: ${error.code ?? error.message}`),
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve(stdout);
        return;
      }
      const why = stderr.trim().split('\n')[0] ?? '';
      const how =
        signal === null ? `退出码 ${code} / exit code ${code}` : `信号 / signal ${signal}`;
      reject(
        new CommandError(
          `${[file, ...args.slice(0, 2)].join(' ')} … ${how}${why ? `: ${why}` : ''}`,
        ),
      );
    });
    if (options.stdin !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.stdin);
    }
  });
}
