/**
 * 专业组 in one round: the group as the office formed it (group.ts) and the applications the
 * office assigned to it for that round. Sealing plans, package manifests and a leader's
 * deliberation all take their groups in this shape, derived here and nowhere else.
 */
import { z } from 'zod';
import type { Group } from './group';

const Id = z.string().min(1).max(64);

/** 分组分配: which group reviews an application in a round; at most one per round. */
export const AssignmentSchema = z.object({
  roundId: Id,
  applicationId: Id,
  groupId: Id,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** A group in a round: the Group itself, and what it reviews there, in the round's order. */
export interface GroupInRound extends Readonly<Omit<Group, 'memberIds'>> {
  readonly memberIds: readonly string[];
  /** The round's applications assigned to this group, in the round's order. */
  readonly applicationIds: readonly string[];
}

/**
 * The groups in one round, in the groups' order: each with the round's applications assigned to
 * it in that round, in the round's order. Assignments of other rounds, and of applications not in
 * the round, are left out; an application assigned twice is listed under each group, for the
 * sealing checks to report.
 */
export function groupsInRound(
  groups: readonly Group[],
  round: { readonly id: string; readonly applicationIds: readonly string[] },
  assignments: readonly Assignment[],
): GroupInRound[] {
  const groupsOf = new Map<string, Set<string>>();
  for (const a of assignments) {
    if (a.roundId !== round.id) continue;
    const set = groupsOf.get(a.applicationId) ?? new Set<string>();
    groupsOf.set(a.applicationId, set.add(a.groupId));
  }
  return groups.map((group) => ({
    ...group,
    applicationIds: round.applicationIds.filter((id) => groupsOf.get(id)?.has(group.id) === true),
  }));
}
