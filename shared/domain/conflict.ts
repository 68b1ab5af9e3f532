import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';

/** 回避情形: why an expert must not see or score an application. */
export const ConflictKindSchema = z.enum([
  'same-organisation',
  'employed-or-director-within-3-years',
  'relative',
  'same-recommending-unit-or-region',
  'other',
]);
export type ConflictKind = z.infer<typeof ConflictKindSchema>;

export const conflictKindLabels: Readonly<Record<ConflictKind, { zh: string; en: string }>> = {
  'same-organisation': { zh: '与申报单位为同一单位', en: 'Same organisation' },
  'employed-or-director-within-3-years': {
    zh: '近三年内在申报单位任职或担任董事',
    en: 'Employed by or director of the applicant within three years',
  },
  relative: {
    zh: '近亲属在申报单位任职或担任高级管理人员',
    en: 'A close relative works for or manages the applicant',
  },
  'same-recommending-unit-or-region': {
    zh: '与申报单位属同一推荐单位或地区',
    en: 'Same recommending unit or region',
  },
  other: { zh: '其他（须说明理由）', en: 'Other (reason required)' },
};

const Id = z.string().min(1).max(64);

/** 利益冲突: recorded by the office; the application never enters the expert's package. */
export const ConflictOfInterestSchema = z
  .object({
    expertId: Id,
    applicationId: Id,
    kind: ConflictKindSchema,
    reason: z.string().trim().max(500).optional(),
  })
  .refine((c) => c.kind !== 'other' || (c.reason ?? '') !== '', {
    message: schemaRule('other-conflict-needs-reason'),
    path: ['reason'],
  });
export type ConflictOfInterest = z.infer<typeof ConflictOfInterestSchema>;

/** True when any recorded conflict pairs this expert with this application. */
export function hasConflict(
  conflicts: readonly Pick<ConflictOfInterest, 'expertId' | 'applicationId'>[],
  expertId: string,
  applicationId: string,
): boolean {
  return conflicts.some((c) => c.expertId === expertId && c.applicationId === applicationId);
}
