/**
 * qbreview: the office's and the chair's command line over the same core services as the app.
 * Every command has --help and --json, and fails with one clear line and a non-zero status.
 */
import { parseArgs } from 'node:util';
import { bilingualErrorText, isAppError } from '../../shared/errors';
import { classifyError, errorClassOf } from '../core/errors/classify-error';
import { CliError, usageError } from './cli-error';
import type { CliIo, CommandContext } from './cli-io';
import type { Command } from './command';
import { commands } from './commands/registry';

const COMMON_HELP = `  --json      机器可读输出（JSON） / machine-readable output
  --help, -h  显示帮助 / show this help`;

function overview(): string {
  const lines = commands.map((c) => `  qbreview ${c.words.join(' ').padEnd(18)} ${c.summary}`);
  return `qbreview — 质量标杆评审 命令行工具 / Quality Benchmark Review command line

用法 / usage:
${lines.join('\n')}

每个命令都支持 --help 与 --json。口令来自环境变量 QBREVIEW_PASSPHRASE、--passphrase-file 或终端输入，
从不接受命令行参数中的口令。
`;
}

function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | null {
  for (const command of commands) {
    const n = command.words.length;
    if (command.words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(n) };
  }
  return null;
}

/**
 * What a failure prints: the CLI's own usage line, or the one classifier's typed error, Chinese
 * first. An unexpected failure names the command, and its error class goes to --json's detail.
 */
function describeError(
  error: unknown,
  command?: string,
): { message: string; code: string; exitCode: number; detail?: string } {
  if (error instanceof CliError)
    return { message: error.message, code: error.code, exitCode: error.exitCode };
  const reason = classifyError(error, command);
  const detail = isAppError(error)
    ? error.detail
    : reason.code === 'internal'
      ? errorClassOf(error)
      : undefined;
  return {
    message: bilingualErrorText(reason),
    code: reason.code,
    exitCode: 1,
    ...(detail === undefined ? {} : { detail }),
  };
}

/** Runs one command line; returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const found = findCommand(argv);
  if (!found) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.stdout.write(overview());
      return 0;
    }
    const message = `未知命令：${argv.filter((a) => !a.startsWith('-')).join(' ')}。运行 qbreview --help 查看全部命令。`;
    if (json)
      io.stdout.write(`${JSON.stringify({ ok: false, error: { code: 'usage', message } })}\n`);
    else io.stderr.write(`qbreview: ${message}\n`);
    return 2;
  }
  const { command, rest } = found;
  const context: CommandContext = {
    io,
    json,
    say: (line) => {
      if (!json) io.stdout.write(`${line}\n`);
    },
  };
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: {
          ...command.options,
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw usageError(
        `${(error as Error).message}。运行 qbreview ${command.words.join(' ')} --help 查看用法。`,
      );
    }
    if (parsed.values.help) {
      io.stdout.write(
        `qbreview ${command.words.join(' ')} — ${command.summary}\n\n${command.help}\n${COMMON_HELP}\n`,
      );
      return 0;
    }
    const result = await command.run(context, parsed);
    if (json) io.stdout.write(`${JSON.stringify({ ok: true, result }, null, 2)}\n`);
    return 0;
  } catch (error) {
    const { exitCode, ...described } = describeError(error, command.words.join(' '));
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, error: described })}\n`);
    else io.stderr.write(`qbreview: ${described.message}\n`);
    return exitCode;
  }
}
