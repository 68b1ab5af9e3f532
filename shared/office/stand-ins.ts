/**
 * 代行组长: for an application whose group leader is in conflict with it, the member of the
 * group the office designates to read its reviews and lead its deliberation in the leader's
 * place (issue 10, point 4). Kept per round and application, since an application's group may
 * differ between rounds. Whether a designation holds (a member, not in conflict) is decided by
 * shared/domain/review-readers.ts, when the office designates and again when it seals.
 */
import { z } from 'zod';
import {
  leaderInConflict,
  standInProblem,
  suggestStandIn,
  type ReviewReaderProblemCode,
} from '../domain/review-readers';
import { groupsInRound, type GroupInRound } from '../domain/group-in-round';
import { AppError, parseOrThrow } from '../errors';
import type { OfficeRecord } from './office-record-fields';

const Id = z.string().min(1).max(64);

export const StandInSchema = z.object({
  roundId: Id,
  applicationId: Id,
  /** A member of the application's group in that round, not in conflict with it. */
  expertId: Id,
});
export type StandIn = z.infer<typeof StandInSchema>;

/** The designations of one round, by application. */
export function standInsOfRound(c: OfficeRecord, roundId: string): Map<string, string> {
  return new Map(
    (c.standIns ?? [])
      .filter((s) => s.roundId === roundId)
      .map((s) => [s.applicationId, s.expertId]),
  );
}

function roundGroups(c: OfficeRecord, roundId: string): GroupInRound[] {
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  return groupsInRound(
    c.groups,
    { id: roundId, applicationIds: round.applicationIds },
    c.assignments,
  );
}

function openRound(c: OfficeRecord, roundId: string) {
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  if (round.round.status === 'closed') {
    throw new AppError('stand-in-round-closed', { roundName: round.round.name });
  }
  return round;
}

/**
 * Designates `expertId` to stand in for the leader on one application of a round not yet
 * closed, replacing an earlier designation. Refused when the leader is not in conflict, the
 * application is in no group, or the expert is not a member of its group or is in conflict too.
 * After sealing, a designation reaches only the packages sealed or reissued afterwards.
 */
export function setStandIn(c: OfficeRecord, input: StandIn): OfficeRecord {
  const { roundId, applicationId, expertId } = parseOrThrow(StandInSchema, input, 'group');
  const round = openRound(c, roundId);
  if (!round.applicationIds.includes(applicationId)) {
    throw new AppError('application-not-in-round', { applicationId, roundName: round.round.name });
  }
  const group = roundGroups(c, roundId).find((g) => g.applicationIds.includes(applicationId));
  if (group === undefined) throw new AppError('stand-in-no-group', { applicationId });
  const facts = { applicationId, group, conflicts: c.conflicts };
  if (!leaderInConflict(facts)) throw new AppError('stand-in-not-needed', { applicationId });
  const problem = standInProblem(facts, expertId);
  if (problem !== undefined) {
    throw new AppError('stand-in-not-eligible', {
      applicationId,
      expertId,
      reason: problem === 'stand-in-conflicted' ? 'conflicted' : 'not-member',
    });
  }
  const others = (c.standIns ?? []).filter(
    (s) => !(s.roundId === roundId && s.applicationId === applicationId),
  );
  return { ...c, standIns: [...others, { roundId, applicationId, expertId }] };
}

/** Removes the designation of one application in a round not yet closed. */
export function clearStandIn(
  c: OfficeRecord,
  roundId: string,
  applicationId: string,
): OfficeRecord {
  openRound(c, roundId);
  const kept = (c.standIns ?? []).filter(
    (s) => !(s.roundId === roundId && s.applicationId === applicationId),
  );
  if (kept.length === (c.standIns ?? []).length) {
    throw new AppError('stand-in-not-designated', { applicationId });
  }
  return { ...c, standIns: kept };
}

/** One application whose group leader is in conflict with it, as the office's screens show it. */
export interface StandInNeed {
  readonly applicationId: string;
  readonly groupId: string;
  readonly leaderId: string;
  /** The designation, when there is one. */
  readonly standInId?: string;
  /** What is wrong with the designation (or 'no-stand-in'); undefined when it holds. */
  readonly problem?: ReviewReaderProblemCode;
  /** The members who may stand in (members of the group, not in conflict), in the group's order. */
  readonly eligibleIds: readonly string[];
  /** The one to suggest: the eligible member standing in for the fewest so far. */
  readonly suggestedId?: string;
}

/**
 * Every application of the round whose leader is in conflict, group by group in the round's
 * order, with its designation, what is wrong with it, who may stand in and whom to suggest.
 */
export function standInNeeds(c: OfficeRecord, roundId: string): StandInNeed[] {
  const designated = standInsOfRound(c, roundId);
  const load = new Map<string, number>();
  for (const expertId of designated.values()) load.set(expertId, (load.get(expertId) ?? 0) + 1);
  const needs: StandInNeed[] = [];
  for (const group of roundGroups(c, roundId)) {
    const leaderId = group.leaderId;
    if (leaderId === undefined) continue;
    for (const applicationId of group.applicationIds) {
      const facts = { applicationId, group, conflicts: c.conflicts };
      if (!leaderInConflict(facts)) continue;
      const standInId = designated.get(applicationId);
      const problem = standInId === undefined ? 'no-stand-in' : standInProblem(facts, standInId);
      const suggestedId = suggestStandIn(facts, load);
      needs.push({
        applicationId,
        groupId: group.id,
        leaderId,
        ...(standInId === undefined ? {} : { standInId }),
        ...(problem === undefined ? {} : { problem }),
        eligibleIds: group.memberIds.filter((id) => standInProblem(facts, id) === undefined),
        ...(suggestedId === undefined ? {} : { suggestedId }),
      });
    }
  }
  return needs;
}
