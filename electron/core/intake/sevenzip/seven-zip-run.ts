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
          line: 'encrypted headers',
        }
      : null);
  if (known !== null) {
    if (known.category === 'wrong-password' && options.password === null) {
      const detail = `压缩包已加密，请提供密码或未加密的压缩包 (${known.line.trim()})`;
      return new IntakeRefusal('password-required', detail, entryPath);
    }
    return new IntakeRefusal(known.category, `${known.detail} (${known.line.trim()})`, entryPath);
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
  const reason = thrown === null ? `exit code ${String(run.exitCode)}` : String(thrown);
  return new IntakeRefusal('corrupt-archive', `7z 解码器中止 (${reason})`, entryPath);
}
