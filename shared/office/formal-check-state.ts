import { z } from 'zod';

/** 审查结论: of one item, or of the whole formal check. */
export const FormalCheckStateSchema = z.enum(['pass', 'fail', 'pending']);
export type FormalCheckState = z.infer<typeof FormalCheckStateSchema>;

export const formalCheckStateLabels: Readonly<
  Record<FormalCheckState, { zh: string; en: string }>
> = {
  pass: { zh: '通过', en: 'Pass' },
  fail: { zh: '未通过', en: 'Fail' },
  pending: { zh: '待定', en: 'Pending' },
};

/** 'fail' if any item fails, 'pass' if all pass, else 'pending' (also for no items at all). */
export function combineFormalCheckStates(states: readonly FormalCheckState[]): FormalCheckState {
  if (states.includes('fail')) return 'fail';
  if (states.length > 0 && states.every((s) => s === 'pass')) return 'pass';
  return 'pending';
}
