/**
 * Writing a result bundle (docs/result-bundle-format.md): the chair's (or the acting vice-chair's)
 * committee merge sealed as one merge section for those who may read every application, and one
 * section per application for the office, the chair and the vice-chair where allowed; every
 * group bundle merged embedded whole; signed by the signer over the prefix and the header, which
 * holds every group bundle's hash and every section's.
 */
import { createHash, randomBytes as cryptoRandomBytes } from 'node:crypto';
import { MAX_HEADER_BYTES, MAX_SECTIONS } from '../../../shared/bundle/bundle-limits';
import type { SignedRosterStatement } from '../../../shared/bundle/roster-statement';
import { applicationView } from '../../../shared/committee/application-view';
import type { CommitteeMerge } from '../../../shared/committee/committee-merge';
import type { ResultBundleHeader } from '../../../shared/committee/result-bundle-content';
import {
  MAX_GROUP_BUNDLES,
  RESULT_BUNDLE_FORMAT,
  RESULT_SECTION_FORMAT,
  ResultApplicationSectionSchema,
  ResultBundleHeaderSchema,
  ResultMergeSectionSchema,
} from '../../../shared/committee/result-bundle-content';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import { readersCommitment, sortedReaders } from '../bundle/readers-commitment';
import { rosterStatementHolds } from '../bundle/roster-statement';
import { sealSections } from '../bundle/seal-sections';
import type { PlainSection } from '../bundle/seal-sections';
import { wrapSectionKey } from '../bundle/section-wrap';
import type { SectionReader } from '../bundle/write-review-bundle';
import { signFor } from '../crypto/signature-context';
import type { Identity } from '../identity/identity';
import type { EmbeddedGroupBundle } from './prepare-committee-merge';
import { BUNDLE_END_MAGIC, resultBundlePrefix } from './result-bundle-format';

export interface ResultBundleRequest {
  /** The signer's unlocked identity: the chair, or the vice-chair acting for the chair. */
  readonly identity: Pick<Identity, 'card' | 'signingKey'>;
  /** The signer's roster statement from the office (a chair or vice-chair seat). */
  readonly roster: SignedRosterStatement;
  /** Higher than every earlier result bundle of this signer for the round. */
  readonly sequence: number;
  readonly merge: CommitteeMerge;
  /** Every group bundle given to the merge (superseded ones too), each embedded whole. */
  readonly groupBundles: readonly EmbeddedGroupBundle[];
  readonly readersOf: (applicationId: string) => readonly SectionReader[];
  readonly mergeReaders: readonly SectionReader[];
  /** Test seams, as in writeReviewBundle. */
  readonly randomBytes?: (length: number) => Uint8Array;
  readonly wrapSectionKey?: (key: Uint8Array, readers: readonly string[]) => Promise<Uint8Array>;
}

/** The seat the signer's statement gives them, as the result records it. */
function checkSigner(request: ResultBundleRequest): void {
  const { card } = request.identity;
  const { statement } = request.roster;
  const invalid = (detail: string) => new AppError('result-bundle-signer-invalid', {}, detail);
  if (!rosterStatementHolds(request.roster)) throw invalid('the roster statement does not verify');
  if (
    statement.member.fingerprint !== card.fingerprint ||
    statement.member.signingPublicKey !== card.signingPublicKey ||
    statement.member.ageRecipient !== card.ageRecipient
  ) {
    throw new AppError('bundle-signer-mismatch', {}, 'the statement certifies someone else');
  }
  const { merge } = request;
  if (
    statement.caseId !== merge.caseId ||
    statement.roundId !== merge.roundId ||
    statement.rubricDigest !== merge.rubricDigest
  ) {
    throw invalid('another case, round or rubric');
  }
  const seat = merge.signer.role === 'chair' ? 'chair' : 'vice-chair';
  if (
    merge.signer.fingerprint !== card.fingerprint ||
    !statement.member.seats.some((s) => s.role === seat)
  ) {
    throw invalid('no seat for the role the merge records');
  }
  const merged = merge.groupBundles
    .flatMap((g) => [g.digest, ...g.superseded.map((s) => s.digest)])
    .sort();
  const embedded = request.groupBundles.map((g) => g.verified.digest).sort();
  if (merged.join() !== embedded.join()) {
    throw new RangeError('the group bundles are not those the merge was made of');
  }
}

/** One section's plaintext, its commitment and recipients; the signer always reads it. */
function plainSection(
  readers: readonly SectionReader[],
  random: (n: number) => Uint8Array,
  body: (sectionReaders: { salt: string; fingerprints: string[] }) => unknown,
): PlainSection {
  const unique = readers.filter(
    (r, i) => readers.findIndex((o) => o.fingerprint === r.fingerprint) === i,
  );
  const fingerprints = sortedReaders(unique.map((r) => r.fingerprint));
  const salt = random(32);
  const section = body({ salt: Buffer.from(salt).toString('hex'), fingerprints });
  return {
    body: Buffer.from(canonicalJson(section), 'utf8'),
    commitment: readersCommitment(salt, fingerprints),
    recipients: unique.map((r) => r.ageRecipient),
  };
}

/** The result bundle's bytes; throws an AppError when the request cannot be signed. */
export async function writeResultBundle(request: ResultBundleRequest): Promise<Uint8Array> {
  checkSigner(request);
  if (
    request.merge.applications.length > MAX_SECTIONS ||
    request.groupBundles.length > MAX_GROUP_BUNDLES
  ) {
    throw new AppError(
      'result-bundle-too-large',
      {},
      'more applications or group bundles than a bundle holds',
    );
  }
  const random = request.randomBytes ?? ((n: number) => new Uint8Array(cryptoRandomBytes(n)));
  const wrap =
    request.wrapSectionKey ??
    ((key: Uint8Array, readers: readonly string[]) =>
      wrapSectionKey(key, readers, 'resultSectionKey'));
  const { merge } = request;
  const { card } = request.identity;
  const self = { fingerprint: card.fingerprint, ageRecipient: card.ageRecipient };
  const bundleId = random(16);

  const mergePlain = plainSection([...request.mergeReaders, self], random, (readers) =>
    ResultMergeSectionSchema.parse({
      format: RESULT_SECTION_FORMAT,
      version: 1,
      kind: 'merge',
      readers,
      merge,
    }),
  );
  const applicationPlain = merge.applications.map(({ applicationId }) =>
    plainSection([...request.readersOf(applicationId), self], random, (readers) =>
      ResultApplicationSectionSchema.parse({
        format: RESULT_SECTION_FORMAT,
        version: 1,
        kind: 'application',
        readers,
        applicationId,
        view: applicationView(merge, applicationId),
      }),
    ),
  );
  const mergePart = await sealSections({
    plain: [mergePlain],
    sectionCount: 1,
    bundleId,
    random,
    wrap,
  });
  const applicationPart = await sealSections({
    plain: applicationPlain,
    sectionCount: applicationPlain.length,
    bundleId,
    random,
    wrap,
  });

  const groups = [...request.groupBundles].sort((a, b) => {
    const x = a.verified.header;
    const y = b.verified.header;
    return (
      (x.groupId < y.groupId ? -1 : x.groupId > y.groupId ? 1 : 0) ||
      (x.merger.fingerprint < y.merger.fingerprint
        ? -1
        : x.merger.fingerprint > y.merger.fingerprint
          ? 1
          : 0) ||
      x.sequence - y.sequence
    );
  });
  const { statement } = request.roster;
  const header: ResultBundleHeader = ResultBundleHeaderSchema.parse({
    format: RESULT_BUNDLE_FORMAT,
    version: 1,
    bundleId: Buffer.from(bundleId).toString('hex'),
    caseId: statement.caseId,
    roundId: statement.roundId,
    roundKind: merge.roundKind,
    rubricDigest: statement.rubricDigest,
    sequence: request.sequence,
    signer: {
      fingerprint: card.fingerprint,
      signingPublicKey: card.signingPublicKey,
      ageRecipient: card.ageRecipient,
    },
    signerRole: merge.signer.role,
    roster: request.roster,
    groups: groups.map((g) => ({
      groupId: g.verified.header.groupId,
      expertId: g.verified.header.roster.statement.member.expertId,
      fingerprint: g.verified.header.merger.fingerprint,
      sequence: g.verified.header.sequence,
      sha256: createHash('sha256').update(g.bytes).digest('hex'),
      length: g.bytes.length,
    })),
    mergeSection: mergePart.records[0],
    sections: applicationPart.records,
  });
  const headerBytes = Buffer.from(canonicalJson(header), 'utf8');
  if (headerBytes.length > MAX_HEADER_BYTES) {
    throw new AppError('result-bundle-too-large', {}, 'the header is longer than its bound');
  }
  const signed = Buffer.concat([resultBundlePrefix(headerBytes.length), headerBytes]);
  const signature = signFor('resultBundle', request.identity.signingKey, [signed]);
  return Buffer.concat([
    signed,
    ...groups.map((g) => g.bytes),
    ...mergePart.parts,
    ...applicationPart.parts,
    signature,
    BUNDLE_END_MAGIC,
  ]);
}
