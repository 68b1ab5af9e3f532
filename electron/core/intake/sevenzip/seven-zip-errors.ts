import type { IntakeProblemCategory } from '../problem-category';

/** 7-Zip's messages (7-Zip 24, English), most specific first, each mapped on purpose. */
const messageCategories: readonly (readonly [RegExp, IntakeProblemCategory, string])[] = [
  [/Cannot open encrypted archive\. Wrong password\?/, 'wrong-password', '密码不能解开该压缩包'],
  [/in encrypted file\. Wrong password\?/, 'wrong-password', '密码不能解开该文件（或数据已损坏）'],
  [/Wrong password/, 'wrong-password', '密码不能解开该文件'],
  [/Can't allocate required memory/, 'zip-bomb', '解压所需内存过大'],
  [/Unsupported Method/, 'unsupported-format', '不支持的压缩方法'],
  [/Data Error|CRC Failed/, 'corrupt-archive', '压缩数据损坏'],
  [/Unexpected end of archive/, 'corrupt-archive', '文件意外结束（已截断）'],
  [/Headers Error/, 'corrupt-archive', '7z 头部损坏'],
  [
    /Cannot open the file as .*archive|Is not archive|Can not open the file as archive/,
    'corrupt-archive',
    '不是有效的 7z 压缩包',
  ],
  [/Unconfirmed start of archive/, 'corrupt-archive', '7z 开头损坏'],
];

/** The first error line 7-Zip printed that we know, with its category. */
export function classifySevenZipOutput(lines: readonly string[]): {
  readonly category: IntakeProblemCategory;
  readonly detail: string;
  readonly line: string;
} | null {
  for (const [pattern, category, detail] of messageCategories) {
    const line = lines.find((candidate) => pattern.test(candidate));
    if (line !== undefined) return { category, detail, line };
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
