/**
 * 申报登记表无法读取: the whole register file is unusable (a bad row is reported, never thrown).
 * The messages say what to do. Their English is written to follow the Chinese after " / ".
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueEntry, CatalogueOf, NoParams } from '../catalogue-entry';
import { byteSize } from '../figures';

/** What a file that is no register turned out to be, by its first bytes. */
export type NotARegister = 'pdf' | 'rar' | '7z' | 'png' | 'jpeg' | 'office-document' | 'binary';

/** The XLSX part a refusal concerns, e.g. xl/worksheets/sheet1.xml; null for the whole file. */
type Part = { readonly part: string | null };

export interface RegisterFileErrorParams {
  empty: NoParams;
  'unsupported-format': { readonly found: NotARegister };
  encrypted: NoParams;
  'legacy-xls': NoParams;
  'corrupt-xlsx': { readonly reason: 'damaged' | 'no-sheet' };
  'no-header': NoParams;
  /** It inflates far beyond its size (疑似压缩炸弹), or its reading ran out of time. */
  'zip-bomb': Part | { readonly timeLimitSeconds: number };
  /** The file, what it inflates to, or its rows are over the register's limits (超出大小限制). */
  'too-large':
    | Part
    | { readonly fileBytes: number; readonly limitBytes: number }
    | { readonly maxRows: number; readonly maxTextBytes: number };
  /** The isolated process reading the register broke its protocol, or ended before answering. */
  'register-reader-failed': { readonly ended: boolean };
}

const NOT_A_REGISTER: Readonly<Record<NotARegister, { zh: string; en: string }>> = {
  pdf: { zh: '是PDF', en: 'it is a PDF' },
  rar: { zh: '是RAR 压缩包', en: 'it is a RAR archive' },
  '7z': { zh: '是7z 压缩包', en: 'it is a 7z archive' },
  png: { zh: '是PNG 图片', en: 'it is a PNG image' },
  jpeg: { zh: '是JPEG 图片', en: 'it is a JPEG image' },
  'office-document': {
    zh: '像是 Word 等 Office 旧版文档',
    en: 'it looks like an old Office document such as Word',
  },
  binary: { zh: '含有二进制内容', en: 'it holds binary data' },
};

const zhPart = (p: Part) => (p.part === null ? '' : `（${p.part}）`);
const enPart = (p: Part) => (p.part === null ? '' : ` (${p.part})`);

const zipBomb: CatalogueEntry<RegisterFileErrorParams['zip-bomb']> = {
  kind: 'refused',
  zh: (p) =>
    'part' in p
      ? `疑似压缩炸弹：登记表${zhPart(p)}解压后的数据量与文件大小极不相称，已拒收，未读取任何一行`
      : `疑似压缩炸弹：读取登记表超过时间限制 ${p.timeLimitSeconds} 秒，已终止`,
  en: (p) =>
    'part' in p
      ? `suspected zip bomb: the register${enPart(p)} inflates far beyond its size; refused, no row read`
      : `suspected zip bomb: reading the register ran over the time limit of ${p.timeLimitSeconds} s and was stopped`,
};

const tooLarge: CatalogueEntry<RegisterFileErrorParams['too-large']> = {
  kind: 'refused',
  zh: (p) => {
    if ('part' in p) {
      return `超出大小限制：登记表${zhPart(p)}解压后过大，已拒收；请只保留登记表本身后另存再导入`;
    }
    if ('fileBytes' in p) {
      return `超出大小限制：登记表文件 ${byteSize(p.fileBytes, 'zh-CN')}，超过上限 ${byteSize(p.limitBytes, 'zh-CN')}`;
    }
    return `超出大小限制：登记表超过 ${p.maxRows} 行或 ${byteSize(p.maxTextBytes, 'zh-CN')} 文本`;
  },
  en: (p) => {
    if ('part' in p) {
      return `over the size limit: the register${enPart(p)} inflates too far; keep only the register sheet, save it again and import`;
    }
    if ('fileBytes' in p) {
      return `over the size limit: the register file is ${byteSize(p.fileBytes, 'en')}, over ${byteSize(p.limitBytes, 'en')}`;
    }
    return `over the size limit: the register holds more than ${p.maxRows} rows or ${byteSize(p.maxTextBytes, 'en')} of text`;
  },
};

export const registerFileCatalogue: CatalogueOf<RegisterFileErrorParams> = {
  empty: fixedWords('文件为空', 'the file is empty'),
  'unsupported-format': {
    kind: 'refused',
    zh: ({ found }) => `不是 CSV 或 XLSX 文件（${NOT_A_REGISTER[found].zh}）`,
    en: ({ found }) => `not a CSV or XLSX file (${NOT_A_REGISTER[found].en})`,
  },
  encrypted: fixedWords(
    '文件已加密：请在 Excel 中取消打开密码后另存为 .xlsx 或 CSV 再导入',
    'the file is encrypted: remove its password in Excel, save it as .xlsx or CSV, then import',
  ),
  'legacy-xls': fixedWords(
    '这是旧版 Excel（.xls）文件，不能直接导入：请在 Excel 中另存为 .xlsx 或 CSV（如有密码请先取消）',
    'this is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import',
  ),
  'corrupt-xlsx': {
    kind: 'refused',
    zh: ({ reason }) =>
      reason === 'no-sheet'
        ? 'XLSX 文件中没有工作表'
        : 'XLSX 文件已损坏或不是有效的 Excel 工作簿，无法读取',
    en: ({ reason }) =>
      reason === 'no-sheet'
        ? 'the XLSX file has no sheet'
        : 'the XLSX file is damaged or is not a valid Excel workbook',
  },
  'no-header': fixedWords(
    '找不到“申报编号”列：请确认这是网上申报系统导出的申报登记表，且表头含“申报编号”',
    'no "申报编号" (application number) column: check that this is the register exported from the online system',
  ),
  'zip-bomb': zipBomb,
  'too-large': tooLarge,
  'register-reader-failed': {
    kind: 'refused',
    zh: ({ ended }) =>
      ended
        ? '读取登记表的进程意外退出：文件很可能已损坏'
        : '读取登记表的进程发送的数据不合规，已终止',
    en: ({ ended }) =>
      ended
        ? 'the process reading the register ended unexpectedly: the file is most likely damaged'
        : 'the process reading the register broke its protocol and was stopped',
  },
};
