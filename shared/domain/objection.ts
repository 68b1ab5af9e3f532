import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';

export const ObjectionStatusSchema = z.enum([
  'received',
  'investigating',
  'referred-to-committee',
  'upheld',
  'dismissed',
]);
export type ObjectionStatus = z.infer<typeof ObjectionStatusSchema>;

export const objectionStatusLabels: Readonly<Record<ObjectionStatus, { zh: string; en: string }>> =
  {
    received: { zh: '已受理', en: 'Received' },
    investigating: { zh: '调查核实中', en: 'Investigating' },
    'referred-to-committee': { zh: '已报评审委员会审议', en: 'Referred to the committee' },
    upheld: { zh: '异议成立', en: 'Upheld' },
    dismissed: { zh: '异议不成立', en: 'Dismissed' },
  };

/** 异议 (Article 21): an objection raised during the 10-working-day public notice. */
export const ObjectionSchema = z
  .object({
    id: z.string().min(1).max(64),
    applicationId: z.string().min(1).max(64),
    /** Calendar date, YYYY-MM-DD. */
    receivedAt: z.iso.date(),
    summary: z.string().trim().min(1).max(5_000),
    status: ObjectionStatusSchema,
    /** 调查核实情况; required once the objection is decided. */
    findings: z.string().max(20_000),
  })
  .refine((o) => (o.status !== 'upheld' && o.status !== 'dismissed') || o.findings.trim() !== '', {
    message: schemaRule('objection-needs-findings'),
    path: ['findings'],
  });
export type Objection = z.infer<typeof ObjectionSchema>;
