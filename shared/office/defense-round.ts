import { RoundSchema } from '../domain/round';
import { AppError, parseOrThrow } from '../errors';
import { defaultRubric, RubricSchema, validateRubric, type Rubric } from '../domain/rubric';
import type { OfficeMaterial } from './office-material';
import type { Assignment } from '../domain/group-in-round';
import type { OfficeRound } from './office-round';

export interface DefenseRoundInput {
  readonly materialRound: OfficeRound;
  /** 入围答辩名单: the application ids entering defense, as the deliberation decided. */
  readonly shortlist: readonly string[];
  /** Where each material belongs, to carry over the shortlisted applications' materials. */
  readonly materials: readonly Pick<OfficeMaterial, 'id' | 'applicationId'>[];
  /** All assignments; those of the material round are carried over for the shortlist. */
  readonly assignments: readonly Assignment[];
  readonly id: string;
  readonly createdAt: string;
  readonly name?: string;
  /** Defaults to defaultRubric('defense'). */
  readonly rubric?: Rubric;
}

/** The new round and its assignments (the material round's groups, the office may change them). */
export interface DefenseRound {
  readonly round: OfficeRound;
  readonly assignments: readonly Assignment[];
}

/**
 * 答辩评审 (Article 20) from the material round's shortlist (Article 19): a draft 'defense' round
 * with the shortlisted applications in the material round's order, their materials of the
 * material round, and their group assignments. Throws for a shortlist id not in the material
 * round, a repeated or empty shortlist, a round that is not 'material', or an unusable rubric.
 */
export function buildDefenseRound(input: DefenseRoundInput): DefenseRound {
  const { materialRound, shortlist } = input;
  if (materialRound.round.kind !== 'material') {
    throw new AppError('not-a-material-round', { roundId: materialRound.round.id });
  }
  if (shortlist.length === 0) throw new AppError('shortlist-empty');
  const repeated = shortlist.filter((id, i) => shortlist.indexOf(id) !== i);
  if (repeated.length > 0) {
    throw new AppError('shortlist-repeated', { applicationIds: [...new Set(repeated)] });
  }
  const outside = shortlist.filter((id) => !materialRound.applicationIds.includes(id));
  if (outside.length > 0) {
    throw new AppError('shortlist-outside-round', {
      roundId: materialRound.round.id,
      applicationIds: outside,
    });
  }

  const rubric = parseOrThrow(RubricSchema, input.rubric ?? defaultRubric('defense'), 'rubric');
  if (rubric.roundKind !== 'defense') throw new AppError('defense-rubric-required');
  const rubricProblems = validateRubric(rubric);
  if (rubricProblems.length > 0) {
    throw new AppError('rubric-unusable', { problems: rubricProblems.map((p) => p.message) });
  }

  const entering = new Set(shortlist);
  const applicationOf = new Map(input.materials.map((m) => [m.id, m.applicationId]));
  const year = materialRound.round.year;
  const round = parseOrThrow(
    RoundSchema,
    {
      id: input.id,
      year,
      kind: 'defense',
      name: input.name ?? `${year}年答辩评审`,
      rubric,
      status: 'draft',
      createdAt: input.createdAt,
    },
    'round',
  );
  return {
    round: {
      round,
      applicationIds: materialRound.applicationIds.filter((id) => entering.has(id)),
      materialIds: materialRound.materialIds.filter((id) => {
        const applicationId = applicationOf.get(id);
        return applicationId !== undefined && entering.has(applicationId);
      }),
    },
    assignments: input.assignments
      .filter((a) => a.roundId === materialRound.round.id && entering.has(a.applicationId))
      .map((a) => ({ ...a, roundId: round.id })),
  };
}
