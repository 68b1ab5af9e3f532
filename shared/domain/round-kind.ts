import { z } from 'zod';

/** 评审轮次类型: 资料评审 (material) or 答辩评审 (defense), Articles 19 and 20. */
export const RoundKindSchema = z.enum(['material', 'defense']);
export type RoundKind = z.infer<typeof RoundKindSchema>;

export const roundKindLabels: Readonly<Record<RoundKind, { zh: string; en: string }>> = {
  material: { zh: '资料评审', en: 'Material review' },
  defense: { zh: '答辩评审', en: 'Defense review' },
};
