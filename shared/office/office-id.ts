import { z } from 'zod';

/** The ids the office gives applications, materials, experts, groups and rounds. */
export const OfficeIdSchema = z.string().min(1).max(64);

/** 申报编号 as compared: full-width digits and letters folded (NFKC), surrounding space trimmed. */
export function applicationNoKey(applicationNo: string): string {
  return applicationNo.normalize('NFKC').trim();
}
