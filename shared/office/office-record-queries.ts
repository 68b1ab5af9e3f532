import { groupsInRound } from '../domain/group-in-round';
import { AppError } from '../errors';
import { emptyFormalCheck, evaluateFormalCheck, type FormalCheckResult } from './formal-check';
import type { OfficeRecord } from './office-record-fields';
import { standInsOfRound } from './stand-ins';
import type { SealingPlan } from './visibility';

/** The formal check of one application, evaluated against its materials and the deadline. */
export function formalCheckOf(c: OfficeRecord, applicationId: string): FormalCheckResult {
  if (!c.applications.some((a) => a.id === applicationId)) {
    throw new AppError('application-not-found', { applicationId });
  }
  const check = c.formalChecks.find((f) => f.applicationId === applicationId);
  return evaluateFormalCheck(check ?? emptyFormalCheck(applicationId), {
    materials: c.materials.filter((m) => m.applicationId === applicationId),
    deadline: c.deadline,
  });
}

/** Article 18: the applications whose formal check passes, the ones material review may take. */
export function applicationsPassingFormalCheck(c: OfficeRecord): string[] {
  return c.applications.filter((a) => formalCheckOf(c, a.id).overall === 'pass').map((a) => a.id);
}

/** The sealing plan of one round: its applications, the groups with this round's assignments. */
export function sealingPlanForRound(c: OfficeRecord, roundId: string): SealingPlan {
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  return {
    applicationIds: round.applicationIds,
    groups: groupsInRound(
      c.groups,
      { id: roundId, applicationIds: round.applicationIds },
      c.assignments,
    ),
    committee: c.committee,
    conflicts: c.conflicts,
    experts: c.experts,
    standIns: standInsOfRound(c, roundId),
    applicationNos: new Map(
      c.applications
        .filter((a) => round.applicationIds.includes(a.id))
        .map((a) => [a.id, a.applicationNo]),
    ),
  };
}
