/**
 * The roster statement (名单证明) a package carries, checked when the package is opened: every
 * review bundle its reader signs carries it, and a verifier with no key checks the author by it
 * alone (docs/bundle-format.md, "The roster statement"). The manifest's schema keeps it optional
 * for packages sealed before it existed; the desk does not: such a package could be read and
 * scored for a day and then never submitted, so it is refused at once, saying the office must
 * seal it again. A statement present must be the office's word on this very package: signed by
 * the office that signed the package, for its case, round, rubric and package sequence, and
 * certifying the recipient with the keys and seats the manifest's roster gives them.
 */
import type { RosterStatement } from '../../../shared/bundle/roster-statement';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { AppError } from '../../../shared/errors';
import type { RosterStatementMismatch } from '../../../shared/errors/catalogue/package-roster';
import { rosterStatementHolds } from '../bundle/roster-statement';
import { normaliseFingerprint } from '../identity/fingerprint';

function mismatch(part: RosterStatementMismatch): AppError<'package-roster-mismatch'> {
  return new AppError('package-roster-mismatch', { part });
}

const sameKey = (a: string, b: string): boolean =>
  Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64'));

const sameFingerprint = (a: string, b: string): boolean => {
  const left = normaliseFingerprint(a);
  return left !== null && left === normaliseFingerprint(b);
};

/** Seats compared as a set: role and group of each. */
function seatsKey(seats: readonly { role: string; groupId?: string | undefined }[]): string {
  return seats
    .map((s) => `${s.role}\u0000${s.groupId ?? ''}`)
    .sort()
    .join('\n');
}

/** The applications the recipient reviews in the package: those of the groups they lead or sit in. */
function reviewedCount(manifest: CaseManifest): number {
  const groups = new Set(
    manifest.recipient.seats
      .filter((s) => s.role === 'leader' || s.role === 'member')
      .flatMap((s) => (s.groupId === undefined ? [] : [s.groupId])),
  );
  return new Set(manifest.groups.filter((g) => groups.has(g.id)).flatMap((g) => g.applicationIds))
    .size;
}

function memberMatches(statement: RosterStatement, manifest: CaseManifest): boolean {
  const { member } = statement;
  const { recipient } = manifest;
  const entry = manifest.roster.find((p) => p.expertId === recipient.expertId);
  return (
    entry !== undefined &&
    member.expertId === recipient.expertId &&
    sameFingerprint(member.fingerprint, recipient.fingerprint) &&
    sameFingerprint(member.fingerprint, entry.fingerprint) &&
    sameKey(member.signingPublicKey, entry.signingPublicKey) &&
    member.ageRecipient === entry.ageRecipient &&
    seatsKey(member.seats) === seatsKey(entry.seats)
  );
}

/**
 * Refuses a manifest (already verified, its office keys the package signer's) whose roster
 * statement is absent (`package-roster-missing`) or not this package's
 * (`package-roster-mismatch`, saying which part).
 */
export function checkRosterStatement(manifest: CaseManifest): void {
  const signed = manifest.rosterStatement;
  if (signed === undefined) throw new AppError('package-roster-missing');
  const { statement } = signed;
  if (!rosterStatementHolds(signed)) throw mismatch('signature');
  const { office } = manifest;
  if (
    !sameFingerprint(statement.office.fingerprint, office.fingerprint) ||
    !sameKey(statement.office.signingPublicKey, office.signingPublicKey) ||
    statement.office.ageRecipient !== office.ageRecipient
  ) {
    throw mismatch('office');
  }
  if (
    statement.caseId !== manifest.caseId ||
    statement.roundId !== manifest.round.id ||
    statement.rubricDigest !== manifest.rubricDigest ||
    statement.packageSequence !== manifest.packageSequence
  ) {
    throw mismatch('case-round');
  }
  if (!memberMatches(statement, manifest)) throw mismatch('member');
  if (statement.reviewSections < reviewedCount(manifest)) throw mismatch('sections');
}
