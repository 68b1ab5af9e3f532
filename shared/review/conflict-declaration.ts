/**
 * 声明回避: the expert's own declaration that they are in conflict with an application (Article
 * 15; the same kinds the office records, shared/domain/conflict.ts). Signed in main with the
 * expert's Ed25519 key under its own context (`QBREVIEW conflict declaration v1\0`) over the
 * canonical JSON of the statement, kept in their journal, and carried into the review bundle as
 * the application's outcome. From the moment it is written the application is closed to them.
 */
import { z } from 'zod';
import { BundleIdText, FingerprintText, Hex128, SignatureText } from '../bundle/bundle-fields';
import { ConflictKindSchema } from '../domain/conflict';
import { schemaRule } from '../errors/schema-rules';

/** The longest reason: as the office's own record of a conflict. */
export const CONFLICT_REASON_MAX_LENGTH = 500;

export const ConflictDeclarationStatementSchema = z
  .strictObject({
    caseId: Hex128,
    /** The round in which it was declared; the application stays closed in every round. */
    roundId: BundleIdText,
    applicationId: BundleIdText,
    /** The declaring expert's fingerprint (the journal's owner). */
    fingerprint: FingerprintText,
    conflictKind: ConflictKindSchema,
    /** Why; required for `other`, '' when the kind says it all. */
    reason: z.string().max(CONFLICT_REASON_MAX_LENGTH),
    /** The laptop's clock: shown, never used to order anything. */
    declaredAt: z.iso.datetime({ offset: true }),
  })
  .refine((s) => s.conflictKind !== 'other' || s.reason.trim() !== '', {
    message: schemaRule('other-conflict-needs-reason'),
    path: ['reason'],
  });
export type ConflictDeclarationStatement = z.infer<typeof ConflictDeclarationStatementSchema>;

/** The statement and the expert's signature (base64) over its canonical JSON. */
export const SignedConflictDeclarationSchema = z.strictObject({
  statement: ConflictDeclarationStatementSchema,
  signature: SignatureText,
});
export type SignedConflictDeclaration = z.infer<typeof SignedConflictDeclarationSchema>;
