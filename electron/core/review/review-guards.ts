/**
 * What the review closes, enforced in main and not only on screen: a material of an application
 * the expert declared a conflict with is not read (`desk:readMaterial`), and nothing is written
 * about it; a review edit waits for the round's undertaking and stays within the rubric. These
 * wrap the desk and the journal without changing what they answer otherwise.
 */
import { AppError } from '../../../shared/errors';
import type { ExpertDesk } from '../desk/expert-desk';
import type { CaseJournalService } from '../journal/case-journal-service';
import type { ReviewService } from './review-service';

type Guard = Pick<
  ReviewService,
  | 'closedApplications'
  | 'checkEdit'
  | 'applicationOfMaterial'
  | 'applicationNo'
  | 'undertakingOutstanding'
>;

/**
 * The desk, refusing the materials of an application closed by a declared conflict, and every
 * application's materials until the round's undertaking is signed (issue 10, point 1: before the
 * first application opens) when the package was opened with the identity that signs it.
 */
export function deskClosedByConflicts(desk: ExpertDesk, review: Guard): ExpertDesk {
  return {
    ...desk,
    async readMaterial(materialId) {
      const applicationId = review.applicationOfMaterial(materialId);
      if (applicationId !== null && (await review.closedApplications()).has(applicationId)) {
        throw new AppError('review-application-closed', {
          applicationNo: review.applicationNo(applicationId),
        });
      }
      if (applicationId !== null && (await review.undertakingOutstanding())) {
        throw new AppError('review-undertaking-before-reading');
      }
      return desk.readMaterial(materialId);
    },
  };
}

/** The journal, taking from the renderer only edits the review allows. */
export function journalGuardedByReview(
  journal: CaseJournalService,
  review: Guard,
): CaseJournalService {
  return {
    ...journal,
    async append(entry, target) {
      await review.checkEdit(entry);
      return journal.append(entry, target);
    },
  };
}
