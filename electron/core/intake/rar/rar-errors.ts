import { IntakeRefusal } from '../intake-problem';
import type { IntakeProblemCategory } from '../problem-category';

/** Failure reasons node-unrar-js reports (its FailReason union), each mapped on purpose. */
const reasonCategories: Readonly<Record<string, readonly [IntakeProblemCategory, string]>> = {
  ERAR_NO_MEMORY: ['zip-bomb', '解压所需内存过大'],
  ERAR_BAD_DATA: ['corrupt-archive', 'RAR 数据或头部损坏'],
  ERAR_BAD_ARCHIVE: ['corrupt-archive', '不是有效的 RAR 压缩包'],
  ERAR_UNKNOWN_FORMAT: ['unsupported-format', '无法识别的 RAR 版本'],
  ERAR_EOPEN: ['corrupt-archive', 'RAR 引用的数据无法打开'],
  ERAR_ECREATE: ['corrupt-archive', 'RAR 条目无法解出'],
  ERAR_ECLOSE: ['corrupt-archive', 'RAR 条目无法解出'],
  ERAR_EREAD: ['corrupt-archive', 'RAR 数据读取失败（已截断或损坏）'],
  ERAR_EWRITE: ['corrupt-archive', 'RAR 条目无法解出'],
  ERAR_SMALL_BUF: ['corrupt-archive', 'RAR 注释损坏'],
  ERAR_UNKNOWN: ['corrupt-archive', 'RAR 解码器报告未知错误'],
  ERAR_MISSING_PASSWORD: ['password-required', '压缩包已加密，请提供密码或未加密的压缩包'],
  ERAR_BAD_PASSWORD: ['wrong-password', '密码不能解开该压缩包'],
  ERAR_EREFERENCE: ['link-entry', '引用其他文件的条目不导入'],
};

/** The reason code of an UnrarError, or null for anything else. */
export function unrarReason(error: unknown): string | null {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return error instanceof Error && typeof reason === 'string' ? reason : null;
}

export interface RarFailureContext {
  readonly passwordSupplied: boolean;
  /** The archive's headers (names included) are encrypted. */
  readonly headerEncrypted: boolean;
}

/**
 * The category of an UnrarError. RAR4 keeps no password check value, so a wrong password only
 * shows as damaged data: with a password supplied for encrypted content, "bad data" is read as
 * a wrong password.
 */
export function categoryForUnrarReason(
  reason: string,
  context: RarFailureContext & { readonly entryEncrypted: boolean },
): readonly [IntakeProblemCategory, string] | null {
  if (reason === 'ERAR_BAD_DATA' && context.passwordSupplied) {
    if (context.entryEncrypted || context.headerEncrypted) {
      return ['wrong-password', '密码不能解开该压缩包（或数据已损坏）'];
    }
  }
  return reasonCategories[reason] ?? null;
}

/**
 * Whole-archive refusal for an error the RAR decoder raised. Errors that are not the decoder's
 * are rethrown, not categorised.
 */
export function refusalForRarError(
  error: unknown,
  entryPath: string | null,
  context: RarFailureContext & { readonly entryEncrypted: boolean },
): IntakeRefusal {
  if (error instanceof IntakeRefusal) return error;
  const reason = unrarReason(error);
  const mapped = reason === null ? null : categoryForUnrarReason(reason, context);
  if (mapped !== null) return new IntakeRefusal(mapped[0], `${mapped[1]} (${reason})`, entryPath);
  if (error instanceof WebAssembly.RuntimeError) {
    // A trap or an abort inside the WASM decoder, on these bytes.
    return new IntakeRefusal('corrupt-archive', `RAR 解码器中止 (${error.message})`, entryPath);
  }
  // Anything else is not the decoder speaking: a bug of ours, for the caller to see.
  throw error;
}
