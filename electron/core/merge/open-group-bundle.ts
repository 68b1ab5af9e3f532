/**
 * A reader (the office, the chair, the vice-chair, or the merger) opening a verified group
 * bundle: each section wrapped for them is decrypted and checked (readers commitment, the reader
 * among the readers, the chair being the merger), and its merge and deliberation are recomputed
 * from the embedded member bundles, opened with the same identity (each member section whose
 * key the group section carries opened with that key, any other unwrapped), and its records.
 * Version 3 sections state only those inputs and the recomputation is what is returned; an older
 * section whose stated merge differs from the one its member bundles give is refused. The group
 * section keys come from the reader's key directory entry (open-key-directory.ts). Nothing of a
 * section is returned before all of its checks have passed.
 */
import type { DeliberationRule } from '../../../shared/domain/deliberation';
import { canonicalJsonEqual } from '../../../shared/domain/canonical-json';
import type { RoundKind } from '../../../shared/domain/round-kind';
import type { Rubric } from '../../../shared/domain/rubric';
import { AppError, isAppError } from '../../../shared/errors';
import type { GroupSection } from '../../../shared/merge/group-bundle-content';
import { GroupSectionSchema } from '../../../shared/merge/group-bundle-content';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import type { ApplicationMerge, MemberStatus } from '../../../shared/merge/group-merge';
import { mergeGroup } from '../../../shared/merge/group-merge';
import type { MemberSubmission } from '../../../shared/merge/merge-input';
import { openReviewBundle } from '../bundle/open-review-bundle';
import { checkCommittedReaders, parseCanonicalSection } from '../bundle/section-plaintext';
import { decryptSection, sectionCipherKey } from '../bundle/section-cipher';
import { wipeUnwrapped } from '../bundle/section-wrap';
import type { Identity } from '../identity/identity';
import { openCarriedKeys, wipeCarriedOutcomes } from './member-section-keys';
import { sectionKeysOf } from './open-key-directory';
import type { VerifiedGroupBundle } from './verify-group-bundle';

/** What the reader knows of the round to recompute the merge: its rubric, kind and rule. */
export interface GroupReaderFacts {
  readonly rubric: Rubric;
  readonly roundKind: RoundKind;
  /** The deviation threshold the round uses (default 0.30). */
  readonly deviationThreshold?: number;
  /**
   * The round's deliberation rule as the reader's own package states it (the default where it
   * states none): a section counted under another is refused, so a leader cannot vote under a
   * rule of their own choosing (`qbreview merge --group --quorum`). Left out: the section's own.
   */
  readonly rule?: DeliberationRule;
}

export interface OpenedGroupSection {
  /** The section's number in the bundle, from 1. */
  readonly number: number;
  readonly applicationId: string;
  readonly chair: GroupSection['chair'];
  readonly readers: readonly string[];
  readonly members: readonly MemberStatus[];
  readonly merge: ApplicationMerge;
  readonly records: GroupSection['records'];
  readonly rule: GroupSection['rule'];
  readonly deliberation: ApplicationDeliberation;
}

export interface OpenedGroupBundle {
  readonly verified: VerifiedGroupBundle;
  readonly sections: readonly OpenedGroupSection[];
  readonly notForReader: readonly number[];
}

function parseSection(bytes: Uint8Array, number: number): GroupSection {
  return parseCanonicalSection(
    bytes,
    GroupSectionSchema,
    (detail) => new AppError('group-bundle-section-invalid', { section: number }, detail),
  );
}

/** A member section opened with a key a group section carried: which group section, for which application. */
interface CarriedBy {
  readonly number: number;
  readonly applicationId: string;
}

/**
 * Every embedded member bundle's sections this identity can open, per member bundle: those whose
 * key a group section carried opened with it, every other one unwrapped as before (so a section
 * the merger left out is still met). A carried key that opens a section of another application
 * than its group section's is `group-member-key-wrong`.
 */
async function memberSubmissions(
  verified: VerifiedGroupBundle,
  identity: Pick<Identity, 'card' | 'ageIdentity'>,
  rubric: Rubric,
  given: readonly ReadonlyMap<number, Uint8Array>[],
  carriedBy: ReadonlyMap<string, CarriedBy>,
): Promise<MemberSubmission[]> {
  // All opened at once, so the stanza pool's workers try one bundle's wraps while this thread
  // checks another's sections; the failures are still met in member order.
  const openings = await Promise.allSettled(
    verified.members.map((member, index) =>
      openReviewBundle(member, identity, { rubric }, given[index]),
    ),
  );
  const out: MemberSubmission[] = [];
  for (const [index, member] of verified.members.entries()) {
    let sections: MemberSubmission['sections'] = [];
    try {
      const opening = openings[index]!;
      if (opening.status === 'rejected') throw opening.reason;
      const opened = opening.value;
      for (const s of opened.sections) {
        const carrier = carriedBy.get(`${index}:${s.number - 1}`);
        if (carrier !== undefined && carrier.applicationId !== s.section.applicationId) {
          throw new AppError(
            'group-member-key-wrong',
            { section: carrier.number },
            "opens another application's section",
          );
        }
      }
      sections = opened.sections.map((s) => ({
        applicationId: s.section.applicationId,
        outcome: s.section.outcome,
      }));
    } catch (error) {
      if (!isAppError(error, 'bundle-not-a-reader')) {
        if (!isAppError(error) || isAppError(error, 'group-member-key-wrong')) throw error;
        throw new AppError('group-member-bundle-invalid', { member: index + 1, cause: error.code });
      }
    }
    out.push({
      expertId: member.header.roster.statement.member.expertId,
      fingerprint: member.header.author.fingerprint,
      sequence: member.header.sequence,
      digest: member.digest,
      sections,
    });
  }
  return out;
}

/** A group section decrypted and checked on its own, before its merge is recomputed. */
interface ReadSection {
  readonly number: number;
  readonly section: GroupSection;
}

/** The group sections wrapped for `identity`, decrypted and checked; the others' numbers. */
async function readGroupSections(
  verified: VerifiedGroupBundle,
  identity: Pick<Identity, 'card' | 'ageIdentity'>,
): Promise<{ read: ReadSection[]; notForReader: number[] }> {
  const { header } = verified;
  const bundleId = Buffer.from(header.bundleId, 'hex');
  const read: ReadSection[] = [];
  const notForReader: number[] = [];
  // Version 3: the section keys the reader's directory entry carries, the rest unwrapped.
  const keys = await sectionKeysOf(verified, identity.ageIdentity);
  try {
    // A wrap's failure is met in section order.
    for (const [index, bytes] of verified.sections.entries()) {
      const number = index + 1;
      const invalid = (detail: string) =>
        new AppError('group-bundle-section-invalid', { section: number }, detail);
      const outcome = keys[index]!;
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
      const { fingerprints } = section.readers;
      checkCommittedReaders(section.readers, header.sections[index]?.readersCommitment, invalid);
      if (!fingerprints.includes(identity.card.fingerprint))
        throw invalid('not listed as a reader');
      // A version 3 header holds version 3 sections only; an older header, older ones.
      if ((header.version === 3) !== (section.version === 3)) {
        throw invalid('a section of another version than the header’s');
      }
      if (section.chair.fingerprint !== header.merger.fingerprint) {
        throw invalid('chaired by someone other than the signer');
      }
      if (read.some((r) => r.section.applicationId === section.applicationId)) {
        throw invalid('one application twice');
      }
      read.push({ number, section });
    }
  } finally {
    wipeUnwrapped(keys);
  }
  return { read, notForReader };
}

/** Opens the sections of `verified` that are for `identity`; throws at the first that is wrong. */
export async function openGroupBundle(
  verified: VerifiedGroupBundle,
  identity: Pick<Identity, 'card' | 'ageIdentity'>,
  facts: GroupReaderFacts,
): Promise<OpenedGroupBundle> {
  const { header } = verified;
  // The group sections first: the member section keys they carry (version 2) open the member
  // sections with no X25519; the rest are unwrapped as before.
  const { read, notForReader } = await readGroupSections(verified, identity);
  const given = verified.members.map(() => new Map<number, Uint8Array>());
  const carriedBy = new Map<string, CarriedBy>();
  let submissions: MemberSubmission[];
  // Every carried key of the bundle opened at once on the stanza workers; met in order below.
  const requests = read.flatMap(({ number, section }) =>
    (section.memberKeys ?? []).map((carried) => ({
      carried,
      groupSection: number,
      applicationId: section.applicationId,
    })),
  );
  const outcomes = await openCarriedKeys(verified.members, requests);
  try {
    for (const [i, { groupSection: number, applicationId }] of requests.entries()) {
      const outcome = outcomes[i]!;
      if ('error' in outcome) throw outcome.error;
      const target = outcome.target;
      const where = `${target.member}:${target.index}`;
      if (carriedBy.has(where)) {
        throw new AppError('group-member-key-wrong', { section: number }, 'carried twice');
      }
      given[target.member]!.set(target.index, target.sectionKey);
      carriedBy.set(where, { number, applicationId });
    }
    submissions = await memberSubmissions(verified, identity, facts.rubric, given, carriedBy);
  } finally {
    wipeCarriedOutcomes(outcomes);
    for (const keys of given) for (const key of keys.values()) key.fill(0);
  }
  const sections: OpenedGroupSection[] = [];
  for (const { number, section } of read) {
    const invalid = (detail: string) =>
      new AppError('group-bundle-section-invalid', { section: number }, detail);
    // Recompute the application's merge from the embedded bundles and its deliberation from
    // the records. A version 3 section holds only those inputs; an older one also says what
    // they give, and is refused when it says anything else.
    const older = section.version === 3 ? null : section;
    const people =
      section.version === 3 ? section.people : (section.members as unknown as MemberStatus[]);
    const applicationId = section.applicationId;
    let merge;
    try {
      merge = mergeGroup({
        caseId: header.caseId,
        roundId: header.roundId,
        groupId: header.groupId,
        rubric: facts.rubric,
        rubricDigest: header.rubricDigest,
        merger: {
          expertId: header.roster.statement.member.expertId,
          fingerprint: header.merger.fingerprint,
        },
        members: people.map((m) => ({
          expertId: m.expertId,
          fingerprint: m.fingerprint,
          role: m.role,
        })),
        applications: [{ applicationId, chairRole: section.chair.role }],
        submissions,
        ...(facts.deviationThreshold === undefined
          ? {}
          : { deviationThreshold: facts.deviationThreshold }),
      });
    } catch (error) {
      if (!isAppError(error)) throw invalid('its members are not a group');
      throw error;
    }
    const application = merge.applications[0];
    // Compared as canonical JSON, walked side by side rather than written out (the section's
    // text was checked to be canonical when it was parsed).
    if (application === undefined) throw invalid('its application is not merged');
    if (
      older !== null &&
      (!canonicalJsonEqual(application, older.merge) ||
        !canonicalJsonEqual(merge.members, older.members))
    ) {
      throw new AppError('group-bundle-merge-differs', { applicationId });
    }
    if (facts.rule !== undefined && !canonicalJsonEqual(section.rule, facts.rule)) {
      throw new AppError('group-bundle-rule-differs', { applicationId });
    }
    const [deliberation] = deliberationSummary({
      merge,
      rubric: facts.rubric,
      roundKind: facts.roundKind,
      // The section states the rule; the recount uses it, and shows it.
      rule: section.rule,
      records: section.records,
    });
    if (deliberation === undefined) throw invalid('its application is not deliberated');
    if (older !== null && !canonicalJsonEqual(deliberation, older.deliberation)) {
      throw new AppError('group-bundle-merge-differs', { applicationId });
    }
    sections.push({
      number,
      applicationId,
      chair: section.chair,
      readers: section.readers.fingerprints,
      members: merge.members,
      merge: application,
      records: section.records,
      rule: section.rule,
      deliberation,
    });
  }
  if (sections.length === 0) throw new AppError('group-bundle-not-a-reader');
  return { verified, sections, notForReader };
}
