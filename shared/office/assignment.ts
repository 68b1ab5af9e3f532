import type { Application } from '../domain/application';
import { conflictKindLabels, type ConflictOfInterest } from '../domain/conflict';
import { expertMatchWeights, matchExpertToApplication, type Expert } from '../domain/expert';
import { groupExpertIds, type Group } from '../domain/group';
import type { Assignment } from '../domain/group-in-round';

/** One thing wrong with the groups or the assignments. */
export interface AssignmentProblem {
  readonly code:
    | 'no-leader'
    | 'leader-not-expert'
    | 'member-not-expert'
    | 'expert-in-two-groups'
    | 'unknown-group'
    | 'assigned-twice';
  readonly message: string;
  readonly groupId?: string;
  readonly expertId?: string;
  readonly roundId?: string;
  readonly applicationId?: string;
}

export interface AssignmentCheckInput {
  readonly groups: readonly Pick<Group, 'id' | 'name' | 'leaderId' | 'memberIds'>[];
  readonly assignments: readonly Assignment[];
  readonly experts: readonly Pick<Expert, 'id'>[];
}

/**
 * Checks that each group has a leader who is a registered expert, every member is one, nobody
 * sits in two groups, and each application goes to at most one existing group per round.
 */
export function validateAssignments(input: AssignmentCheckInput): AssignmentProblem[] {
  const problems: AssignmentProblem[] = [];
  const experts = new Set(input.experts.map((e) => e.id));
  const seatOf = new Map<string, string>();

  for (const group of input.groups) {
    const groupId = group.id;
    if (group.leaderId === undefined) {
      problems.push({ code: 'no-leader', groupId, message: `${group.name}尚未指定组长` });
    } else if (!experts.has(group.leaderId)) {
      problems.push({
        code: 'leader-not-expert',
        groupId,
        expertId: group.leaderId,
        message: `${group.name}的组长 ${group.leaderId} 不是已登记的专家`,
      });
    }
    for (const expertId of group.memberIds.filter((id) => !experts.has(id))) {
      problems.push({
        code: 'member-not-expert',
        groupId,
        expertId,
        message: `${group.name}的组员 ${expertId} 不是已登记的专家`,
      });
    }
    for (const expertId of groupExpertIds(group)) {
      const other = seatOf.get(expertId);
      if (other !== undefined && other !== groupId) {
        problems.push({
          code: 'expert-in-two-groups',
          groupId,
          expertId,
          message: `专家 ${expertId} 同时在 ${other} 和 ${groupId} 两个专业组`,
        });
      }
      seatOf.set(expertId, other ?? groupId);
    }
  }

  const groups = new Set(input.groups.map((g) => g.id));
  const assigned = new Map<string, string>();
  for (const { roundId, applicationId, groupId } of input.assignments) {
    if (!groups.has(groupId)) {
      problems.push({
        code: 'unknown-group',
        roundId,
        applicationId,
        groupId,
        message: `申报经验 ${applicationId} 分配给了不存在的专业组 ${groupId}`,
      });
    }
    const key = JSON.stringify([roundId, applicationId]);
    const earlier = assigned.get(key);
    if (earlier !== undefined) {
      problems.push({
        code: 'assigned-twice',
        roundId,
        applicationId,
        groupId,
        message: `申报经验 ${applicationId} 在评审轮次 ${roundId} 中同时分配给 ${earlier} 和 ${groupId}`,
      });
    } else {
      assigned.set(key, groupId);
    }
  }
  return problems;
}

/**
 * What one conflicted expert costs a group: as much as the best match one expert can bring, so a
 * conflict outweighs any single expert's fit.
 */
export const CONFLICT_PENALTY =
  expertMatchWeights.industry + expertMatchWeights.scope + expertMatchWeights.focusArea;

/** 分组建议: a group ranked for an application, with the reasons in Chinese. */
export interface GroupSuggestion {
  readonly groupId: string;
  /** Summed match of the experts not in conflict, less CONFLICT_PENALTY per conflicted expert. */
  readonly score: number;
  readonly conflictedExpertIds: readonly string[];
  readonly reasons: readonly string[];
}

/** A group not suggested at all, and why. */
export interface GroupExclusion {
  readonly groupId: string;
  readonly reasons: readonly string[];
}

export interface GroupSuggestions {
  /** Best first; equal scores keep the groups' own order. */
  readonly suggested: readonly GroupSuggestion[];
  readonly excluded: readonly GroupExclusion[];
}

/**
 * Ranks groups for an application by their experts' matchExpertToApplication scores. A group
 * without a leader, whose leader is in conflict, or with more than half of its members (the
 * leader apart) in conflict is not suggested: it could not review the application properly.
 */
export function suggestGroupForApplication(
  application: Pick<Application, 'id' | 'scope' | 'focusArea' | 'industry'>,
  groups: readonly Pick<Group, 'id' | 'name' | 'leaderId' | 'memberIds'>[],
  experts: readonly Pick<Expert, 'id' | 'name' | 'fields' | 'industries'>[],
  conflicts: readonly Pick<ConflictOfInterest, 'expertId' | 'applicationId' | 'kind'>[],
): GroupSuggestions {
  const byId = new Map(experts.map((e) => [e.id, e]));
  const conflictOf = (expertId: string) =>
    conflicts.find((c) => c.expertId === expertId && c.applicationId === application.id);
  const nameOf = (expertId: string) => byId.get(expertId)?.name ?? expertId;

  const suggested: (GroupSuggestion & { order: number })[] = [];
  const excluded: GroupExclusion[] = [];

  groups.forEach((group, order) => {
    const conflictedMembers = group.memberIds.filter((id) => conflictOf(id) !== undefined);
    const exclusion: string[] = [];
    if (group.leaderId === undefined) exclusion.push(`${group.name}尚未指定组长`);
    else if (conflictOf(group.leaderId)) exclusion.push(`组长${nameOf(group.leaderId)}须回避`);
    if (conflictedMembers.length * 2 > group.memberIds.length) {
      exclusion.push(
        `${group.memberIds.length} 名组员中 ${conflictedMembers.length} 名须回避，超过半数`,
      );
    }
    if (exclusion.length > 0) {
      excluded.push({ groupId: group.id, reasons: exclusion });
      return;
    }

    let score = 0;
    const reasons: string[] = [];
    const conflictedExpertIds: string[] = [];
    for (const expertId of groupExpertIds(group)) {
      const conflict = conflictOf(expertId);
      if (conflict) {
        score -= CONFLICT_PENALTY;
        conflictedExpertIds.push(expertId);
        const label = conflictKindLabels[conflict.kind].zh;
        reasons.push(`${nameOf(expertId)}须回避（${label}），减 ${CONFLICT_PENALTY} 分`);
        continue;
      }
      const expert = byId.get(expertId);
      if (!expert) continue;
      const match = matchExpertToApplication(expert, application);
      score += match.score;
      if (match.score > 0)
        reasons.push(`${expert.name}（+${match.score}）：${match.reasons.join('；')}`);
    }
    if (reasons.length === 0) reasons.push('组内专家与该申报经验的行业和专业领域均不相符');
    suggested.push({ groupId: group.id, score, conflictedExpertIds, reasons, order });
  });

  suggested.sort((a, b) => b.score - a.score || a.order - b.order);
  return { suggested: suggested.map(({ order: _order, ...s }) => s), excluded };
}
