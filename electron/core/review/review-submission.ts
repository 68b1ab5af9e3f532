/**
 * Submitting the expert's review (issue 10, point 5): the round's review, as the journal's live
 * records make it, signed into a review bundle (.qbbundle, docs/bundle-format.md) saved where the
 * person chooses (the dialog offers 评审意见包_<年度>_<轮次>_<姓名>_第<n>次提交.qbbundle,
 * bundle-file-name.ts), and remembered in the journal (`review-submitted`), which locks
 * the round's review until `review:reopen`. Also the 评审意见表 of one application as Word, a
 * deliberate plaintext export (docs/security.md).
 *
 * The sequence is one above the highest this expert submitted in the case and round, from the
 * journal and from the bundles of theirs already in the chosen folder (told by their verified
 * headers, whatever their names); never the clock. The
 * file is written (atomically) before the record, and removed again if the record cannot be
 * written, so a sequence on disk is always one the journal knows.
 */
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { recommendationLabels } from '../../../shared/bundle/review-content';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { AppError } from '../../../shared/errors';
import type { JournalAppended, JournalRecord } from '../../../shared/journal';
import {
  bundleOutcomeOf,
  draftGaps,
  emptyReviewDraft,
  reviewDraftsOf,
  undertakingOfRound,
} from '../../../shared/review/review-draft';
import type { ReviewDraft } from '../../../shared/review/review-draft';
import type { ReviewSubmission, SubmittedBundle } from '../../../shared/review/review-submission';
import { materialHashesOf, sectionReadersOf } from '../bundle/manifest-sections';
import { verifyReviewBundle } from '../bundle/verify-review-bundle';
import type { ApplicationToSeal } from '../bundle/write-review-bundle';
import { writeReviewBundle } from '../bundle/write-review-bundle';
import type { OpenedPackage } from '../desk/open-package';
import type { Identity } from '../identity/identity';
import type { CaseJournalService } from '../journal/case-journal-service';
import { reviewOpinionForm } from '../report/review-opinion-form';
import { writeFileAtomic } from '../storage/atomic-write';
import {
  BUNDLE_FILE_EXTENSION,
  safeTypedFileName,
  submittedBundleFileName,
} from './bundle-file-name';
import { highestSequenceInFolder } from './bundles-in-folder';
import type { ReviewExportChooser } from './review-export-chooser';

/** The round's submissions and whether its review is locked, from the journal's records. */
export interface SubmissionState {
  /** Oldest (lowest sequence) first. */
  readonly submissions: readonly SubmittedBundle[];
  /** The highest sequence submitted in the round, 0 when none. */
  readonly highest: number;
  /** Submitted and not reopened since. */
  readonly locked: boolean;
}

export function submissionStateOf(
  records: readonly JournalRecord[],
  roundId: string,
): SubmissionState {
  const submissions: SubmittedBundle[] = [];
  let reopened = 0;
  for (const record of records) {
    if (record.kind === 'review-submitted' && record.roundId === roundId) {
      submissions.push({ sequence: record.sequence, fileName: record.fileName, at: record.at });
    }
    if (record.kind === 'review-reopened' && record.roundId === roundId) {
      reopened = Math.max(reopened, record.sequence);
    }
  }
  submissions.sort((a, b) => a.sequence - b.sequence);
  const highest = submissions.at(-1)?.sequence ?? 0;
  return { submissions, highest, locked: highest > reopened };
}

/** What the submission needs of the review service (which owns the identity and the checks). */
export interface ReviewSubmissionOptions {
  readonly opened: () => OpenedPackage;
  /** The identity that signs; throws `review-needs-identity` when there is none. */
  readonly signer: (open: OpenedPackage) => Identity;
  /** Whether the round's undertaking, as this package carries it, is signed by the person. */
  readonly undertakingSigned: (open: OpenedPackage, records: readonly JournalRecord[]) => boolean;
  readonly journal: Pick<CaseJournalService, 'appendSigned' | 'liveRecords'>;
  readonly chooser: ReviewExportChooser;
  readonly now: () => Date;
}

export interface ReviewSubmissionService {
  submit(roundId: string): Promise<{ submission: ReviewSubmission | null }>;
  reopen(roundId: string): Promise<JournalAppended>;
  exportOpinionForm(roundId: string, applicationId: string): Promise<{ fileName: string } | null>;
}

const applicationNoIn = (manifest: CaseManifest, applicationId: string): string =>
  manifest.applications.find((a) => a.id === applicationId)?.applicationNo ?? applicationId;

/** The signed conflict declarations of the records, by application. */
function declarationsOf(records: readonly JournalRecord[]) {
  const declared = new Map<string, Extract<JournalRecord, { kind: 'conflict-declared' }>>();
  for (const record of records) {
    if (record.kind === 'conflict-declared') {
      declared.set(record.declaration.statement.applicationId, record);
    }
  }
  return declared;
}

/**
 * The applications this person reviews: those of the package in the groups they lead or sit in
 * (a chair who also leads a group reviews that group's only). Empty for the chair and vice-chair.
 */
export function reviewedApplications(manifest: CaseManifest): CaseManifest['applications'] {
  const groups = new Set(
    manifest.recipient.seats
      .filter((s) => s.role === 'leader' || s.role === 'member')
      .flatMap((s) => (s.groupId === undefined ? [] : [s.groupId])),
  );
  const reviewed = new Set(
    manifest.groups.filter((g) => groups.has(g.id)).flatMap((g) => g.applicationIds),
  );
  return manifest.applications.filter((a) => reviewed.has(a.id));
}

/** A name for a file in a folder the person chose, never overwriting one there ("-2" and on). */
async function freeName(folder: string, stem: string, extension: string): Promise<string> {
  const taken = new Set(await readdir(folder).catch(() => [] as string[]));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `${stem}${extension}` : `${stem}-${n}${extension}`;
    if (!taken.has(name)) return name;
  }
}

/** 2026年11月29日, in the laptop's time zone (the day the person prints it). */
function chineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

export function createReviewSubmission(options: ReviewSubmissionOptions): ReviewSubmissionService {
  /** The open package with its round checked, the signer, and the journal's records. */
  const prepare = async (roundId: string) => {
    const open = options.opened();
    const identity = options.signer(open);
    if (roundId !== open.manifest.round.id) throw new AppError('review-other-round');
    const records = await options.journal.liveRecords();
    if (!options.undertakingSigned(open, records)) {
      throw new AppError('review-undertaking-unsigned');
    }
    return { open, identity, records };
  };

  /** Every application of the package as the bundle seals it; refuses an incomplete one. */
  const applicationsToSeal = (
    manifest: CaseManifest,
    records: readonly JournalRecord[],
  ): ApplicationToSeal[] => {
    const { rubric } = manifest.round;
    const declared = declarationsOf(records);
    const drafts = reviewDraftsOf(records, manifest.round.id);
    const incomplete: string[] = [];
    const sealed: ApplicationToSeal[] = [];
    const reviewed = reviewedApplications(manifest);
    if (reviewed.length === 0) throw new AppError('review-no-review-seat');
    for (const application of reviewed) {
      const readers = sectionReadersOf(manifest, application.id);
      const conflict = declared.get(application.id);
      if (conflict !== undefined) {
        // Closed to the expert: nothing reviewed, so no material hashes.
        sealed.push({
          applicationId: application.id,
          materials: [],
          outcome: { kind: 'conflict', declaration: conflict.declaration },
          readers,
        });
        continue;
      }
      const draft = drafts.get(application.id) ?? emptyReviewDraft(application.id);
      const outcome = bundleOutcomeOf(draft);
      if (draftGaps(rubric, draft).length > 0 || outcome === null) {
        incomplete.push(application.applicationNo);
        continue;
      }
      sealed.push({
        applicationId: application.id,
        materials: materialHashesOf(manifest, application.id),
        outcome,
        readers,
      });
    }
    if (incomplete.length > 0) {
      throw new AppError('review-incomplete', { applicationNos: incomplete });
    }
    return sealed;
  };

  return {
    async submit(roundId) {
      const { open, identity, records } = await prepare(roundId);
      const { manifest } = open;
      const roster = manifest.rosterStatement;
      if (roster === undefined) throw new AppError('review-package-without-roster');
      const undertaking = undertakingOfRound(records, roundId);
      if (undertaking === null) throw new AppError('review-undertaking-unsigned');
      const applications = applicationsToSeal(manifest, records);

      const nameOf = (sequence: number) =>
        submittedBundleFileName({
          year: manifest.year,
          roundName: manifest.round.name,
          expertName: manifest.recipient.name,
          sequence,
        });
      const journalHighest = submissionStateOf(records, roundId).highest;
      const offered = nameOf(journalHighest + 1);
      const chosen = await options.chooser.chooseBundleFile(offered);
      if (chosen === null) return { submission: null };

      const folder = dirname(chosen);
      const sequence =
        Math.max(
          journalHighest,
          await highestSequenceInFolder(folder, {
            caseId: manifest.caseId,
            roundId,
            fingerprint: identity.card.fingerprint,
          }),
        ) + 1;
      // The name offered says the number: taken as offered, it follows the number the folder
      // made necessary (a name nobody confirmed, so never over an existing file); a name the
      // person typed is theirs, made safe for any system the file travels to and given the
      // bundle's extension.
      const typed = basename(chosen);
      const fileName =
        typed !== offered
          ? safeTypedFileName(typed)
          : sequence === journalHighest + 1
            ? offered
            : await freeName(
                folder,
                nameOf(sequence).slice(0, -BUNDLE_FILE_EXTENSION.length),
                BUNDLE_FILE_EXTENSION,
              );
      const bytes = await writeReviewBundle({
        identity,
        roster,
        rubric: manifest.round.rubric,
        sequence,
        undertaking,
        applications,
      });
      // What is written is checked as any verifier will check it, against this package.
      verifyReviewBundle(bytes, {
        officeFingerprint: manifest.office.fingerprint,
        caseId: manifest.caseId,
        roundId,
        rubricDigest: manifest.rubricDigest,
      });
      const path = join(folder, fileName);
      await writeFileAtomic(path, bytes);
      try {
        await options.journal.appendSigned((now) => {
          // Another submission between reading and appending would share the number.
          if (submissionStateOf(now, roundId).highest >= sequence) {
            throw new AppError('review-submitted-locked');
          }
          return {
            kind: 'review-submitted',
            roundId,
            sequence,
            bundleSha256: createHash('sha256').update(bytes).digest('hex'),
            fileName,
          };
        });
      } catch (error) {
        await rm(path, { force: true });
        throw error;
      }
      return { submission: { fileName, sequence, applications: applications.length } };
    },

    async reopen(roundId) {
      const open = options.opened();
      options.signer(open);
      if (roundId !== open.manifest.round.id) throw new AppError('review-other-round');
      return options.journal.appendSigned((records) => {
        const state = submissionStateOf(records, roundId);
        if (!state.locked) throw new AppError('review-not-submitted');
        return { kind: 'review-reopened', roundId, sequence: state.highest };
      });
    },

    async exportOpinionForm(roundId, applicationId) {
      const { open, records } = await prepare(roundId);
      const { manifest } = open;
      const application = manifest.applications.find((a) => a.id === applicationId);
      if (application === undefined) throw new AppError('review-unknown-application');
      if (declarationsOf(records).has(applicationId)) {
        throw new AppError('review-application-closed', {
          applicationNo: applicationNoIn(manifest, applicationId),
        });
      }
      const draft: ReviewDraft =
        reviewDraftsOf(records, roundId).get(applicationId) ?? emptyReviewDraft(applicationId);
      const labels = recommendationLabels[manifest.round.kind];
      const bytes = await reviewOpinionForm({
        year: manifest.year,
        roundName: manifest.round.name,
        application: {
          applicationNo: application.applicationNo,
          applicantName: application.applicantName,
          experienceTitle: application.experienceTitle,
        },
        expert: { name: manifest.recipient.name },
        rubric: manifest.round.rubric,
        partScores: draft.partScores,
        partComments: draft.comments,
        overall: draft.overall,
        recommendation: draft.recommendation === null ? '' : labels[draft.recommendation].zh,
        printedOn: chineseDate(options.now()),
      });
      const folder = await options.chooser.chooseOpinionFormFolder();
      if (folder === null) return null;
      // 申报编号 as the manifest gives it, kept to characters safe in any file system.
      const safeNo = application.applicationNo.replace(/[^\p{L}\p{N}_-]/gu, '_');
      const fileName = await freeName(folder, `评审意见表-${safeNo}`, '.docx');
      await writeFileAtomic(join(folder, fileName), bytes);
      return { fileName };
    },
  };
}
