/**
 * The roster statement sealing gives one person, from the manifest it seals for them (version 3):
 * case, round, rubric digest, package sequence, the office's keys, the person's keys (their
 * roster entry) and seats. `reviewSections` is the sealer's to count, since a manifest lists only
 * the applications its reader may see: the applications of the groups the person reviews in the
 * round, their conflicts included (0 for a seat that writes no review).
 */
import type { KeyObject } from 'node:crypto';
import type { SignedRosterStatement } from '../../../shared/bundle/roster-statement';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { signRosterStatement } from './roster-statement';

export function rosterStatementForManifest(
  officeSigningKey: KeyObject,
  manifest: Omit<CaseManifest, 'rosterStatement'>,
  reviewSections: number,
): SignedRosterStatement {
  const { recipient, office } = manifest;
  const person = manifest.roster.find((p) => p.expertId === recipient.expertId);
  if (person === undefined) throw new RangeError('the recipient is not in the roster');
  return signRosterStatement(officeSigningKey, {
    format: 'qb-roster-statement',
    version: 1,
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    rubricDigest: manifest.rubricDigest,
    packageSequence: manifest.packageSequence,
    office: {
      fingerprint: office.fingerprint,
      signingPublicKey: office.signingPublicKey,
      ageRecipient: office.ageRecipient,
    },
    reviewSections,
    member: {
      expertId: person.expertId,
      fingerprint: person.fingerprint,
      signingPublicKey: person.signingPublicKey,
      ageRecipient: person.ageRecipient,
      seats: person.seats.map((s) => ({
        role: s.role,
        ...(s.groupId === undefined ? {} : { groupId: s.groupId }),
      })),
    },
  });
}
