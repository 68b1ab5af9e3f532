import { z } from 'zod';
import { rubricParts, type Rubric } from './rubric';

const Id = z.string().min(1).max(64);

export const ReviewStatusSchema = z.enum(['draft', 'submitted']);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const reviewStatusLabels: Readonly<Record<ReviewStatus, { zh: string; en: string }>> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
};

/** 专家评审意见: one expert's comment and part scores for one application in one round. */
export const ReviewSchema = z.object({
  expertId: Id,
  applicationId: Id,
  roundId: Id,
  /** Rubric part id → points; null (or absent) while the expert has not scored that part. */
  partScores: z.record(z.string(), z.number().min(0).nullable()),
  /** 评语. */
  comment: z.string().max(20_000),
  status: ReviewStatusSchema,
  /** The author's own counter, raised on every save: versions are ordered by it, not by clocks. */
  sequence: z.number().int().nonnegative(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** One way a review does not fit its round's rubric. */
export interface ReviewProblem {
  readonly code: 'unknown-part' | 'above-maximum' | 'unscored-part' | 'missing-comment';
  readonly partId?: string;
  readonly message: string;
}

/**
 * Checks a review against the rubric: every key is a part, no score above its maximum, and,
 * once submitted, every part scored and a comment written (Article 19: 撰写评语并打分).
 */
export function reviewProblems(
  review: Pick<Review, 'partScores' | 'comment' | 'status'>,
  rubric: Rubric,
): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const parts = rubricParts(rubric).map(({ part }) => part);
  for (const partId of Object.keys(review.partScores)) {
    if (!parts.some((p) => p.id === partId)) {
      problems.push({ code: 'unknown-part', partId, message: `评分细则中没有要点 ${partId}` });
    }
  }
  for (const part of parts) {
    const score = review.partScores[part.id];
    if (score === null || score === undefined) {
      if (review.status === 'submitted') {
        problems.push({
          code: 'unscored-part',
          partId: part.id,
          message: `要点 ${part.id} 尚未打分`,
        });
      }
    } else if (score > part.maxPoints) {
      problems.push({
        code: 'above-maximum',
        partId: part.id,
        message: `要点 ${part.id} 得分 ${score} 超过满分 ${part.maxPoints}`,
      });
    }
  }
  if (review.status === 'submitted' && review.comment.trim() === '') {
    problems.push({ code: 'missing-comment', message: '提交前须填写评语' });
  }
  return problems;
}
