import { RoundSchema } from '../domain/round';
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
    throw new Error(`评审轮次 ${materialRound.round.id} 不是资料评审，不能据此建立答辩评审`);
  }
  if (shortlist.length === 0) throw new Error('入围答辩名单为空');
  const repeated = shortlist.filter((id, i) => shortlist.indexOf(id) !== i);
  if (repeated.length > 0)
    throw new Error(`入围答辩名单中有重复：${[...new Set(repeated)].join('、')}`);
  const outside = shortlist.filter((id) => !materialRound.applicationIds.includes(id));
  if (outside.length > 0) {
    throw new Error(`以下申报经验不在资料评审 ${materialRound.round.id} 中：${outside.join('、')}`);
  }

  const rubric = RubricSchema.parse(input.rubric ?? defaultRubric('defense'));
  if (rubric.roundKind !== 'defense') throw new Error('答辩评审须使用答辩评审的评分细则');
  const rubricProblems = validateRubric(rubric);
  if (rubricProblems.length > 0) {
    throw new Error(`评分细则不可用：${rubricProblems.map((p) => p.message).join('；')}`);
  }

  const entering = new Set(shortlist);
  const applicationOf = new Map(input.materials.map((m) => [m.id, m.applicationId]));
  const year = materialRound.round.year;
  const round = RoundSchema.parse({
    id: input.id,
    year,
    kind: 'defense',
    name: input.name ?? `${year}年答辩评审`,
    rubric,
    status: 'draft',
    createdAt: input.createdAt,
  });
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
