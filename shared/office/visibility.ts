import type { Committee } from '../domain/committee';
import type { ConflictOfInterest } from '../domain/conflict';
import type { Expert, ExpertRole } from '../domain/expert';
import { groupExpertIds } from '../domain/group';
import type { GroupInRound } from '../domain/group-in-round';
import { reviewReaders, type ReviewReadersResult } from '../domain/review-readers';
import { committeeSignersProblem } from './sealing-blockers';

/** An expert as the sealing step needs them: who, and the registered key. */
export interface SealingExpert extends Pick<Expert, 'id' | 'name' | 'keyFingerprint'> {
  readonly card?: { readonly fingerprint: string };
}

/** 封装方案: everything that decides who receives which applications in one round. */
export interface SealingPlan {
  /** The round's applications, in the order packages list them. */
  readonly applicationIds: readonly string[];
  /** The groups in this round (groupsInRound), each with the applications assigned to it. */
  readonly groups: readonly GroupInRound[];
  readonly committee: Readonly<Committee>;
  readonly conflicts: readonly Pick<ConflictOfInterest, 'expertId' | 'applicationId'>[];
  readonly experts: readonly SealingExpert[];
  /** 代行组长 designated for this round, by application (stand-ins.ts); none when absent. */
  readonly standIns?: ReadonlyMap<string, string>;
  /** The round's application numbers (申报编号) by id, for messages that name an application. */
  readonly applicationNos?: ReadonlyMap<string, string>;
}

/**
 * Who besides the office may read one application's reviews in this plan (the rule is
 * shared/domain/review-readers.ts): the leader or designated stand-in of its group, the chair,
 * the vice-chair, each only where not in conflict.
 */
export function planReviewReaders(applicationId: string, plan: SealingPlan): ReviewReadersResult {
  return reviewReaders({
    applicationId,
    group: plan.groups.find((g) => g.applicationIds.includes(applicationId)),
    committee: plan.committee,
    conflicts: plan.conflicts,
    standInId: plan.standIns?.get(applicationId),
  });
}

/** 评审席位: where a person sits; one person may hold several (a chair who also leads a group). */
export interface PanelSeat {
  readonly role: ExpertRole;
  readonly groupId?: string;
}

/** Every seat the expert holds in the plan, committee first. */
export function seatsOf(expertId: string, plan: SealingPlan): PanelSeat[] {
  const seats: PanelSeat[] = [];
  if (plan.committee.chairId === expertId) seats.push({ role: 'chair' });
  if (plan.committee.viceChairId === expertId) seats.push({ role: 'vice-chair' });
  for (const group of plan.groups) {
    if (group.leaderId === expertId) seats.push({ role: 'leader', groupId: group.id });
    if (group.memberIds.includes(expertId)) seats.push({ role: 'member', groupId: group.id });
  }
  return seats;
}

/**
 * 可见范围 (Article 15, ARCHITECTURE "Case package"): the chair and vice-chair see every
 * application of the round, leaders and members those assigned to their group; from either, every
 * application the expert is in conflict with is removed, whatever the seat. Ids outside the round
 * are never returned. In the round's order.
 */
export function visibleApplications(expertId: string, plan: SealingPlan): string[] {
  const seats = seatsOf(expertId, plan);
  const seesAll = seats.some((s) => s.role === 'chair' || s.role === 'vice-chair');
  const ownGroups = new Set(seats.flatMap((s) => (s.groupId === undefined ? [] : [s.groupId])));
  const assigned = new Set(
    plan.groups.filter((g) => ownGroups.has(g.id)).flatMap((g) => g.applicationIds),
  );
  const conflicted = new Set(
    plan.conflicts.filter((c) => c.expertId === expertId).map((c) => c.applicationId),
  );
  return plan.applicationIds.filter((id) => (seesAll || assigned.has(id)) && !conflicted.has(id));
}

/**
 * What the person's seats entitle them to see, before any conflict is taken out. Everyone with
 * the same entitlement (the members of one group, the chair and vice-chair) gets a package of
 * one length, so the length of a conflicted member's package gives the conflict away to nobody.
 */
export function entitledApplications(expertId: string, plan: SealingPlan): string[] {
  return visibleApplications(expertId, { ...plan, conflicts: [] });
}

/**
 * The groups as one person's package may describe them: the chair and vice-chair get every
 * group, others their own; in each, only applications the person may see. Building a package
 * manifest from these, never from the plan's groups, keeps a conflicted application's id out.
 */
export function visibleGroups(expertId: string, plan: SealingPlan): GroupInRound[] {
  const seats = seatsOf(expertId, plan);
  const seesAll = seats.some((s) => s.role === 'chair' || s.role === 'vice-chair');
  const visible = new Set(visibleApplications(expertId, plan));
  return plan.groups
    .filter((g) => seesAll || seats.some((s) => s.groupId === g.id))
    .map((g) => ({ ...g, applicationIds: g.applicationIds.filter((id) => visible.has(id)) }));
}

/** One person to seal a package for. */
export interface SealingRecipient {
  readonly expertId: string;
  readonly name: string;
  readonly seats: readonly PanelSeat[];
  /** Exactly what visibleApplications gives: the only applications the package may hold. */
  readonly applicationIds: readonly string[];
}

/** One reason not to seal yet (or, for 'nothing-visible', to look twice). */
export interface SealingProblem {
  readonly code:
    | 'no-chair'
    | 'no-vice-chair'
    | 'unknown-expert'
    | 'no-card'
    | 'fingerprint-mismatch'
    | 'no-leader'
    | 'leader-conflicted'
    | 'no-stand-in'
    | 'stand-in-not-member'
    | 'stand-in-conflicted'
    | 'office-only'
    | 'unassigned-application'
    | 'assigned-twice'
    | 'outside-round'
    | 'no-reviewer'
    | 'nothing-visible'
    /** Chair and vice-chair both in conflict: nobody signs the round whole (sealing-blockers.ts). */
    | 'committee-signers-conflicted'
    /** The chair in conflict and no vice-chair: nobody signs the round whole (sealing-blockers.ts). */
    | 'committee-chair-conflicted-alone';
  readonly message: string;
  readonly expertId?: string;
  readonly groupId?: string;
  readonly applicationId?: string;
}

/** The reader rule's problems in the words a sealing problem states them (Chinese). */
const readerProblemWords: Readonly<
  Record<ReviewReadersResult['problems'][number]['code'], (expertName: string) => string>
> = {
  'no-stand-in': () => '的组长须回避，尚未指定代行组长',
  'stand-in-not-member': (name) => `指定的代行组长 ${name} 不是该专业组的组员`,
  'stand-in-conflicted': (name) => `指定的代行组长 ${name} 也须回避`,
  'office-only': () => '的组长、主任委员、副主任委员均须回避，除办公室外无人可阅其评审意见',
};

/** The packages to seal: one per seated expert, and what is wrong with the plan. */
export interface SealingRecipients {
  readonly recipients: readonly SealingRecipient[];
  readonly problems: readonly SealingProblem[];
}

/**
 * Everyone to seal a package for (chair, vice-chair, then each group's leader and members) with
 * their visible applications, and the problems: a missing chair or leader, an expert with no
 * registered card, an application in no group or in two, one nobody in its group may see.
 */
export function sealingRecipients(plan: SealingPlan): SealingRecipients {
  const problems: SealingProblem[] = [];
  const experts = new Map(plan.experts.map((e) => [e.id, e]));
  const inRound = new Set(plan.applicationIds);
  const conflicted = (expertId: string, applicationId: string) =>
    plan.conflicts.some((c) => c.expertId === expertId && c.applicationId === applicationId);
  const nameOf = (expertId: string) => experts.get(expertId)?.name ?? expertId;
  const named = (applicationId: string) => {
    const no = plan.applicationNos?.get(applicationId);
    return no === undefined ? `申报经验 ${applicationId}` : `申报经验 ${no}（${applicationId}）`;
  };

  if (plan.committee.chairId === undefined)
    problems.push({ code: 'no-chair', message: '尚未指定主任委员' });
  if (plan.committee.viceChairId === undefined) {
    problems.push({ code: 'no-vice-chair', message: '尚未指定副主任委员' });
  }

  const groupOf = new Map<string, string>();
  for (const group of plan.groups) {
    if (group.leaderId === undefined) {
      problems.push({ code: 'no-leader', groupId: group.id, message: `${group.name}尚未指定组长` });
    }
    for (const applicationId of group.applicationIds) {
      if (!inRound.has(applicationId)) {
        problems.push({
          code: 'outside-round',
          groupId: group.id,
          applicationId,
          message: `${group.name}分配的申报经验 ${applicationId} 不在本轮评审中`,
        });
        continue;
      }
      const other = groupOf.get(applicationId);
      if (other !== undefined) {
        problems.push({
          code: 'assigned-twice',
          groupId: group.id,
          applicationId,
          message: `申报经验 ${applicationId} 同时分配给了 ${other} 和 ${group.id}`,
        });
      } else {
        groupOf.set(applicationId, group.id);
      }
      if (groupExpertIds(group).every((expertId) => conflicted(expertId, applicationId))) {
        problems.push({
          code: 'no-reviewer',
          groupId: group.id,
          applicationId,
          message: `${group.name}全体专家均须回避申报经验 ${applicationId}`,
        });
      }
    }
  }
  for (const applicationId of plan.applicationIds.filter((id) => groupOf.has(id))) {
    const group = plan.groups.find((g) => g.id === groupOf.get(applicationId))!;
    // Without a leader or a chair sealing is refused already ('no-leader', 'no-chair').
    if (group.leaderId === undefined || plan.committee.chairId === undefined) continue;
    const readers = planReviewReaders(applicationId, plan);
    // Not tied to one expert: every package naming the application names its readers.
    for (const problem of readers.problems) {
      problems.push({
        code: problem.code,
        groupId: group.id,
        applicationId,
        message: `${named(applicationId)}${readerProblemWords[problem.code](nameOf(problem.expertId ?? ''))}`,
      });
    }
    const standIn = readers.readers.find((r) => r.roles.includes('stand-in'));
    if (standIn !== undefined) {
      problems.push({
        code: 'leader-conflicted',
        groupId: group.id,
        expertId: group.leaderId!,
        applicationId,
        message: `${group.name}的组长须回避${named(applicationId)}，由 ${nameOf(standIn.expertId)} 代行组长`,
      });
    }
  }
  for (const applicationId of plan.applicationIds.filter((id) => !groupOf.has(id))) {
    problems.push({
      code: 'unassigned-application',
      applicationId,
      message: `申报经验 ${applicationId} 尚未分配专业组`,
    });
  }

  const seated = [
    plan.committee.chairId,
    plan.committee.viceChairId,
    ...plan.groups.flatMap((g) => groupExpertIds(g)),
  ].filter((id): id is string => id !== undefined);
  const recipients: SealingRecipient[] = [];
  for (const expertId of new Set(seated)) {
    const expert = experts.get(expertId);
    if (!expert) {
      problems.push({ code: 'unknown-expert', expertId, message: `${expertId} 不是已登记的专家` });
      continue;
    }
    if (expert.keyFingerprint === undefined || expert.card === undefined) {
      problems.push({
        code: 'no-card',
        expertId,
        message: `${expert.name}尚未登记身份卡（公钥指纹），无法为其加密`,
      });
    } else if (expert.card.fingerprint !== expert.keyFingerprint) {
      problems.push({
        code: 'fingerprint-mismatch',
        expertId,
        message: `${expert.name}的身份卡指纹与登记的指纹不一致`,
      });
    }
    const applicationIds = visibleApplications(expertId, plan);
    if (applicationIds.length === 0) {
      problems.push({
        code: 'nothing-visible',
        expertId,
        message: `${expert.name}没有可评审的申报经验`,
      });
    }
    recipients.push({
      expertId,
      name: expert.name,
      seats: seatsOf(expertId, plan),
      applicationIds,
    });
  }
  const signers = committeeSignersProblem(plan);
  if (signers !== null) problems.push(signers);
  return { recipients, problems };
}
