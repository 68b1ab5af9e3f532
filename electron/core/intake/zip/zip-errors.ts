import { IntakeRefusal } from '../intake-problem';
import type { IntakeProblemCategory } from '../problem-category';
import { isProgrammingError } from '../programming-error';
import { STRONG_ENCRYPTION_DETAIL, STRONG_ENCRYPTION_DETAIL_EN } from './strong-encryption';

/**
 * yauzl's and zlib's failures, each mapped on purpose. yauzl words its errors as fixed sentences
 * (index.js); zlib marks its own with a Z_* code.
 */
const yauzlMessages: readonly (readonly [RegExp, IntakeProblemCategory, string, string])[] = [
  [
    /^End of central directory record signature not found/,
    'corrupt-archive',
    '找不到 ZIP 目录结尾（不是 ZIP 文件或已截断）',
    'no ZIP end record (not a ZIP file, or truncated)',
  ],
  [
    /^Invalid comment length/,
    'corrupt-archive',
    'ZIP 注释长度不符',
    'the ZIP comment length is wrong',
  ],
  [
    /^invalid zip64 end of central directory/,
    'corrupt-archive',
    'ZIP64 目录结尾损坏',
    'the ZIP64 end record is damaged',
  ],
  [
    /^multi-disk zip files are not supported/,
    'multi-volume',
    '这是分卷 ZIP 压缩包的一部分，本软件不读取分卷 ZIP：请申报单位合并为单个压缩包',
    'part of a split ZIP archive, which is not read here: ask for one single archive',
  ],
  [
    /^invalid central directory file header signature/,
    'corrupt-archive',
    'ZIP 中央目录损坏',
    'the ZIP central directory is damaged',
  ],
  [
    /^strong encryption is not supported/,
    'unsupported-format',
    STRONG_ENCRYPTION_DETAIL,
    STRONG_ENCRYPTION_DETAIL_EN,
  ],
  [
    /^extra field length exceeds/,
    'corrupt-archive',
    'ZIP 扩展字段越界',
    'a ZIP extra field overruns its header',
  ],
  [
    /^zip64 extended information extra field does not include/,
    'corrupt-archive',
    'ZIP64 扩展信息不完整',
    'the ZIP64 extra field is incomplete',
  ],
  [
    /^compressed\/uncompressed size mismatch for stored file/,
    'corrupt-archive',
    '未压缩条目的大小前后不符',
    'a stored entry gives two different sizes',
  ],
  [
    /^invalid local file header signature/,
    'corrupt-archive',
    '本地文件头损坏',
    'a local file header is damaged',
  ],
  [
    /^file data overflows file bounds/,
    'corrupt-archive',
    '条目数据超出文件末尾',
    "an entry's data runs past the end of the file",
  ],
  [
    /^unexpected EOF/,
    'corrupt-archive',
    '文件意外结束（已截断）',
    'the file ends too soon (truncated)',
  ],
  // validateEntrySizes: more output than the header declared is how bombs pass size checks.
  [
    /^too many bytes in the stream/,
    'zip-bomb',
    '实际解压大小超过声明大小',
    'more output than the header declared',
  ],
  [
    /^not enough bytes in the stream/,
    'corrupt-archive',
    '实际解压大小小于声明大小',
    'less output than the header declared',
  ],
  [
    /^unsupported compression method/,
    'unsupported-format',
    '不支持的压缩方法',
    'an unsupported compression method',
  ],
  [/^zip file too large/, 'too-large', 'ZIP 文件过大', 'the ZIP file is too large'],
  [
    /^invalid relative path|^absolute path|^invalid characters in fileName/,
    'path-traversal',
    '条目路径越界',
    "an entry's path escapes the archive",
  ],
];

interface ErrorWithCode {
  readonly code?: unknown;
  readonly message?: unknown;
}

/**
 * The refusal for an error thrown by yauzl or zlib while reading `entryPath`. Errors of our own
 * code are rethrown, not categorised.
 */
export function refusalForZipError(error: unknown, entryPath: string | null): IntakeRefusal {
  if (error instanceof IntakeRefusal) return error;
  if (isProgrammingError(error)) throw error;
  const { code, message } = (error ?? {}) as ErrorWithCode;
  const text = typeof message === 'string' ? message : String(error);
  if (typeof code === 'string' && code.startsWith('Z_')) {
    // zlib found the deflate stream itself broken ("invalid code lengths set" and kin).
    return new IntakeRefusal(
      'corrupt-archive',
      `压缩数据损坏 (${text})`,
      entryPath,
      'the compressed data is damaged',
    );
  }
  for (const [pattern, category, detail, detailEn] of yauzlMessages) {
    if (pattern.test(text)) {
      return new IntakeRefusal(category, `${detail} (${text})`, entryPath, detailEn);
    }
  }
  // yauzl read the structure and gave up in words not listed above: the structure is bad.
  return new IntakeRefusal(
    'corrupt-archive',
    `ZIP 结构无法解析 (${text})`,
    entryPath,
    'the ZIP structure cannot be read',
  );
}
