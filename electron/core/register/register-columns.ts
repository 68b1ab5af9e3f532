/** 登记表字段: what a column of the online system's register holds. */
export type RegisterField =
  | 'applicationNo'
  | 'applicantName'
  | 'experienceTitle'
  | 'recommendingUnit'
  | 'scope'
  | 'focusArea'
  | 'isSme'
  | 'industry'
  | 'organisationRegion';

/**
 * The headers accepted for each field, as normaliseHeader leaves them. When a file has two
 * headers for one field, the one listed first here wins ('申报单位全称' over '申报单位').
 */
export const registerHeaderSynonyms: Readonly<Record<RegisterField, readonly string[]>> = {
  applicationNo: ['申报编号', '申报编码', '申报号', '编号', '项目编号'],
  applicantName: [
    '申报单位全称',
    '申报单位名称',
    '申报单位',
    '单位全称',
    '单位名称',
    '申报企业名称',
    '申报企业',
    '企业名称',
  ],
  experienceTitle: ['经验名称', '申报经验名称', '标杆经验名称', '申报经验', '经验题目', '项目名称'],
  recommendingUnit: ['推荐单位', '推荐单位名称', '推荐单位全称'],
  scope: ['遴选范围', '申报范围', '遴选范围类别', '范围'],
  focusArea: ['重点领域', '重点关注领域', '所属重点领域'],
  isSme: ['是否中小企业', '是否为中小企业', '中小企业'],
  industry: ['所属行业', '行业', '行业类别', '所属行业类别'],
  organisationRegion: ['所在地区', '所属地区', '地区', '所在省份', '省份', '所在省市', '所在地'],
};

/** Without these the rows cannot become applications; only 申报编号 is needed to read the file. */
export const requiredRegisterFields: readonly RegisterField[] = [
  'applicationNo',
  'applicantName',
  'experienceTitle',
  'recommendingUnit',
];

export const registerFieldLabels: Readonly<Record<RegisterField, string>> = {
  applicationNo: '申报编号',
  applicantName: '申报单位全称',
  experienceTitle: '经验名称',
  recommendingUnit: '推荐单位',
  scope: '遴选范围',
  focusArea: '重点领域',
  isSme: '是否中小企业',
  industry: '所属行业',
  organisationRegion: '所在地区',
};

/**
 * A header as compared: NFKC (full-width letters and brackets become half-width), whitespace
 * and asterisks removed, a bracketed note ('（必填）') and a trailing colon dropped.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[:：]$/, '');
}

/** The field a header names and its rank among the field's synonyms; null for other headers. */
export function fieldOfHeader(header: string): { field: RegisterField; rank: number } | null {
  const normalised = normaliseHeader(header);
  for (const [field, synonyms] of Object.entries(registerHeaderSynonyms)) {
    const rank = synonyms.indexOf(normalised);
    if (rank >= 0) return { field: field as RegisterField, rank };
  }
  return null;
}

/** Where each field is in a header row. */
export interface RegisterColumn {
  readonly field: RegisterField;
  readonly header: string;
  readonly columnIndex: number;
}

/** The header row's columns, the best synonym per field, and the headers not used. */
export function mapHeaderRow(cells: readonly string[]): {
  columns: RegisterColumn[];
  ignoredHeaders: string[];
} {
  const best = new Map<RegisterField, RegisterColumn & { rank: number }>();
  const ignoredHeaders: string[] = [];
  cells.forEach((header, columnIndex) => {
    const found = fieldOfHeader(header);
    if (found === null) {
      if (header.trim() !== '') ignoredHeaders.push(header.trim());
      return;
    }
    const current = best.get(found.field);
    if (current === undefined || found.rank < current.rank) {
      if (current) ignoredHeaders.push(current.header);
      best.set(found.field, {
        field: found.field,
        header: header.trim(),
        columnIndex,
        rank: found.rank,
      });
    } else {
      ignoredHeaders.push(header.trim());
    }
  });
  const columns = [...best.values()]
    .map(({ rank: _rank, ...column }) => column)
    .sort((a, b) => a.columnIndex - b.columnIndex);
  return { columns, ignoredHeaders };
}

/** How far down a sheet the header row is looked for (a title row or two may come first). */
export const HEADER_SEARCH_ROWS = 20;

/** True for the header row: one of its cells names 申报编号. */
export function isHeaderRow(cells: readonly string[]): boolean {
  return cells.some((cell) => fieldOfHeader(cell)?.field === 'applicationNo');
}
