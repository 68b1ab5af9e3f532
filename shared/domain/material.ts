import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';

/** 材料类型: what a file in an application's archive is (notice 一.(二).3). */
export const MaterialKindSchema = z.enum([
  'application-text',
  'recommendation-form',
  'commitment-letter',
  'evidence',
  'unknown',
]);
export type MaterialKind = z.infer<typeof MaterialKindSchema>;

export const materialKindLabels: Readonly<Record<MaterialKind, { zh: string; en: string }>> = {
  'application-text': { zh: '申报材料', en: 'Application text' },
  'recommendation-form': { zh: '推荐表', en: 'Recommendation form' },
  'commitment-letter': { zh: '承诺书', en: 'Commitment letter' },
  evidence: { zh: '其他证明材料', en: 'Other evidence' },
  unknown: { zh: '未识别', en: 'Unrecognised' },
};

/** 申报材料文件: one file of an application, identified by its content hash. */
export const MaterialSchema = z.object({
  id: z.string().min(1).max(64),
  applicationId: z.string().min(1).max(64),
  kind: MaterialKindSchema,
  fileName: z.string().min(1).max(255),
  mediaType: z.string().min(1).max(127),
  /** Bytes. */
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, schemaRule('sha256-format')),
});
export type Material = z.infer<typeof MaterialSchema>;
