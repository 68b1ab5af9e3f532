import { z } from 'zod';
import { AppError } from '../errors';
import type { OfficeRecord } from './office-record-fields';
import { OfficeIdSchema } from './office-id';

/**
 * 已发放案卷包: one package the office sealed for one person. The sequence counts every package
 * sealed for that person in this case (1, 2, 3…) and is signed into the package's manifest, so
 * a reader keeps the newest by it, never by a clock.
 */
export const IssuedPackageSchema = z.object({
  roundId: OfficeIdSchema,
  expertId: OfficeIdSchema,
  sequence: z.number().int().positive(),
  sealedAt: z.iso.datetime({ offset: true }),
  /** The round's sealing, or one person's package issued again (a lost slip, a late conflict). */
  reason: z.enum(['sealing', 'reissue']),
  note: z.string().trim().max(500).optional(),
});
export type IssuedPackage = z.infer<typeof IssuedPackageSchema>;

/** The sequence the next package sealed for this person carries. */
export function nextPackageSequence(c: OfficeRecord, expertId: string): number {
  return (
    c.issuedPackages
      .filter((p) => p.expertId === expertId)
      .reduce((highest, p) => Math.max(highest, p.sequence), 0) + 1
  );
}

/** Records packages as issued; a sequence already used for the person is refused. */
export function recordIssuedPackages(
  c: OfficeRecord,
  packages: readonly IssuedPackage[],
): OfficeRecord {
  for (const p of packages) {
    if (c.issuedPackages.some((q) => q.expertId === p.expertId && q.sequence >= p.sequence)) {
      throw new AppError('package-sequence-taken', { expertId: p.expertId, sequence: p.sequence });
    }
  }
  return { ...c, issuedPackages: [...c.issuedPackages, ...packages] };
}
