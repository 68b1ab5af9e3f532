import SevenZip from '7z-wasm';
import type { SevenZipModule } from '7z-wasm';
import { IntakeRefusal } from '../intake-problem';
import type { ReadOptions } from '../archive-readout';
import { classifySevenZipOutput } from './seven-zip-errors';

/** What one `callMain` did: its exit code (null when it threw), what it printed, what it threw. */
export interface SevenZipRun {
  readonly exitCode: number | null;
  readonly lines: string[];
  readonly thrown: unknown;
}

/** A fresh 7-Zip instance whose console lines are captured, not printed. */
export async function loadSevenZip(lines: string[]): Promise<SevenZipModule> {
  return SevenZip({ print: (line) => lines.push(line), printErr: (line) => lines.push(line) });
}

export function runSevenZip(
  sevenZip: SevenZipModule,
  lines: string[],
  args: string[],
): SevenZipRun {
  const start = lines.length;
  try {
    const exitCode = sevenZip.callMain(args) as unknown;
    return {
      exitCode: typeof exitCode === 'number' ? exitCode : 0,
      lines: lines.slice(start),
      thrown: null,
    };
  } catch (thrown) {
    return { exitCode: null, lines: lines.slice(start), thrown };
  }
}

/** Always given: without -p, 7-Zip would wait on stdin for a password. */
export function passwordArg(options: ReadOptions): string {
  return `-p${options.password ?? ''}`;
}

/**
 * The refusal for a failed run, from what 7-Zip printed. When it printed nothing we know but the
 * headers are encrypted, the password is what failed (see seven-zip-header.ts).
 */
export function refusalForRun(
  run: SevenZipRun,
  options: ReadOptions,
  entryPath: string | null,
  headersEncrypted = false,
): IntakeRefusal {
  if (run.thrown instanceof IntakeRefusal) return run.thrown;
  const known =
    classifySevenZipOutput(run.lines) ??
    (headersEncrypted
      ? {
          category: 'wrong-password' as const,
          detail: '密码不能解开该压缩包',
          detailEn: 'the password does not open the archive',
          line: 'encrypted headers',
        }
      : null);
  if (known !== null) {
    if (known.category === 'wrong-password' && options.password === null) {
      const detail = `压缩包已加密，请提供密码或未加密的压缩包 (${known.line.trim()})`;
      const detailEn = 'the archive is encrypted: give its password, or ask for an unencrypted one';
      return new IntakeRefusal('password-required', detail, entryPath, detailEn);
    }
    const detail = `${known.detail} (${known.line.trim()})`;
    return new IntakeRefusal(known.category, detail, entryPath, known.detailEn);
  }
  // 7-Zip stopped without a message we know: a C++ exception escaping the WASM build (a number)
  // or a trap, on these bytes, or a non-zero exit.
  const { thrown } = run;
  if (
    thrown !== null &&
    typeof thrown !== 'number' &&
    !(thrown instanceof WebAssembly.RuntimeError)
  ) {
    throw thrown;
  }
  if (thrown === null && run.exitCode === 8) {
    // 7-Zip's "not enough memory": what a bomb's dictionary asks for, as RAR's ERAR_NO_MEMORY.
    return new IntakeRefusal(
      'zip-bomb',
      '解压所需内存过大：7-Zip 内存不足（退出码 8）',
      entryPath,
      'decoding would need too much memory: 7-Zip ran out of memory (exit code 8)',
    );
  }
  const [detail, detailEn] = describeStop(run);
  return new IntakeRefusal('corrupt-archive', detail, entryPath, detailEn);
}

/** 7-Zip's exit codes (its help, "Exit codes"). */
const exitCodeMeanings: Readonly<Record<number, readonly [string, string]>> = {
  2: ['7-Zip 报告致命错误', '7-Zip reported a fatal error'],
  7: ['7-Zip 拒绝了命令参数', '7-Zip refused its command line'],
};

/**
 * What a stop without a known message means, in words (Chinese, English). A bare number is a C++
 * exception object's address in the WASM heap: 7-Zip threw on data it could not decode and its
 * WASM build had nowhere to catch it; the number itself means nothing to anyone, so it is left out.
 */
function describeStop(run: SevenZipRun): readonly [string, string] {
  const advice = '压缩包很可能已损坏、被截断或被改动；请申报单位重新压缩后发送';
  const adviceEn = 'the archive is most likely damaged, truncated or altered; ask for it again';
  if (typeof run.thrown === 'number') {
    return [
      `7z 解码器中止：7-Zip 在解码时遇到无法处理的数据，内部出错退出（未捕获的 C++ 异常）。${advice}`,
      `the 7z decoder stopped: 7-Zip met data it could not decode and quit with an internal error (an uncaught C++ exception); ${adviceEn}`,
    ];
  }
  if (run.thrown instanceof WebAssembly.RuntimeError) {
    return [
      `7z 解码器中止：7-Zip 在解码时崩溃（WASM 运行错误：${run.thrown.message}）。${advice}`,
      `the 7z decoder stopped: 7-Zip crashed while decoding (WASM runtime error: ${run.thrown.message}); ${adviceEn}`,
    ];
  }
  const code = run.exitCode ?? -1;
  const [meaning, meaningEn] = exitCodeMeanings[code] ?? [
    '7-Zip 未说明原因',
    '7-Zip gave no reason',
  ];
  return [
    `7z 解码器以退出码 ${code} 结束：${meaning}。${advice}`,
    `the 7z decoder ended with exit code ${code}: ${meaningEn}; ${adviceEn}`,
  ];
}
