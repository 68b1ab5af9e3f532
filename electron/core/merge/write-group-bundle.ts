/**
 * Writing a group bundle (docs/group-bundle-format.md): the member review bundles it merged
 * embedded whole, and per application a section holding what its merge and deliberation are
 * made of (version 3: the group's people, the records, the rule; the reader recomputes the
 * rest), sealed under its own key and wrapped for exactly its readers (the office, the chair and
 * the vice-chair where not in conflict, and the merger), as the review bundle's sections are;
 * fillers up to the merger's roster statement's section count; the key directory (version 3,
 * write-key-directory.ts); one Ed25519 signature by the merger (context
 * `QBBUNDLE group bundle v1\0`) over prefix and header, which names every member bundle's hash,
 * every directory entry's and every section's.
 */
import { createHash, randomBytes as cryptoRandomBytes } from 'node:crypto';
import { MAX_HEADER_BYTES } from '../../../shared/bundle/bundle-limits';
import type { SignedRosterStatement } from '../../../shared/bundle/roster-statement';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { DeliberationRule } from '../../../shared/domain/deliberation';
import { defaultDeliberationRule } from '../../../shared/domain/deliberation';
import type { Rubric } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import type { GroupMerge } from '../../../shared/merge/group-merge';
import type {
  CarriedMemberKey,
  GroupBundleHeader,
  GroupSection,
} from '../../../shared/merge/group-bundle-content';
import {
  GROUP_BUNDLE_FORMAT,
  GROUP_BUNDLE_VERSION,
  GROUP_SECTION_FORMAT,
  GROUP_SECTION_VERSION,
  GroupBundleHeaderSchema,
  GroupSectionSchema,
} from '../../../shared/merge/group-bundle-content';
import { BUNDLE_END_MAGIC } from '../bundle/bundle-format';
import { readersCommitment, sortedReaders } from '../bundle/readers-commitment';
import { rosterStatementHolds } from '../bundle/roster-statement';
import { sealSections } from '../bundle/seal-sections';
import { wrapSectionKey } from '../bundle/section-wrap';
import type { VerifiedBundle } from '../bundle/verify-review-bundle';
import type { SectionReader } from '../bundle/write-review-bundle';
import { jsonDigest } from '../crypto/json-digest';
import { signFor } from '../crypto/signature-context';
import type { Identity } from '../identity/identity';
import { groupBundlePrefix } from './group-bundle-format';
import type { MemberSectionKey } from './member-section-keys';
import { memberSectionKeys } from './member-section-keys';
import type { DirectoryEntryPlain, DirectoryKey } from './group-key-directory';
import { writeKeyDirectory } from './write-key-directory';

export interface GroupBundleRequest {
  /**
   * The merger's unlocked identity: the leader, or the designated stand-in. Its age identity
   * opens the member sections whose keys each section carries, and the sections' own wraps whose
   * file keys the key directory carries (version 3); only `olderVersion` 1 goes without.
   */
  readonly identity: Pick<Identity, 'card' | 'signingKey'> & Partial<Pick<Identity, 'ageIdentity'>>;
  /** The merger's roster statement from the office. */
  readonly roster: SignedRosterStatement;
  readonly rubric: Rubric;
  /** Higher than every earlier group bundle of this merger for the group. */
  readonly sequence: number;
  /** Every member bundle merged (verified), each embedded whole. */
  readonly memberBundles: readonly {
    readonly bytes: Uint8Array;
    readonly verified: VerifiedBundle;
  }[];
  /** The merge: a version 3 section holds its inputs (the group's people, the chair's role). */
  readonly merge: GroupMerge;
  readonly records: readonly DeliberationRecord[];
  /** What the records make of the merge: written into version 2 sections only (the reader recomputes it). */
  readonly deliberation: readonly ApplicationDeliberation[];
  /** The round's quorum and pass threshold the ballots were counted with (default two thirds each). */
  readonly rule?: DeliberationRule;
  /** Per application: the readers besides the merger (the office, the chair, the vice-chair). */
  readonly readersOf: (applicationId: string) => readonly SectionReader[];
  /** Test seams, as in writeReviewBundle. */
  readonly randomBytes?: (length: number) => Uint8Array;
  readonly wrapSectionKey?: (key: Uint8Array, readers: readonly string[]) => Promise<Uint8Array>;
  /**
   * Test seam: write what older writers wrote (header version 1, no key directory; sections of
   * version 1, carrying no member keys, or 2), so the readers of those versions stay tested.
   */
  readonly olderVersion?: 1 | 2;
  /** Test seam: the key directory's age files, in file order, from its plain entries. */
  readonly sealKeyDirectory?: (
    entries: readonly DirectoryEntryPlain[],
    sectionCount: number,
  ) => Uint8Array[];
  /** Test seam: what a lying merger lists in a reader's directory entry instead (checked here). */
  readonly directoryKeys?: (
    fingerprint: string,
    keys: readonly DirectoryKey[],
  ) => readonly DirectoryKey[];
  /** Test seam: what a lying merger carries instead of the keys checked here. */
  readonly carriedKeys?: (
    applicationId: string,
    keys: readonly CarriedMemberKey[],
  ) => readonly CarriedMemberKey[];
}

function checkMerger(request: GroupBundleRequest): void {
  const { card } = request.identity;
  const { statement } = request.roster;
  if (!rosterStatementHolds(request.roster)) {
    throw new AppError('group-bundle-merger-invalid', {}, 'the roster statement does not verify');
  }
  if (
    statement.member.fingerprint !== card.fingerprint ||
    statement.member.signingPublicKey !== card.signingPublicKey ||
    statement.member.ageRecipient !== card.ageRecipient
  ) {
    throw new AppError('bundle-signer-mismatch', {}, 'the statement certifies someone else');
  }
  if (
    statement.caseId !== request.merge.caseId ||
    statement.roundId !== request.merge.roundId ||
    jsonDigest(request.rubric) !== statement.rubricDigest ||
    statement.rubricDigest !== request.merge.rubricDigest
  ) {
    throw new AppError('group-bundle-merger-invalid', {}, 'another case, round or rubric');
  }
  if (!statement.member.seats.some((s) => s.groupId === request.merge.groupId)) {
    throw new AppError('group-bundle-merger-invalid', {}, 'no seat in the group');
  }
  // The bundles embedded are exactly those merged, or no reader could recompute the merge.
  const merged = request.merge.members
    .flatMap((m) => (m.submitted === null ? [] : [m.submitted, ...m.submitted.superseded]))
    .map((s) => s.digest)
    .sort();
  const embedded = request.memberBundles.map((m) => m.verified.digest).sort();
  if (merged.join() !== embedded.join()) {
    throw new RangeError('the member bundles are not those the merge was made of');
  }
  if (request.merge.applications.length > statement.reviewSections) {
    throw new AppError('bundle-section-count', {
      found: request.merge.applications.length,
      expected: statement.reviewSections,
    });
  }
}

/**
 * The member section keys to carry in `applicationId`'s group section, sorted; refused when a
 * reader of the group section is not a reader of one of those member sections (the key would
 * widen who can read the member's review).
 */
function keysFor(
  applicationId: string,
  groupReaders: readonly string[],
  keys: readonly MemberSectionKey[],
): CarriedMemberKey[] {
  const mine = keys.filter((k) => k.applicationId === applicationId);
  for (const key of mine) {
    if (!groupReaders.every((reader) => key.readers.includes(reader))) {
      throw new AppError('group-member-key-readers', { applicationId });
    }
  }
  return mine
    .map(({ expertId, sequence, section, fileKey }) => ({ expertId, sequence, section, fileKey }))
    .sort(
      (a, b) =>
        (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0) ||
        a.sequence - b.sequence ||
        (a.section < b.section ? -1 : a.section > b.section ? 1 : 0),
    );
}

/** The merger's age identity, which every version but the oldest needs. */
function mergerAgeIdentity(request: GroupBundleRequest): string {
  const { ageIdentity } = request.identity;
  if (ageIdentity === undefined) throw new RangeError("the merger's age identity is needed");
  return ageIdentity;
}

/** The sections' plaintext, one per application of the merge. */
function sectionsOf(request: GroupBundleRequest, random: (n: number) => Uint8Array) {
  const { card } = request.identity;
  const keys =
    request.olderVersion === 1
      ? null
      : memberSectionKeys(
          request.memberBundles.map((m) => m.verified),
          mergerAgeIdentity(request),
        );
  const merger = { fingerprint: card.fingerprint, ageRecipient: card.ageRecipient };
  return request.merge.applications.map((application) => {
    const { applicationId } = application;
    const all = [...request.readersOf(applicationId), merger];
    const readers = all.filter(
      (r, i) => all.findIndex((o) => o.fingerprint === r.fingerprint) === i,
    );
    const fingerprints = sortedReaders(readers.map((r) => r.fingerprint));
    const salt = random(32);
    const section: GroupSection = GroupSectionSchema.parse({
      format: GROUP_SECTION_FORMAT,
      ...(keys === null
        ? { version: 1 }
        : {
            version: request.olderVersion ?? GROUP_SECTION_VERSION,
            memberKeys: (request.carriedKeys ?? ((_, checked) => checked))(
              applicationId,
              keysFor(applicationId, fingerprints, keys),
            ),
          }),
      applicationId,
      readers: { salt: Buffer.from(salt).toString('hex'), fingerprints },
      chair: {
        expertId: request.merge.merger.expertId,
        fingerprint: card.fingerprint,
        role: application.chairRole,
      },
      records: request.records.filter((r) => r.applicationId === applicationId),
      rule: request.rule ?? defaultDeliberationRule,
      // Version 3 holds the inputs only: the reader recomputes the statuses, the merge and the
      // deliberation from them and the embedded member bundles.
      ...(request.olderVersion === undefined
        ? {
            people: request.merge.members
              .map(({ expertId, fingerprint, role }) => ({ expertId, fingerprint, role }))
              .sort((a, b) => (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0)),
          }
        : {
            members: request.merge.members,
            merge: application,
            deliberation: request.deliberation.find((d) => d.applicationId === applicationId),
          }),
    });
    return {
      body: Buffer.from(canonicalJson(section), 'utf8'),
      commitment: readersCommitment(salt, fingerprints),
      recipients: readers.map((r) => r.ageRecipient),
      applicationId,
      readers,
    };
  });
}

/** The group bundle's bytes; throws an AppError when the request cannot be signed. */
export async function writeGroupBundle(request: GroupBundleRequest): Promise<Uint8Array> {
  checkMerger(request);
  const random = request.randomBytes ?? ((n: number) => new Uint8Array(cryptoRandomBytes(n)));
  const wrap = request.wrapSectionKey ?? wrapSectionKey;
  const { statement } = request.roster;
  const bundleId = random(16);
  const plain = sectionsOf(request, random);
  const { parts, records } = await sealSections({
    plain,
    sectionCount: statement.reviewSections,
    bundleId,
    random,
    wrap,
  });

  const members = [...request.memberBundles].sort(
    (a, b) =>
      (a.verified.header.roster.statement.member.expertId <
      b.verified.header.roster.statement.member.expertId
        ? -1
        : a.verified.header.roster.statement.member.expertId >
            b.verified.header.roster.statement.member.expertId
          ? 1
          : 0) || a.verified.header.sequence - b.verified.header.sequence,
  );
  // Version 3: the key directory, each reader's file keys of the section wraps it reads.
  const directory =
    request.olderVersion === undefined
      ? writeKeyDirectory({
          parts,
          records,
          sections: plain,
          mergerAgeIdentity: mergerAgeIdentity(request),
          ...(request.directoryKeys === undefined ? {} : { directoryKeys: request.directoryKeys }),
          ...(request.sealKeyDirectory === undefined ? {} : { seal: request.sealKeyDirectory }),
        })
      : [];
  const { card } = request.identity;
  const header: GroupBundleHeader = GroupBundleHeaderSchema.parse({
    format: GROUP_BUNDLE_FORMAT,
    ...(request.olderVersion === undefined
      ? {
          version: GROUP_BUNDLE_VERSION,
          directory: directory.map((file) => ({
            length: file.length,
            sha256: createHash('sha256').update(file).digest('hex'),
          })),
        }
      : { version: 1 }),
    bundleId: Buffer.from(bundleId).toString('hex'),
    caseId: statement.caseId,
    roundId: statement.roundId,
    rubricDigest: statement.rubricDigest,
    groupId: request.merge.groupId,
    sequence: request.sequence,
    merger: {
      fingerprint: card.fingerprint,
      signingPublicKey: card.signingPublicKey,
      ageRecipient: card.ageRecipient,
    },
    roster: request.roster,
    members: members.map((m) => ({
      expertId: m.verified.header.roster.statement.member.expertId,
      fingerprint: m.verified.header.author.fingerprint,
      sequence: m.verified.header.sequence,
      sha256: createHash('sha256').update(m.bytes).digest('hex'),
      length: m.bytes.length,
    })),
    sections: records,
  });
  const headerBytes = Buffer.from(canonicalJson(header), 'utf8');
  if (headerBytes.length > MAX_HEADER_BYTES) {
    throw new AppError('bundle-too-large', {}, 'the header is longer than its bound');
  }
  const signed = Buffer.concat([groupBundlePrefix(headerBytes.length), headerBytes]);
  const signature = signFor('groupBundle', request.identity.signingKey, [signed]);
  return Buffer.concat([
    signed,
    ...directory,
    ...members.map((m) => m.bytes),
    ...parts,
    signature,
    BUNDLE_END_MAGIC,
  ]);
}
