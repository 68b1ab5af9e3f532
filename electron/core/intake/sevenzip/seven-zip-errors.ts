import type { IntakeProblemCategory } from '../problem-category';

/** 7-Zip's messages (7-Zip 24, English), most specific first, each mapped on purpose. */
const messageCategories: readonly (readonly [RegExp, IntakeProblemCategory, string, string])[] = [
  [
    /Cannot open encrypted archive\. Wrong password\?/,
    'wrong-password',
    '密码不能解开该压缩包',
    'the password does not open the archive',
  ],
  [
    /in encrypted file\. Wrong password\?/,
    'wrong-password',
    '密码不能解开该文件（或数据已损坏）',
    'the password does not open the file (or the data is damaged)',
  ],
  [/Wrong password/, 'wrong-password', '密码不能解开该文件', 'the password does not open the file'],
  [
    /Can't allocate required memory/,
    'zip-bomb',
    '解压所需内存过大',
    'decoding would need too much memory',
  ],
  [
    /Unsupported Method/,
    'unsupported-format',
    '不支持的压缩方法',
    'an unsupported compression method',
  ],
  [/Data Error|CRC Failed/, 'corrupt-archive', '压缩数据损坏', 'the compressed data is damaged'],
  [
    /Unexpected end of archive/,
    'corrupt-archive',
    '文件意外结束（已截断）',
    'the file ends too soon (truncated)',
  ],
  [/Headers Error/, 'corrupt-archive', '压缩包头部损坏', "the archive's headers are damaged"],
  [
    /Cannot open the file as .*archive|Is not archive|Can not open the file as archive/,
    'corrupt-archive',
    '不是有效的压缩包',
    'not a valid archive',
  ],
  [
    /Unconfirmed start of archive/,
    'corrupt-archive',
    '压缩包开头损坏',
    "the archive's start is damaged",
  ],
];

/** The first error line 7-Zip printed that we know, with its category. */
export function classifySevenZipOutput(lines: readonly string[]): {
  readonly category: IntakeProblemCategory;
  readonly detail: string;
  readonly detailEn: string;
  readonly line: string;
} | null {
  for (const [pattern, category, detail, detailEn] of messageCategories) {
    const line = lines.find((candidate) => pattern.test(candidate));
    if (line !== undefined) return { category, detail, detailEn, line };
  }
  return null;
}

/** Per-file errors 7-Zip prints while extracting: "ERROR: <message> : <path>". */
export function perFileErrors(lines: readonly string[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const line of lines) {
    const match = /^ERROR: (.+?) : (.+)$/.exec(line);
    if (match !== null) errors.set(match[2]!, match[1]!);
  }
  return errors;
}
