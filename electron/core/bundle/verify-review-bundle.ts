/**
 * Verifying a review bundle with no key at all (docs/bundle-format.md, "Reading"): structure,
 * the author's signature, every section's hash, the office's roster statement and what it says
 * of the author, case, round and rubric; then, when the caller knows them, the expected office,
 * case, round, rubric digest and roster (from the verifier's own package). Stops at the first
 * failure with its own code.
 */
import type { ReviewBundleHeader } from '../../../shared/bundle/bundle-header';
import { holdsReviewSeat } from '../../../shared/bundle/roster-statement';
import { AppError } from '../../../shared/errors';
import type { PublicKeyRing } from '../crypto/ed25519-keys';
import { fingerprintOf, normaliseFingerprint } from '../identity/fingerprint';
import type { BundleFrame } from './read-bundle-frame';
import { authorSignatureHolds, checkSectionHashes, readBundleFrame } from './read-bundle-frame';
import { rosterStatementHolds } from './roster-statement';

/** A person of the verifier's roster (from their manifest): the fingerprint and the seats' roles. */
export interface ExpectedRosterEntry {
  readonly fingerprint: string;
  readonly roles: readonly string[];
}

/** What the verifier knows on its own; each given field is checked. */
export interface BundleExpectations {
  /** The office fingerprint the verifier was given (typed: any case, spaces, dashes). */
  readonly officeFingerprint?: string;
  readonly caseId?: string;
  readonly roundId?: string;
  readonly rubricDigest?: string;
  /** The case's roster as the verifier's own package names it. */
  readonly roster?: readonly ExpectedRosterEntry[];
}

export interface VerifiedBundle {
  readonly frame: BundleFrame;
  readonly header: ReviewBundleHeader;
  /** SHA-256 (hex) of the file. */
  readonly digest: string;
  /** True when the office fingerprint was compared (given by the caller), false when only named. */
  readonly officeChecked: boolean;
}

function sameKeys(
  a: { fingerprint: string; signingPublicKey: string; ageRecipient: string },
  b: { fingerprint: string; signingPublicKey: string; ageRecipient: string },
): boolean {
  return (
    a.fingerprint === b.fingerprint &&
    a.signingPublicKey === b.signingPublicKey &&
    a.ageRecipient === b.ageRecipient
  );
}

/**
 * What a verifier of many bundles (a group bundle's, down to its members) hands each: the file's
 * SHA-256 it has just computed, and the KeyObjects of that verification.
 */
export interface VerifyingWithin {
  readonly digest: string;
  readonly keys: PublicKeyRing;
}

function checkAuthorSignature(frame: BundleFrame, keys?: PublicKeyRing): void {
  const { author } = frame.header;
  const signingPublicKey = Buffer.from(author.signingPublicKey, 'base64');
  if (!authorSignatureHolds(frame.header, frame.signedBytes, frame.signature, keys)) {
    throw new AppError('bundle-bad-signature');
  }
  if (
    fingerprintOf({ signingPublicKey, ageRecipient: author.ageRecipient }) !== author.fingerprint
  ) {
    throw new AppError(
      'bundle-unknown-author',
      {},
      "the author's keys do not give its fingerprint",
    );
  }
}

function checkRosterStatement(
  header: ReviewBundleHeader,
  officeFingerprint?: string,
  keys?: PublicKeyRing,
): void {
  if (!rosterStatementHolds(header.roster, keys)) throw new AppError('bundle-roster-invalid');
  const { statement } = header.roster;
  if (officeFingerprint !== undefined) {
    const expected = normaliseFingerprint(officeFingerprint);
    if (expected === null) throw new RangeError('the office fingerprint is malformed');
    if (statement.office.fingerprint !== expected) throw new AppError('bundle-unknown-office');
  }
  if (!sameKeys(statement.member, header.author)) {
    throw new AppError('bundle-unknown-author', {}, 'the statement certifies another key');
  }
  if (statement.caseId !== header.caseId || statement.roundId !== header.roundId) {
    throw new AppError('bundle-author-not-in-roster', {}, 'certified for another case or round');
  }
  if (statement.rubricDigest !== header.rubricDigest) {
    throw new AppError('bundle-rubric-digest', {}, "not the rubric of the author's statement");
  }
  if (!holdsReviewSeat(statement)) {
    throw new AppError('bundle-author-not-in-roster', {}, 'no seat that reviews');
  }
  if (header.sections.length !== statement.reviewSections) {
    throw new AppError('bundle-section-count', {
      found: header.sections.length,
      expected: statement.reviewSections,
    });
  }
}

function checkExpectations(header: ReviewBundleHeader, expect: BundleExpectations): void {
  if (
    (expect.caseId !== undefined && expect.caseId !== header.caseId) ||
    (expect.roundId !== undefined && expect.roundId !== header.roundId)
  ) {
    throw new AppError('bundle-wrong-case-round');
  }
  if (expect.rubricDigest !== undefined && expect.rubricDigest !== header.rubricDigest) {
    throw new AppError('bundle-rubric-digest', {}, "not the rubric of the verifier's round");
  }
  if (expect.roster !== undefined) {
    const entry = expect.roster.find((e) => e.fingerprint === header.author.fingerprint);
    if (entry === undefined || !entry.roles.some((r) => r === 'member' || r === 'leader')) {
      throw new AppError('bundle-author-not-in-roster', {}, "not in the verifier's roster");
    }
  }
}

/** Verifies a bundle's bytes; throws an AppError of the bundle family at the first failure. */
export function verifyReviewBundle(
  bytes: Uint8Array,
  expect: BundleExpectations = {},
  within?: VerifyingWithin,
): VerifiedBundle {
  const frame = readBundleFrame(bytes, within?.digest);
  checkAuthorSignature(frame, within?.keys);
  checkSectionHashes(frame);
  checkRosterStatement(frame.header, expect.officeFingerprint, within?.keys);
  checkExpectations(frame.header, expect);
  return {
    frame,
    header: frame.header,
    digest: frame.digest,
    officeChecked: expect.officeFingerprint !== undefined,
  };
}
