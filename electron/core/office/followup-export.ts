/**
 * The office's follow-up record, exported for anyone to verify offline (issue 11, point 3): one
 * JSON file holding the workspace's id, the year, the office's public card, the applications
 * and committee members the acts name (ids with their numbers and names, so the file reads on
 * its own), every act with who and when, and the office's Ed25519 signature over the canonical
 * JSON of all that (context "QBOFFICE follow-up record v1\0"). It is a deliberate plaintext
 * export: what it holds (objectors, findings) is the office's to hand to the association or an
 * auditor; docs/office-followup.md says so.
 */
import { z } from 'zod';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import { FollowUpSchema } from '../../../shared/office/followup/followup-acts';
import type { FollowUp } from '../../../shared/office/followup/followup-acts';
import { followUpState } from '../../../shared/office/followup/followup-state';
import type { FollowUpState } from '../../../shared/office/followup/followup-state';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { signFor, verifyFor } from '../crypto/signature-context';
import { normaliseFingerprint } from '../identity/fingerprint';
import type { Identity } from '../identity/identity';
import {
  identityCardSchema,
  parseIdentityCard,
  signingPublicKeyOf,
} from '../identity/identity-card';

export const FOLLOW_UP_EXPORT_FORMAT = 'qb-office-followup';

const NamedApplication = z
  .object({
    id: z.string().min(1).max(64),
    applicationNo: z.string().max(64),
    applicantName: z.string().max(200),
    experienceTitle: z.string().max(300),
  })
  .strict();

const CommitteeMember = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(100),
    seat: z.enum(['chair', 'vice-chair']),
  })
  .strict();

const UnsignedExportSchema = z
  .object({
    format: z.literal(FOLLOW_UP_EXPORT_FORMAT),
    version: z.literal(1),
    workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
    year: z.number().int().min(2000).max(2100),
    exportedAt: z.iso.datetime({ offset: true }),
    office: identityCardSchema,
    applications: z.array(NamedApplication).max(10_000),
    committee: z.array(CommitteeMember).max(2),
    followUp: FollowUpSchema,
  })
  .strict();

const SignedExportSchema = UnsignedExportSchema.extend({
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
}).strict();

export type FollowUpExport = z.infer<typeof SignedExportSchema>;

/** The file's bytes: the export, signed by the office, as pretty JSON (it is read by people too). */
export function exportFollowUp(
  record: OfficeRecord,
  office: Identity,
  workspaceId: string,
  now: Date,
): Uint8Array {
  const followUp: FollowUp = record.followUp ?? { acts: [] };
  const named = new Set(
    followUp.acts.flatMap((a) =>
      'applicationIds' in a ? a.applicationIds : 'applicationId' in a ? [a.applicationId] : [],
    ),
  );
  const { chairId, viceChairId } = record.committee;
  const seats = [
    ...(chairId ? [{ id: chairId, seat: 'chair' as const }] : []),
    ...(viceChairId ? [{ id: viceChairId, seat: 'vice-chair' as const }] : []),
  ];
  const unsigned = UnsignedExportSchema.parse({
    format: FOLLOW_UP_EXPORT_FORMAT,
    version: 1,
    workspaceId,
    year: record.year,
    exportedAt: now.toISOString(),
    office: office.card,
    applications: record.applications
      .filter((a) => named.has(a.id))
      .map(({ id, applicationNo, applicantName, experienceTitle }) => ({
        id,
        applicationNo,
        applicantName,
        experienceTitle,
      })),
    committee: seats.map(({ id, seat }) => ({
      id,
      seat,
      name: record.experts.find((e) => e.id === id)?.name ?? '',
    })),
    followUp,
  });
  const signature = signFor('officeFollowUp', office.signingKey, [
    Buffer.from(canonicalJson(unsigned), 'utf8'),
  ]);
  const signed = { ...unsigned, signature: Buffer.from(signature).toString('base64') };
  return new TextEncoder().encode(`${JSON.stringify(signed, null, 2)}\n`);
}

export interface VerifiedFollowUp {
  readonly export: FollowUpExport;
  /** The fingerprint of the office that signed it: to compare with the one the office gave. */
  readonly officeFingerprint: string;
  readonly state: FollowUpState;
}

/**
 * Checks an export without any key: its shape, the office card's own signature, the office's
 * signature over everything else, the acts numbered in order and every id they name listed;
 * with `expectedOffice`, that the office is that one. Refuses with 'followup-export-damaged'
 * or 'followup-export-other-office'.
 */
export function verifyFollowUpExport(bytes: Uint8Array, expectedOffice?: string): VerifiedFollowUp {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('followup-export-damaged', {}, 'not UTF-8 JSON');
  }
  const parsed = SignedExportSchema.safeParse(json);
  if (!parsed.success) throw new AppError('followup-export-damaged', {}, 'not the export schema');
  const exported = parsed.data;
  const card = parseIdentityCard(exported.office);
  if (card.role !== 'office')
    throw new AppError('followup-export-damaged', {}, 'not an office card');
  const { signature, ...unsigned } = exported;
  const holds = verifyFor(
    'officeFollowUp',
    signingPublicKeyOf(card),
    [Buffer.from(canonicalJson(unsigned), 'utf8')],
    Buffer.from(signature, 'base64'),
  );
  if (!holds) throw new AppError('followup-export-damaged', {}, 'signature does not hold');
  if (
    expectedOffice !== undefined &&
    normaliseFingerprint(expectedOffice) !== normaliseFingerprint(card.fingerprint)
  ) {
    throw new AppError('followup-export-other-office');
  }
  const acts = exported.followUp.acts;
  const applications = new Set(exported.applications.map((a) => a.id));
  acts.forEach((act, i) => {
    if (act.seq !== i + 1)
      throw new AppError('followup-export-damaged', {}, `act ${i + 1} out of order`);
    const ids =
      'applicationIds' in act
        ? act.applicationIds
        : 'applicationId' in act
          ? [act.applicationId]
          : [];
    if (ids.some((id) => !applications.has(id))) {
      throw new AppError(
        'followup-export-damaged',
        {},
        `act ${act.seq} names an unlisted application`,
      );
    }
  });
  return {
    export: exported,
    officeFingerprint: card.fingerprint,
    state: followUpState(exported.followUp),
  };
}
