/**
 * What stops sealing (封装前检查, in red) in the UI's language: the plan states its problems in
 * Chinese, with internal ids where it has no name, so the screen words the ones it can name from
 * the plan itself (the group's name, the expert's name, the application's 申报编号, the seat of a
 * person nobody registered) and leaves any other as the plan says it. The committee's signers are
 * worded apart (SealingChecks, from their error's own words).
 */
import type { SealingPlan, SealingProblem } from '../../../shared/office/visibility';
import { seatsOf } from '../../../shared/office/visibility';
import type { Locale } from '../../app/i18n/locale';
import type { FeatureTranslate } from '../../app/i18n/use-messages';
import type { SealMessageKey } from './seal-messages';
import { seatLabel } from './seat-label';

/** The blocking problem in the UI's language, or null when the screen cannot name what it is about. */
export function blockingText(
  problem: SealingProblem,
  plan: SealingPlan | undefined,
  t: FeatureTranslate<SealMessageKey>,
  locale: Locale,
): string | null {
  if (problem.code === 'no-chair') return t('blocking.noChair');
  if (plan === undefined) return null;
  const expertName = (id: string | undefined) =>
    id === undefined ? null : (plan.experts.find((e) => e.id === id)?.name ?? null);
  const groupName = (id: string | undefined) =>
    id === undefined ? null : (plan.groups.find((g) => g.id === id)?.name ?? null);
  // By its 申报编号 alone, never the plan's id: without a number the plan's words stand.
  const no =
    problem.applicationId === undefined
      ? undefined
      : plan.applicationNos?.get(problem.applicationId);
  const application = no === undefined ? null : t('problems.application', { no });
  const group = groupName(problem.groupId);

  switch (problem.code) {
    case 'no-card':
    case 'fingerprint-mismatch': {
      const name = expertName(problem.expertId);
      if (name === null) return null;
      return t(problem.code === 'no-card' ? 'blocking.noCard' : 'blocking.fingerprintMismatch', {
        name,
      });
    }
    case 'unknown-expert': {
      // Nobody registered to name: the seat they were given says who is meant.
      const seat = problem.expertId === undefined ? undefined : seatsOf(problem.expertId, plan)[0];
      if (seat === undefined) return null;
      const seatGroup = seat.groupId === undefined ? null : groupName(seat.groupId);
      if (seat.groupId !== undefined && seatGroup === null) return null;
      return t('blocking.unknownExpert', { seat: seatLabel(seat.role, seatGroup, locale) });
    }
    case 'no-leader':
      return group === null ? null : t('blocking.noLeader', { group });
    case 'outside-round':
      if (group === null) return null;
      return application === null
        ? t('blocking.outsideRoundUnnumbered', { group })
        : t('blocking.outsideRound', { group, application });
    case 'assigned-twice': {
      // The group it was first assigned to, as the plan's check keeps it.
      const first = plan.groups.find(
        (g) => g.id !== problem.groupId && g.applicationIds.includes(problem.applicationId ?? ''),
      );
      if (application === null || group === null || first === undefined) return null;
      return t('blocking.assignedTwice', { application, first: first.name, second: group });
    }
    case 'unassigned-application':
      return application === null ? null : t('blocking.unassigned', { application });
    case 'no-stand-in':
      if (application === null || group === null) return null;
      return t('blocking.noStandIn', { group, application });
    case 'stand-in-not-member':
    case 'stand-in-conflicted': {
      const name = expertName(plan.standIns?.get(problem.applicationId ?? ''));
      if (application === null || group === null || name === null) return null;
      return t(
        problem.code === 'stand-in-not-member'
          ? 'blocking.standInNotMember'
          : 'blocking.standInConflicted',
        { group, application, name },
      );
    }
    case 'office-only':
      if (application === null || group === null) return null;
      return t('blocking.officeOnly', { group, application });
    default:
      return null;
  }
}
