import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';
import { UnitIdSchema } from './recommending-unit';

/** 遴选范围: the six items of Article 10, numbered 1–6. */
export const ScopeCategorySchema = z.number().int().min(1).max(6);
export type ScopeCategory = z.infer<typeof ScopeCategorySchema>;

export interface ScopeCategoryInfo {
  readonly id: ScopeCategory;
  readonly numeral: string;
  readonly zh: string;
  readonly en: string;
  /** Article 10's own wording, OCR spaces removed. */
  readonly article: string;
}

export const scopeCategories: readonly ScopeCategoryInfo[] = Object.freeze([
  {
    id: 1,
    numeral: '一',
    zh: '先进质量管理理念和方法',
    en: 'Advanced quality management',
    article:
      '企业运用先进质量管理理念、方法、工具，促进质量变革、效率变革和动力变革，提高质量和效益，促进企业高质量发展的典型经验。',
  },
  {
    id: 2,
    numeral: '二',
    zh: '新技术提升质量',
    en: 'New technologies for quality',
    article:
      '企业运用大数据、人工智能、区块链等新技术手段提升产品和服务质量，提高用户满意度和企业效益，促进质量管理模式创新的典型经验。',
  },
  {
    id: 3,
    numeral: '三',
    zh: '新业态新模式',
    en: 'New business forms and models',
    article: '企业发展新业态、新模式，促进了产品或服务质量明显提升，取得良好经营绩效的典型经验。',
  },
  {
    id: 4,
    numeral: '四',
    zh: '专精特新中小企业',
    en: 'Specialised and innovative SMEs',
    article:
      '中小企业（符合《中小企业划型标准规定》工信部联企业〔2011〕300号标准）具有专业化、特色化、精细化、新颖化特点，并在质量管理创新和质量提升方面具有显著成效的典型经验。',
  },
  {
    id: 5,
    numeral: '五',
    zh: '生产性服务业',
    en: 'Producer services',
    article:
      '生产性服务业如交通运输业、现代物流业、金融服务业、信息服务业和商务服务业等领域企业在提质增效方面的典型案例',
  },
  {
    id: 6,
    numeral: '六',
    zh: '绿色安全与社会公益',
    en: 'Green, health, safety and public welfare',
    article:
      '企业运用质量管理方法（技术）在绿色节能、环保、健康、安全管控等社会公益性事业中取得的重大成果，使企业经济效益、社会效益协调优化的典型经验。',
  },
]);

/** 重点领域: the year's focus areas, notice 一.(一). */
export const FocusAreaSchema = z.enum(['key-basics', 'specialized-sme', 'none']);
export type FocusArea = z.infer<typeof FocusAreaSchema>;

export const focusAreaLabels: Readonly<
  Record<FocusArea, { zh: string; en: string; notice: string | null }>
> = {
  'key-basics': {
    zh: '产业基础领域',
    en: 'Industrial foundations',
    notice:
      '关键基础材料、核心基础零部件（元器件）、先进基础工艺、产业技术基础以及工业基础软件等领域企业运用先进质量管理理念、方法，促进企业高质量发展的典型经验。',
  },
  'specialized-sme': {
    zh: '专精特新中小企业',
    en: 'Specialised and innovative SMEs',
    notice:
      '创新能力强、在细分市场占有率较高、掌握关键核心技术的“专精特新”中小企业，在质量管理创新和质量提升方面的典型经验。',
  },
  none: { zh: '非重点领域', en: 'Not a focus area', notice: null },
};

/** 申报经验: one applicant's experience as recommended by one unit. */
export const ApplicationSchema = z
  .object({
    id: z.string().min(1).max(64),
    /** 申报编号, assigned by the online system. */
    applicationNo: z.string().trim().min(1).max(64),
    /** 申报单位全称. */
    applicantName: z.string().trim().min(1).max(200),
    /** 经验名称. */
    experienceTitle: z.string().trim().min(1).max(200),
    recommendingUnitId: UnitIdSchema,
    scope: ScopeCategorySchema,
    focusArea: FocusAreaSchema,
    isSme: z.boolean(),
    industry: z.string().trim().min(1).max(100).optional(),
    organisationRegion: z.string().trim().min(1).max(100).optional(),
  })
  .refine((a) => a.isSme || (a.scope !== 4 && a.focusArea !== 'specialized-sme'), {
    // Article 10(四) and focus area 2 are by definition about SMEs.
    message: schemaRule('sme-required'),
    path: ['isSme'],
  });
export type Application = z.infer<typeof ApplicationSchema>;

/** The two parts of an archive named "申报编号+申报单位全称" (notice 一.(二).3). */
export interface ArchiveNameParts {
  readonly applicationNo: string;
  readonly applicantName: string;
}

// Multi-volume RAR sets ("….part1.rar") name every volume after the application too.
const ARCHIVE_EXTENSION = /(?:\.part\d{1,3})?\.(?:rar|zip|7z)$/i;
// Company names must be written in Chinese characters, so a trailing ".docx" is a file type.
const OTHER_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,4}$/;

/**
 * Splits an archive's file name (not a path) into 申报编号 and 申报单位全称. Accepts ASCII "+" or
 * full-width "＋", spaces around either part, and an optional .rar/.zip/.7z extension. The
 * number is NFKC-normalised (full-width digits become ASCII); the name keeps its full-width
 * brackets. Returns null when the name does not have exactly one separator and two non-empty
 * parts, when the number contains whitespace, or when it ends in some other extension.
 */
export function parseArchiveName(name: string): ArchiveNameParts | null {
  const stem = name.trim().replace(ARCHIVE_EXTENSION, '').trim();
  if (OTHER_EXTENSION.test(stem)) return null;
  const parts = stem.split(/[+＋]/);
  if (parts.length !== 2) return null;
  const applicationNo = (parts[0] ?? '').normalize('NFKC').trim();
  const applicantName = (parts[1] ?? '').normalize('NFC').trim();
  if (applicationNo === '' || applicantName === '' || /\s/.test(applicationNo)) return null;
  return { applicationNo, applicantName };
}
