/**
 * The reminders of 封装前检查 (what only needs a look) in the UI's language: the plan states its
 * problems in Chinese, so the screen words the ones it knows from the plan itself (the group's
 * name, the expert's name, the application's 申报编号, the stand-in), and leaves any other as the
 * plan says it.
 */
import type { SealingPlan, SealingProblem } from '../../../shared/office/visibility';
import { planReviewReaders } from '../../../shared/office/visibility';
import type { FeatureTranslate } from '../../app/i18n/use-messages';
import type { SealMessageKey } from './seal-messages';

/** The reminder in the UI's language, or null when the screen has no words for it. */
export function reminderText(
  problem: SealingProblem,
  plan: SealingPlan | undefined,
  t: FeatureTranslate<SealMessageKey>,
): string | null {
  if (problem.code === 'no-vice-chair') return t('problems.noViceChair');
  if (plan === undefined) return null;
  const expertName = (id: string | undefined) =>
    plan.experts.find((e) => e.id === id)?.name ?? null;
  const groupName = plan.groups.find((g) => g.id === problem.groupId)?.name ?? null;
  // By its 申报编号 as the other checks name it; the plan's id only where it has none.
  const application =
    problem.applicationId === undefined
      ? null
      : t('problems.application', {
          no: plan.applicationNos?.get(problem.applicationId) ?? problem.applicationId,
        });
  if (problem.code === 'nothing-visible') {
    const name = expertName(problem.expertId);
    return name === null ? null : t('problems.nothingVisible', { name });
  }
  if (groupName === null || application === null) return null;
  if (problem.code === 'no-reviewer') {
    return t('problems.noReviewer', { group: groupName, application });
  }
  if (problem.code === 'leader-conflicted') {
    const readers = planReviewReaders(problem.applicationId!, plan).readers;
    const standIn = expertName(readers.find((r) => r.roles.includes('stand-in'))?.expertId);
    if (standIn === null) return null;
    return t('problems.leaderConflicted', { group: groupName, application, standIn });
  }
  return null;
}
