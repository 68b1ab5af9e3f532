/**
 * Writing an expert's review bundle (docs/bundle-format.md, "Writing"): each application's
 * section sealed under its own key, wrapped for exactly its readers; the header naming case,
 * round, rubric digest, sequence, author and the office's roster statement, with every section's
 * hash and readers commitment; one Ed25519 signature by the author over prefix and header.
 * Signing needs the unlocked identity, and it must be the person the roster statement certifies.
 */
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import type { ReviewBundleHeader } from '../../../shared/bundle/bundle-header';
import {
  REVIEW_BUNDLE_FORMAT,
  ReviewBundleHeaderSchema,
} from '../../../shared/bundle/bundle-header';
import { MAX_HEADER_BYTES } from '../../../shared/bundle/bundle-limits';
import type {
  ApplicationReview,
  DeclaredConflict,
  MaterialHash,
  ReviewSection,
  SignedUndertaking,
} from '../../../shared/bundle/review-content';
import { REVIEW_SECTION_FORMAT, ReviewSectionSchema } from '../../../shared/bundle/review-content';
import { applicationReviewProblems, computedTotal } from '../../../shared/bundle/review-check';
import type { SignedRosterStatement } from '../../../shared/bundle/roster-statement';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { Rubric } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import { jsonDigest } from '../crypto/json-digest';
import { signFor } from '../crypto/signature-context';
import type { Identity } from '../identity/identity';
import type { IdentityCard } from '../identity/identity-card';
import { conflictDeclarationHolds } from '../review/conflict-declaration';
import { BUNDLE_END_MAGIC, bundlePrefix } from './bundle-format';
import { readersCommitment, sortedReaders } from './readers-commitment';
import { rosterStatementHolds } from './roster-statement';
import { sealSections } from './seal-sections';
import { wrapSectionKey } from './section-wrap';
import { undertakingHolds } from './undertaking';

/** A reader of a section: their fingerprint (committed) and age recipient (wrapped to). */
export interface SectionReader {
  readonly fingerprint: string;
  readonly ageRecipient: string;
}

/** A review as the expert's screen holds it: the total is computed here, never typed. */
export type ReviewDraft = Omit<ApplicationReview, 'total'>;

/** One application of the expert's package: what they did with it and who may read it. */
export interface ApplicationToSeal {
  readonly applicationId: string;
  readonly materials: readonly MaterialHash[];
  readonly outcome: ReviewDraft | DeclaredConflict;
  /**
   * Exactly the readers the manifest allows (its reviewReaders, with roster and office keys).
   * The author is added: they may always read what they wrote.
   */
  readonly readers: readonly SectionReader[];
}

export interface ReviewBundleRequest {
  /** The author's unlocked identity: a package opened by passphrase alone has none. */
  readonly identity: Pick<Identity, 'card' | 'signingKey'>;
  /** The author's roster statement, from their package's manifest. */
  readonly roster: SignedRosterStatement;
  /** The round's rubric (its digest must be the statement's). */
  readonly rubric: Rubric;
  /** Higher than every earlier bundle of this author in the case and round. */
  readonly sequence: number;
  readonly undertaking: SignedUndertaking;
  readonly applications: readonly ApplicationToSeal[];
  /** Test seams: the randomness of ids, keys and salts, and the age wrap (vectors fix both). */
  readonly randomBytes?: (length: number) => Uint8Array;
  readonly wrapSectionKey?: (key: Uint8Array, readers: readonly string[]) => Promise<Uint8Array>;
}

function checkAuthor(request: ReviewBundleRequest): void {
  const { card } = request.identity;
  const { statement } = request.roster;
  if (!rosterStatementHolds(request.roster)) {
    throw new AppError('bundle-roster-invalid', {}, 'the roster statement does not verify');
  }
  if (
    statement.member.fingerprint !== card.fingerprint ||
    statement.member.signingPublicKey !== card.signingPublicKey ||
    statement.member.ageRecipient !== card.ageRecipient
  ) {
    throw new AppError('bundle-signer-mismatch', {}, 'the statement certifies someone else');
  }
  if (jsonDigest(request.rubric) !== statement.rubricDigest) {
    throw new AppError('bundle-rubric-digest', {}, "the rubric is not the statement's");
  }
  const u = request.undertaking;
  if (
    u.statement.caseId !== statement.caseId ||
    u.statement.roundId !== statement.roundId ||
    u.statement.fingerprint !== card.fingerprint ||
    !undertakingHolds(u, Buffer.from(card.signingPublicKey, 'base64'))
  ) {
    throw new AppError('bundle-undertaking-invalid', {}, 'not signed by the author for this round');
  }
}

/** The section's readers and its author, each once. */
function withAuthor(readers: readonly SectionReader[], author: SectionReader): SectionReader[] {
  const all = [...readers, author];
  return all.filter((r, i) => all.findIndex((o) => o.fingerprint === r.fingerprint) === i);
}

function sealedOutcome(
  application: ApplicationToSeal,
  rubric: Rubric,
  caseId: string,
  author: IdentityCard,
): ApplicationReview | DeclaredConflict {
  if (application.outcome.kind === 'conflict') {
    const { statement } = application.outcome.declaration;
    if (
      statement.caseId !== caseId ||
      statement.applicationId !== application.applicationId ||
      statement.fingerprint !== author.fingerprint ||
      !conflictDeclarationHolds(
        application.outcome.declaration,
        Buffer.from(author.signingPublicKey, 'base64'),
      )
    ) {
      throw new AppError(
        'bundle-review-invalid',
        { applicationId: application.applicationId },
        'the conflict declaration is not the author’s for this application',
      );
    }
    return application.outcome;
  }
  const total = computedTotal(rubric, application.outcome.partScores);
  const review: ApplicationReview = { ...application.outcome, total: total ?? 0 };
  const problems = total === null ? ['unscored parts'] : applicationReviewProblems(review, rubric);
  if (problems.length > 0) {
    throw new AppError(
      'bundle-review-invalid',
      { applicationId: application.applicationId },
      problems.join('; '),
    );
  }
  return review;
}

/** The bundle's bytes. Throws an AppError of the bundle family when the request cannot be signed. */
export async function writeReviewBundle(request: ReviewBundleRequest): Promise<Uint8Array> {
  checkAuthor(request);
  const random = request.randomBytes ?? ((n: number) => new Uint8Array(cryptoRandomBytes(n)));
  const wrap = request.wrapSectionKey ?? wrapSectionKey;
  const { statement } = request.roster;
  if (request.applications.length > statement.reviewSections) {
    throw new AppError('bundle-section-count', {
      found: request.applications.length,
      expected: statement.reviewSections,
    });
  }
  const seen = new Set<string>();
  for (const application of request.applications) {
    if (seen.has(application.applicationId)) {
      throw new AppError('bundle-duplicate-section', {}, 'one application twice');
    }
    seen.add(application.applicationId);
  }

  const bundleId = random(16);
  const plain = request.applications.map((application) => {
    const salt = random(32);
    const readers = withAuthor(application.readers, request.identity.card);
    const fingerprints = sortedReaders(readers.map((r) => r.fingerprint));
    const section: ReviewSection = ReviewSectionSchema.parse({
      format: REVIEW_SECTION_FORMAT,
      version: 1,
      applicationId: application.applicationId,
      readers: { salt: Buffer.from(salt).toString('hex'), fingerprints },
      undertaking: request.undertaking,
      materials: application.materials,
      outcome: sealedOutcome(application, request.rubric, statement.caseId, request.identity.card),
    });
    return {
      body: Buffer.from(canonicalJson(section), 'utf8'),
      commitment: readersCommitment(salt, fingerprints),
      recipients: readers.map((r) => r.ageRecipient),
    };
  });
  const { parts, records } = await sealSections({
    plain,
    sectionCount: statement.reviewSections,
    bundleId,
    random,
    wrap,
  });

  const card = request.identity.card;
  const header: ReviewBundleHeader = ReviewBundleHeaderSchema.parse({
    format: REVIEW_BUNDLE_FORMAT,
    version: 1,
    bundleId: Buffer.from(bundleId).toString('hex'),
    caseId: statement.caseId,
    roundId: statement.roundId,
    rubricDigest: statement.rubricDigest,
    sequence: request.sequence,
    author: {
      fingerprint: card.fingerprint,
      signingPublicKey: card.signingPublicKey,
      ageRecipient: card.ageRecipient,
    },
    roster: request.roster,
    sections: records,
  });
  const headerBytes = Buffer.from(canonicalJson(header), 'utf8');
  if (headerBytes.length > MAX_HEADER_BYTES) {
    throw new AppError('bundle-too-large', {}, 'the header is longer than its bound');
  }
  const signed = Buffer.concat([bundlePrefix(headerBytes.length), headerBytes]);
  const signature = signFor('reviewBundle', request.identity.signingKey, [signed]);
  return Buffer.concat([signed, ...parts, signature, BUNDLE_END_MAGIC]);
}
