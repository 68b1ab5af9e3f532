/**
 * 名单证明: the office's signed statement that one person holds seats in one case and round,
 * with the keys of the identity card it registered. Sealing gives each person theirs (in their
 * package's manifest); a review bundle carries its author's, so anyone can check, without any
 * key, that the author is on the case's roster (docs/bundle-format.md, "The roster statement").
 * It names only that person: no names, nobody else's seat, nothing of anyone's conflicts.
 */
import { z } from 'zod';
import { ExpertRoleSchema } from '../domain/expert';
import type { ExpertRole } from '../domain/expert';
import {
  BundleIdText,
  RoundIdText,
  Hex128,
  Hex256,
  PersonKeysSchema,
  SignatureText,
} from './bundle-fields';
import { MAX_SECTIONS } from './bundle-limits';

export const ROSTER_STATEMENT_FORMAT = 'qb-roster-statement';

export const RosterSeatSchema = z.strictObject({
  role: ExpertRoleSchema,
  groupId: BundleIdText.optional(),
});
export type RosterSeat = z.infer<typeof RosterSeatSchema>;

export const RosterStatementSchema = z.strictObject({
  format: z.literal(ROSTER_STATEMENT_FORMAT),
  version: z.literal(1),
  caseId: Hex128,
  roundId: RoundIdText,
  /** SHA-256 (hex) of the round's rubric as canonical JSON, as in the manifest. */
  rubricDigest: Hex256,
  /** The person's package sequence the statement was sealed with (which sealing said so). */
  packageSequence: z.number().int().positive(),
  office: PersonKeysSchema,
  /**
   * How many sections every review bundle of this person in the round has: the applications of
   * the groups they review, those they are in conflict with included. The writer fills up with
   * sections nobody can open, so the count tells nothing of their conflicts. 0 for a seat
   * that writes no review (the chair, the vice-chair).
   */
  reviewSections: z.number().int().min(0).max(MAX_SECTIONS),
  member: PersonKeysSchema.extend({
    expertId: BundleIdText,
    seats: z.array(RosterSeatSchema).min(1).max(8),
  }),
});
export type RosterStatement = z.infer<typeof RosterStatementSchema>;

/** The statement and the office's Ed25519 signature over its canonical JSON. */
export const SignedRosterStatementSchema = z.strictObject({
  statement: RosterStatementSchema,
  signature: SignatureText,
});
export type SignedRosterStatement = z.infer<typeof SignedRosterStatementSchema>;

/** The seats that write review bundles: a group's members and its leader (who also scores). */
export const REVIEWING_ROLES: readonly ExpertRole[] = ['member', 'leader'];

/** Whether a statement's seats let its person write review bundles in the round. */
export function holdsReviewSeat(statement: RosterStatement): boolean {
  return statement.member.seats.some((seat) => REVIEWING_ROLES.includes(seat.role));
}
