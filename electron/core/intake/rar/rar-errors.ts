import { IntakeRefusal } from '../intake-problem';
import type { IntakeProblemCategory } from '../problem-category';

/** A category, then the detail in Chinese and in English. */
type ReasonMapping = readonly [IntakeProblemCategory, string, string];

/** The archive is damaged, in the words given. */
function damaged(detail: string, detailEn: string): ReasonMapping {
  return ['corrupt-archive', detail, detailEn];
}

/** Creating, closing or writing an entry's output failed: one meaning, three codes. */
const entryNotExtracted = damaged('RAR 条目无法解出', 'a RAR entry cannot be extracted');

/** Failure reasons node-unrar-js reports (its FailReason union), each mapped on purpose. */
const reasonCategories: Readonly<Record<string, ReasonMapping>> = {
  ERAR_NO_MEMORY: ['zip-bomb', '解压所需内存过大', 'decoding would need too much memory'],
  ERAR_BAD_DATA: damaged('RAR 数据或头部损坏', 'the RAR data or headers are damaged'),
  ERAR_BAD_ARCHIVE: damaged('不是有效的 RAR 压缩包', 'not a valid RAR archive'),
  ERAR_UNKNOWN_FORMAT: ['unsupported-format', '无法识别的 RAR 版本', 'an unknown RAR version'],
  ERAR_EOPEN: damaged('RAR 引用的数据无法打开', 'data the RAR refers to cannot be opened'),
  ERAR_ECREATE: entryNotExtracted,
  ERAR_ECLOSE: entryNotExtracted,
  ERAR_EWRITE: entryNotExtracted,
  ERAR_EREAD: damaged(
    'RAR 数据读取失败（已截断或损坏）',
    'the RAR data cannot be read (truncated or damaged)',
  ),
  ERAR_SMALL_BUF: damaged('RAR 注释损坏', 'the RAR comment is damaged'),
  ERAR_UNKNOWN: damaged('RAR 解码器报告未知错误', 'the RAR decoder reported an unknown error'),
  ERAR_MISSING_PASSWORD: [
    'password-required',
    '压缩包已加密，请提供密码或未加密的压缩包',
    'the archive is encrypted: give its password, or ask for an unencrypted one',
  ],
  ERAR_BAD_PASSWORD: [
    'wrong-password',
    '密码不能解开该压缩包',
    'the password does not open the archive',
  ],
  ERAR_EREFERENCE: [
    'link-entry',
    '引用其他文件的条目不导入',
    'entries that refer to other files are not taken',
  ],
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
): ReasonMapping | null {
  if (reason === 'ERAR_BAD_DATA' && context.passwordSupplied) {
    if (context.entryEncrypted || context.headerEncrypted) {
      return [
        'wrong-password',
        '密码不能解开该压缩包（或数据已损坏）',
        'the password does not open the archive (or the data is damaged)',
      ];
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
  if (mapped !== null) {
    return new IntakeRefusal(mapped[0], `${mapped[1]} (${reason})`, entryPath, mapped[2]);
  }
  if (error instanceof WebAssembly.RuntimeError) {
    // A trap or an abort inside the WASM decoder, on these bytes.
    return new IntakeRefusal(
      'corrupt-archive',
      `RAR 解码器中止：解码时崩溃（WASM 运行错误：${error.message}），压缩包很可能已损坏或被改动`,
      entryPath,
      `the RAR decoder stopped: it crashed while decoding (WASM runtime error: ${error.message}); the archive is most likely damaged or altered`,
    );
  }
  // Anything else is not the decoder speaking: a bug of ours, for the caller to see.
  throw error;
}
