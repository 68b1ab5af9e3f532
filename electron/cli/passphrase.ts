/**
 * Passphrases come from QBREVIEW_PASSPHRASE (or a named variable), --passphrase-file, or a prompt
 * on the terminal; never from argv alone, where every user of the machine can read them.
 */
import { readFile } from 'node:fs/promises';
import type { CliIo } from './cli-io';
import { CliError } from './cli-error';

export interface PassphraseSource {
  /** Path given with --passphrase-file (or a sibling option). */
  readonly file?: string | undefined;
  /** Environment variable to read; QBREVIEW_PASSPHRASE by default. */
  readonly envVar?: string;
  /** What the prompt asks for, e.g. 身份文件口令. */
  readonly prompt: string;
  /** Ask twice when creating something new. */
  readonly confirm?: boolean;
}

export async function readPassphrase(io: CliIo, source: PassphraseSource): Promise<string> {
  const envVar = source.envVar ?? 'QBREVIEW_PASSPHRASE';
  if (source.file) {
    let text: string;
    try {
      text = await readFile(source.file, 'utf8');
    } catch (error) {
      throw new CliError(
        `无法读取口令文件 ${source.file}：${(error as NodeJS.ErrnoException).code ?? ''}`,
      );
    }
    // One passphrase per file; a trailing newline from an editor is not part of it.
    const passphrase = text.replace(/\r?\n$/, '');
    if (passphrase === '') throw new CliError(`口令文件为空：${source.file}`);
    return passphrase;
  }
  const fromEnv = io.env[envVar];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!io.stdin.isTTY) {
    throw new CliError(
      `需要${source.prompt}：请设置环境变量 ${envVar}、使用 --passphrase-file，或在终端中运行以便输入。`,
    );
  }
  const first = await promptHidden(io, `${source.prompt}：`);
  if (first === '') throw new CliError('口令不能为空。');
  if (source.confirm) {
    const second = await promptHidden(io, `再次输入${source.prompt}：`);
    if (second !== first) throw new CliError('两次输入的口令不一致。');
  }
  return first;
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(io: CliIo, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { stdin, stderr } = io;
    stderr.write(question);
    stdin.setRawMode?.(true);
    stdin.resume();
    let answer = '';
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(answer);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new CliError('已取消。'));
          return;
        }
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    const finish = () => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}
