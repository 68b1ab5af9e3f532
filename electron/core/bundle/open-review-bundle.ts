/**
 * A reader opening a verified review bundle (docs/bundle-format.md, "Opening"): each section
 * whose wrap has a stanza for their identity is unwrapped, decrypted and checked (readers
 * commitment, the reader among the readers, the undertaking, one section per application, and,
 * when the reader's package is given, the rubric, the material hashes and the manifest's
 * readers); every other section stays closed and is listed as not theirs. Nothing of a section
 * is returned before all of its checks have passed.
 */
import type { ReviewSection, SignedUndertaking } from '../../../shared/bundle/review-content';
import { ReviewSectionSchema } from '../../../shared/bundle/review-content';
import { applicationReviewProblems } from '../../../shared/bundle/review-check';
import { isPlainReviewSection } from '../../../shared/bundle/review-section-shape';
import { canonicalJsonEqual } from '../../../shared/domain/canonical-json';
import type { Rubric } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import type { Identity } from '../identity/identity';
import { conflictDeclarationHolds } from '../review/conflict-declaration';
import { sortedReaders } from './readers-commitment';
import { checkCommittedReaders, parseCanonicalSection } from './section-plaintext';
import { decryptSection, sectionCipherKey } from './section-cipher';
import { unwrapSectionKeys, wipeUnwrapped } from './section-wrap';
import { undertakingHolds } from './undertaking';
import type { VerifiedBundle } from './verify-review-bundle';

/** What the reader's own package says about the round, to check the sections against. */
export interface ReaderPackageFacts {
  readonly rubric?: Rubric;
  /** The materials of the package (id, application, SHA-256). */
  readonly materials?: readonly { materialId: string; applicationId: string; sha256: string }[];
  /**
   * Per application, the fingerprints of those who may read its reviews (the manifest's
   * reviewReaders); the author is a reader of their own sections besides.
   */
  readonly reviewReaders?: ReadonlyMap<string, readonly string[]>;
}

export interface OpenedSection {
  /** The section's number in the bundle, from 1. */
  readonly number: number;
  readonly section: ReviewSection;
}

export interface OpenedBundle {
  readonly verified: VerifiedBundle;
  readonly sections: readonly OpenedSection[];
  /** Numbers (from 1) of the sections not encrypted for this identity. */
  readonly notForReader: readonly number[];
}

function parseSection(bytes: Uint8Array, number: number): ReviewSection {
  return parseCanonicalSection(
    bytes,
    ReviewSectionSchema,
    (detail) => new AppError('bundle-section-invalid', { section: number }, detail),
    isPlainReviewSection,
  );
}

function checkSection(
  verified: VerifiedBundle,
  section: ReviewSection,
  number: number,
  readerFingerprint: string,
  facts: ReaderPackageFacts,
  /** Undertakings already verified in this bundle, by signature: each section carries one. */
  undertakings: Map<string, SignedUndertaking[]>,
): void {
  const { header } = verified;
  const invalid = (detail: string) =>
    new AppError('bundle-section-invalid', { section: number }, detail);
  const fingerprints = section.readers.fingerprints;
  checkCommittedReaders(section.readers, header.sections[number - 1]?.readersCommitment, invalid);
  if (!fingerprints.includes(readerFingerprint))
    throw invalid('wrapped for a reader it does not list');
  const u = section.undertaking;
  // The same undertaking in every section: its signature is verified once per bundle (an
  // identical statement and signature, the same canonical JSON, verify alike), a different one
  // on its own.
  const alike = undertakings.get(u.signature);
  const seen = alike?.some((verified) => canonicalJsonEqual(verified, u)) === true;
  if (
    u.statement.caseId !== header.caseId ||
    u.statement.roundId !== header.roundId ||
    u.statement.fingerprint !== header.author.fingerprint ||
    (!seen && !undertakingHolds(u, Buffer.from(header.author.signingPublicKey, 'base64')))
  ) {
    throw new AppError('bundle-undertaking-invalid');
  }
  if (!seen) undertakings.set(u.signature, [...(alike ?? []), u]);
  const { applicationId } = section;
  if (section.outcome.kind === 'conflict') {
    const declared = section.outcome.declaration;
    if (
      declared.statement.caseId !== header.caseId ||
      declared.statement.applicationId !== applicationId ||
      declared.statement.fingerprint !== header.author.fingerprint ||
      !conflictDeclarationHolds(declared, Buffer.from(header.author.signingPublicKey, 'base64'))
    ) {
      throw invalid('the conflict declaration is not the author’s for this application');
    }
  }
  const allowed = facts.reviewReaders?.get(applicationId);
  const expected = allowed && sortedReaders([...allowed, header.author.fingerprint]);
  if (expected !== undefined && expected.join() !== fingerprints.join()) {
    throw invalid("the readers differ from the manifest's");
  }
  if (facts.rubric !== undefined && section.outcome.kind === 'review') {
    const problems = applicationReviewProblems(section.outcome, facts.rubric);
    if (problems.length > 0) {
      throw new AppError('bundle-review-invalid', { applicationId }, problems.join('; '));
    }
  }
  if (facts.materials !== undefined && section.outcome.kind === 'review') {
    const mine = facts.materials.filter((m) => m.applicationId === applicationId);
    const listed = new Map(section.materials.map((m) => [m.materialId, m.sha256]));
    const same =
      listed.size === section.materials.length &&
      mine.length === listed.size &&
      mine.every((m) => listed.get(m.materialId) === m.sha256);
    if (!same) throw new AppError('bundle-material-hash', { applicationId });
  }
}

/**
 * Opens the sections of `verified` that are for `identity`. Throws `bundle-not-a-reader` when
 * none is, and an AppError of the bundle (or crypto) family when an opened section is wrong.
 */
export async function openReviewBundle(
  verified: VerifiedBundle,
  identity: Pick<Identity, 'card' | 'ageIdentity'>,
  facts: ReaderPackageFacts = {},
  /**
   * Section keys the caller already holds, by section index (from 0): a group section carries
   * them (docs/group-bundle-format.md, "Member section keys"); only the other wraps are unwrapped.
   */
  givenKeys: ReadonlyMap<number, Uint8Array> = new Map(),
): Promise<OpenedBundle> {
  const { frame } = verified;
  const bundleId = Buffer.from(frame.header.bundleId, 'hex');
  const sections: OpenedSection[] = [];
  const notForReader: number[] = [];
  const applications = new Set<string>();
  const undertakings = new Map<string, SignedUndertaking[]>();
  // Every wrap opened with one import of the identity's key; a wrap's failure is met in order.
  const toUnwrap = frame.sections.flatMap((s, index) => (givenKeys.has(index) ? [] : [s.wrap]));
  const opened = await unwrapSectionKeys(toUnwrap, identity.ageIdentity);
  let next = 0;
  const unwrapped = frame.sections.map((_, index) => {
    const given = givenKeys.get(index);
    return given === undefined ? opened[next++]! : { key: Uint8Array.from(given) };
  });
  try {
    for (const [index, bytes] of frame.sections.entries()) {
      const number = index + 1;
      const outcome = unwrapped[index]!;
      if ('error' in outcome) throw outcome.error;
      const sectionKey = outcome.key;
      if (sectionKey === null) {
        notForReader.push(number);
        continue;
      }
      const plaintext = decryptSection(
        sectionCipherKey(sectionKey, bundleId, index),
        bytes.ciphertext,
        number,
      );
      sectionKey.fill(0);
      const section = parseSection(plaintext, number);
      checkSection(verified, section, number, identity.card.fingerprint, facts, undertakings);
      if (applications.has(section.applicationId)) {
        throw new AppError('bundle-duplicate-section', {}, 'two sections for one application');
      }
      applications.add(section.applicationId);
      sections.push({ number, section });
    }
  } finally {
    wipeUnwrapped(unwrapped);
  }
  if (sections.length === 0) throw new AppError('bundle-not-a-reader');
  return { verified, sections, notForReader };
}
