/**
 * The fixed set of reasons intake gives for not taking a file as it is. Every exception a
 * decoder raises is mapped to one of these on purpose; there is no "other".
 */
export const intakeProblemCategories = [
  'corrupt-archive',
  'path-traversal',
  'link-entry',
  'zip-bomb',
  'too-large',
  'nesting-too-deep',
  'empty-archive',
  'password-required',
  'wrong-password',
  'unsupported-format',
  'corrupt-document',
  'legacy-doc',
  'encrypted-pdf',
  'bad-name',
  'multi-volume',
  'renamed-entry',
] as const;

export type IntakeProblemCategory = (typeof intakeProblemCategories)[number];

/** The Chinese label the office sees for each category. */
export const intakeProblemLabels: Readonly<Record<IntakeProblemCategory, string>> = {
  'corrupt-archive': '压缩包损坏',
  'path-traversal': '路径越界',
  'link-entry': '链接条目',
  'zip-bomb': '疑似压缩炸弹',
  'too-large': '超出大小限制',
  'nesting-too-deep': '压缩包嵌套过深',
  'empty-archive': '压缩包为空',
  'password-required': '需要密码',
  'wrong-password': '密码错误',
  'unsupported-format': '格式不支持',
  'corrupt-document': '文档损坏',
  'legacy-doc': '旧版Word',
  'encrypted-pdf': 'PDF已加密',
  'bad-name': '文件名无法识别',
  'multi-volume': '分卷压缩包',
  'renamed-entry': '文件名已更改',
};

/** The same labels in the English UI's words (messages carry both: "中文 / English"). */
export const intakeProblemLabelsEn: Readonly<Record<IntakeProblemCategory, string>> = {
  'corrupt-archive': 'Damaged archive',
  'path-traversal': 'Path escapes the archive',
  'link-entry': 'Link entry',
  'zip-bomb': 'Suspected zip bomb',
  'too-large': 'Over the size limit',
  'nesting-too-deep': 'Archive nested too deep',
  'empty-archive': 'Empty archive',
  'password-required': 'Password required',
  'wrong-password': 'Wrong password',
  'unsupported-format': 'Unsupported format',
  'corrupt-document': 'Damaged document',
  'legacy-doc': 'Old Word format',
  'encrypted-pdf': 'Encrypted PDF',
  'bad-name': 'Name not recognised',
  'multi-volume': 'Multi-volume archive',
  'renamed-entry': 'File renamed',
};

/**
 * What intake did about a problem: refused the whole input (no materials at all), skipped one
 * entry (the rest kept), or flagged a material or the name while keeping everything.
 */
export type IntakeProblemEffect = 'refused' | 'skipped' | 'flagged';

/**
 * Categories that refuse the whole input even when found inside a nested archive: they mean the
 * sender built the file to do harm, so nothing in it is trusted.
 */
export const hostileCategories: ReadonlySet<IntakeProblemCategory> = new Set([
  'path-traversal',
  'zip-bomb',
  'too-large',
]);
