import { RoundSchema, type RoundStatus } from '../domain/round';
import { defaultRubric, RubricSchema, validateRubric, type Rubric } from '../domain/rubric';
import { buildDefenseRound } from './defense-round';
import type { OfficeRecord } from './office-record-fields';
import type { OfficeRound } from './office-round';
import { AppError, parseOrThrow } from '../errors';

/** What the office enters to open the year's 资料评审. */
export interface MaterialRoundInput {
  readonly id: string;
  readonly createdAt: string;
  readonly name?: string;
  /** Defaults to defaultRubric('material'). */
  readonly rubric?: Rubric;
}

/** Adds a draft material round with no applications yet (setRoundApplications fills it). */
export function addMaterialRound(c: OfficeRecord, input: MaterialRoundInput): OfficeRecord {
  assertRoundIdFree(c, input.id);
  const round = parseOrThrow(
    RoundSchema,
    {
      id: input.id,
      year: c.year,
      kind: 'material',
      name: input.name ?? `${c.year}年资料评审`,
      rubric: usableRubric(input.rubric ?? defaultRubric('material')),
      status: 'draft',
      createdAt: input.createdAt,
    },
    'round',
  );
  return { ...c, rounds: [...c.rounds, { round, applicationIds: [], materialIds: [] }] };
}

/**
 * Sets which applications a draft round reviews (Article 18: those that passed the formal
 * check). Applications joining bring all their materials; those leaving take theirs, their
 * assignments and their stand-ins in the round with them.
 */
export function setRoundApplications(
  c: OfficeRecord,
  roundId: string,
  applicationIds: readonly string[],
): OfficeRecord {
  const current = draftRound(c, roundId);
  const unknown = applicationIds.filter((id) => !c.applications.some((a) => a.id === id));
  if (unknown.length > 0) throw new AppError('applications-not-found', { applicationIds: unknown });
  const wanted = new Set(applicationIds);
  if (wanted.size !== applicationIds.length) throw new AppError('applications-repeated');
  const kept = current.materialIds.filter((id) => {
    const applicationId = c.materials.find((m) => m.id === id)?.applicationId;
    return applicationId !== undefined && wanted.has(applicationId);
  });
  const joining = c.materials
    .filter((m) => wanted.has(m.applicationId) && !current.applicationIds.includes(m.applicationId))
    .map((m) => m.id);
  const updated: OfficeRound = {
    ...current,
    applicationIds: [...applicationIds],
    materialIds: [...new Set([...kept, ...joining])],
  };
  return {
    ...c,
    rounds: c.rounds.map((r) => (r.round.id === roundId ? updated : r)),
    assignments: c.assignments.filter((a) => a.roundId !== roundId || wanted.has(a.applicationId)),
    ...(c.standIns === undefined
      ? {}
      : {
          standIns: c.standIns.filter((s) => s.roundId !== roundId || wanted.has(s.applicationId)),
        }),
  };
}

/** What the office enters to open 答辩评审 from a material round's shortlist. */
export interface DefenseRoundRequest {
  readonly materialRoundId: string;
  readonly shortlist: readonly string[];
  readonly id: string;
  readonly createdAt: string;
  readonly name?: string;
  readonly rubric?: Rubric;
}

/**
 * The id of the next defense round: one defense round per material round is the usual; a second
 * gets its own id.
 */
export function defenseRoundIdFor(c: OfficeRecord): string {
  return c.rounds.some((r) => r.round.id === 'defense') ? `defense-${c.rounds.length}` : 'defense';
}

/** Adds the defense round built by buildDefenseRound, with its carried-over assignments and stand-ins. */
export function addDefenseRound(c: OfficeRecord, request: DefenseRoundRequest): OfficeRecord {
  assertRoundIdFree(c, request.id);
  const materialRound = c.rounds.find((r) => r.round.id === request.materialRoundId);
  if (!materialRound) throw new AppError('round-not-found', { roundId: request.materialRoundId });
  const defense = buildDefenseRound({
    ...request,
    materialRound,
    materials: c.materials,
    assignments: c.assignments,
  });
  // The groups carry over, and with them the stand-ins for leaders in conflict.
  const carried = (c.standIns ?? [])
    .filter((s) => s.roundId === request.materialRoundId)
    .filter((s) => defense.round.applicationIds.includes(s.applicationId))
    .map((s) => ({ ...s, roundId: request.id }));
  return {
    ...c,
    rounds: [...c.rounds, defense.round],
    assignments: [...c.assignments, ...defense.assignments],
    ...(c.standIns === undefined ? {} : { standIns: [...c.standIns, ...carried] }),
  };
}

/**
 * Sets the rubric of a draft round. The rubric must be for the round's kind and usable as it
 * stands (validateRubric finds nothing): drafts of a rubric live in the editor, not in the case.
 */
export function setRubric(c: OfficeRecord, roundId: string, rubric: Rubric): OfficeRecord {
  const current = draftRound(c, roundId);
  const parsed = usableRubric(rubric);
  if (parsed.roundKind !== current.round.kind) throw new AppError('rubric-round-kind-mismatch');
  const updated = { ...current, round: { ...current.round, rubric: parsed } };
  return { ...c, rounds: c.rounds.map((r) => (r.round.id === roundId ? updated : r)) };
}

const STATUS_ORDER: readonly RoundStatus[] = ['draft', 'open', 'closed'];

/**
 * Moves a round forward: draft → open when its packages are sealed, open → closed when its
 * result is in. Never backwards: what was sealed stays sealed.
 */
export function setRoundStatus(
  c: OfficeRecord,
  roundId: string,
  status: RoundStatus,
): OfficeRecord {
  const current = c.rounds.find((r) => r.round.id === roundId);
  if (!current) throw new AppError('round-not-found', { roundId });
  if (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(current.round.status)) {
    throw new AppError('round-status-backwards', {
      roundName: current.round.name,
      from: current.round.status,
      to: status,
    });
  }
  const updated = { ...current, round: { ...current.round, status } };
  return { ...c, rounds: c.rounds.map((r) => (r.round.id === roundId ? updated : r)) };
}

function draftRound(c: OfficeRecord, roundId: string): OfficeRound {
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  if (round.round.status !== 'draft')
    throw new AppError('round-sealed', { roundName: round.round.name });
  return round;
}

function assertRoundIdFree(c: OfficeRecord, id: string): void {
  if (c.rounds.some((r) => r.round.id === id))
    throw new AppError('round-id-taken', { roundId: id });
}

function usableRubric(rubric: Rubric): Rubric {
  const parsed = parseOrThrow(RubricSchema, rubric, 'rubric');
  const problems = validateRubric(parsed);
  if (problems.length > 0)
    throw new AppError('rubric-unusable', { problems: problems.map((p) => p.message) });
  return parsed;
}
