/**
 * A reader (the office, the chair, the vice-chair) opening a verified result bundle: the merge
 * section, if it is for them, is decrypted, checked (readers commitment, the reader among the
 * readers, the header's case, round, signer and role) and recomputed from the embedded group
 * bundles, opened with the same identity (each of which recomputes its own merge from its member
 * bundles): a merge that differs is refused. Each application section for them is decrypted and
 * checked, and where the merge is open too, compared with the merge's view of that application.
 * Nothing of a section is returned before all of its checks have passed.
 */
import { applicationView } from '../../../shared/committee/application-view';
import type { ApplicationView } from '../../../shared/committee/application-view';
import type {
  CommitteeSectionInput,
  GroupBundleFact,
} from '../../../shared/committee/committee-input';
import type { CommitteeMerge } from '../../../shared/committee/committee-merge';
import { mergeCommittee } from '../../../shared/committee/committee-merge';
import {
  ResultApplicationSectionSchema,
  ResultMergeSectionSchema,
} from '../../../shared/committee/result-bundle-content';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { compareApplicationNo } from '../../../shared/scoring/application-no-order';
import type { Rubric } from '../../../shared/domain/rubric';
import { AppError, isAppError } from '../../../shared/errors';
import type { BundleSectionBytes } from '../bundle/read-bundle-frame';
import { decryptSection, sectionCipherKey } from '../bundle/section-cipher';
import { checkCommittedReaders, parseCanonicalSection } from '../bundle/section-plaintext';
import { unwrapSectionKey } from '../bundle/section-wrap';
import type { Identity } from '../identity/identity';
import { openGroupBundle } from '../merge/open-group-bundle';
import type { VerifiedResultBundle } from './verify-result-bundle';

/** What the reader knows of the round: its rubric (and the groups' deviation threshold). */
export interface ResultReaderFacts {
  readonly rubric: Rubric;
  readonly deviationThreshold?: number;
}

export interface OpenedResultBundle {
  readonly verified: VerifiedResultBundle;
  /** The whole merge (rankings, list, cuts), when the merge section is for this reader. */
  readonly merge: CommitteeMerge | null;
  /** The applications whose section is for this reader, by 申报编号 order of the merge. */
  readonly applications: readonly (ApplicationView & { readonly section: number })[];
  /** Section numbers not for this reader (0 is the merge section). */
  readonly notForReader: readonly number[];
}

type Reader = Pick<Identity, 'card' | 'ageIdentity'>;

/** The section's plaintext, or null when its key is not wrapped for this reader. */
async function decrypted(
  bytes: BundleSectionBytes,
  index: number,
  number: number,
  bundleId: Buffer,
  identity: Reader,
): Promise<Buffer | null> {
  const key = await unwrapSectionKey(bytes.wrap, identity.ageIdentity, 'resultSectionKey');
  if (key === null) return null;
  try {
    return decryptSection(sectionCipherKey(key, bundleId, index), bytes.ciphertext, number);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError('result-bundle-section-invalid', { section: number }, error.detail);
  } finally {
    key.fill(0);
  }
}

/** The merge recomputed from the embedded group bundles, with the merge's own stated inputs. */
async function recompute(
  verified: VerifiedResultBundle,
  stated: CommitteeMerge,
  identity: Reader,
  facts: ResultReaderFacts,
): Promise<CommitteeMerge> {
  const { header } = verified;
  const byMerger = new Map<string, VerifiedResultBundle['groups'][number][]>();
  for (const g of verified.groups) {
    const key = `${g.header.groupId}\n${g.header.merger.fingerprint}`;
    byMerger.set(key, [...(byMerger.get(key) ?? []), g]);
  }
  const groupBundles: GroupBundleFact[] = [];
  const sections: CommitteeSectionInput[] = [];
  for (const list of byMerger.values()) {
    const sorted = [...list].sort((a, b) => a.header.sequence - b.header.sequence);
    const current = sorted[sorted.length - 1]!;
    groupBundles.push({
      groupId: current.header.groupId,
      merger: {
        expertId: current.header.roster.statement.member.expertId,
        fingerprint: current.header.merger.fingerprint,
      },
      sequence: current.header.sequence,
      digest: current.digest,
      superseded: sorted
        .slice(0, -1)
        .map((s) => ({ sequence: s.header.sequence, digest: s.digest })),
    });
    let opened;
    try {
      opened = await openGroupBundle(current, identity, {
        rubric: facts.rubric,
        roundKind: header.roundKind,
        ...(facts.deviationThreshold === undefined
          ? {}
          : { deviationThreshold: facts.deviationThreshold }),
      });
    } catch (error) {
      if (isAppError(error, 'group-bundle-not-a-reader')) continue;
      throw error;
    }
    for (const s of opened.sections) {
      sections.push({
        applicationId: s.applicationId,
        groupId: current.header.groupId,
        groupBundle: current.digest,
        chair: { expertId: s.chair.expertId, role: s.chair.role },
        merge: s.merge,
        deliberation: s.deliberation,
      });
    }
  }
  return mergeCommittee({
    caseId: header.caseId,
    roundId: header.roundId,
    roundKind: header.roundKind,
    rubric: facts.rubric,
    rubricDigest: header.rubricDigest,
    signer: {
      expertId: header.roster.statement.member.expertId,
      fingerprint: header.signer.fingerprint,
      role: header.signerRole,
    },
    applications: stated.applications.map((a) => ({
      applicationId: a.applicationId,
      applicationNo: a.applicationNo,
      groupId: a.groupId,
    })),
    groupBundles,
    sections,
    settings: stated.settings,
  });
}

/** Opens the sections of `verified` that are for `identity`; throws at the first that is wrong. */
export async function openResultBundle(
  verified: VerifiedResultBundle,
  identity: Reader,
  facts: ResultReaderFacts,
): Promise<OpenedResultBundle> {
  const { header } = verified;
  const bundleId = Buffer.from(header.bundleId, 'hex');
  const notForReader: number[] = [];
  const me = identity.card.fingerprint;

  let merge: CommitteeMerge | null = null;
  const mergeBytes = await decrypted(verified.mergeSection, 0, 0, bundleId, identity);
  if (mergeBytes === null) notForReader.push(0);
  else {
    const invalid = (detail: string) =>
      new AppError('result-bundle-section-invalid', { section: 0 }, detail);
    const section = parseCanonicalSection(mergeBytes, ResultMergeSectionSchema, invalid);
    checkCommittedReaders(section.readers, header.mergeSection.readersCommitment, invalid);
    if (!section.readers.fingerprints.includes(me)) throw invalid('not listed as a reader');
    const stated = section.merge as unknown as CommitteeMerge;
    let recomputed: CommitteeMerge;
    try {
      recomputed = await recompute(verified, stated, identity, facts);
    } catch (error) {
      if (!isAppError(error)) throw invalid('the merge is not one');
      if (error.code.startsWith('committee-')) throw new AppError('result-bundle-merge-differs');
      throw error;
    }
    if (canonicalJson(recomputed) !== canonicalJson(section.merge)) {
      throw new AppError('result-bundle-merge-differs');
    }
    merge = recomputed;
  }

  const applications: (ApplicationView & { section: number })[] = [];
  for (const [index, bytes] of verified.sections.entries()) {
    const number = index + 1;
    const plain = await decrypted(bytes, index, number, bundleId, identity);
    if (plain === null) {
      notForReader.push(number);
      continue;
    }
    const invalid = (detail: string) =>
      new AppError('result-bundle-section-invalid', { section: number }, detail);
    const section = parseCanonicalSection(plain, ResultApplicationSectionSchema, invalid);
    checkCommittedReaders(section.readers, header.sections[index]?.readersCommitment, invalid);
    if (!section.readers.fingerprints.includes(me)) throw invalid('not listed as a reader');
    const view = section.view as unknown as ApplicationView;
    if (
      view.caseId !== header.caseId ||
      view.roundId !== header.roundId ||
      view.application?.applicationId !== section.applicationId
    ) {
      throw invalid('another case, round or application');
    }
    if (applications.some((a) => a.application.applicationId === section.applicationId)) {
      throw invalid('one application twice');
    }
    if (merge !== null) {
      let expected: ApplicationView;
      try {
        expected = applicationView(merge, section.applicationId);
      } catch {
        throw invalid('an application the merge does not hold');
      }
      if (canonicalJson(expected) !== canonicalJson(section.view)) {
        throw invalid("differs from the merge's view");
      }
    }
    applications.push({ ...view, section: number });
  }
  if (merge !== null && applications.length !== merge.applications.length) {
    throw new AppError('result-bundle-section-invalid', { section: 0 }, 'applications missing');
  }
  if (merge === null && applications.length === 0) throw new AppError('result-bundle-not-a-reader');
  // The merge's order (申报编号) when it is open; 申报编号 order otherwise, which is the same.
  applications.sort((a, b) =>
    compareApplicationNo(a.application.applicationNo, b.application.applicationNo),
  );
  return { verified, merge, applications, notForReader };
}
