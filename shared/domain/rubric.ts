import { z } from 'zod';
import { AppError } from '../errors';
import { schemaRule } from '../errors/schema-rules';
import { RoundKindSchema, roundKindLabels, type RoundKind } from './round-kind';
import { article8Bands, article8Criteria } from './rubric-article-8';

/** 评分等级: the four grades a part's score falls into. */
export const BandIdSchema = z.enum(['excellent', 'good', 'fair', 'poor']);
export type BandId = z.infer<typeof BandIdSchema>;

const Slug = z.string().regex(/^[a-z0-9-]{1,32}$/, schemaRule('rubric-id-format'));

/** 评分档次: a grade, reached from `minRatio` of a part's maximum upwards. */
export const RubricBandSchema = z.object({
  id: BandIdSchema,
  label: z.string().trim().min(1).max(10),
  minRatio: z.number().min(0).max(1),
  descriptor: z.string().max(500),
});
export type RubricBand = z.infer<typeof RubricBandSchema>;

/** 评分要点: one scored part of a criterion, as the article words it. */
export const RubricPartSchema = z.object({
  id: Slug,
  text: z.string().trim().min(1).max(1000),
  maxPoints: z.number().positive(),
  /** What each grade means for this part; falls back to the band's general descriptor. */
  bandDescriptors: z.partialRecord(BandIdSchema, z.string().max(500)).optional(),
});
export type RubricPart = z.infer<typeof RubricPartSchema>;

/** 评审标准: one criterion of Article 8, e.g. (一) 科学性和创新性. */
export const RubricCriterionSchema = z.object({
  id: Slug,
  numeral: z.string().trim().min(1).max(4),
  title: z.string().trim().min(1).max(50),
  /** Points of this criterion in the 100; equals the sum of its parts' maxima. */
  weight: z.number().positive(),
  parts: z.array(RubricPartSchema).min(1).max(10),
});
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

/** 评分细则: criteria, parts, points and grades of one round; plain data the office may edit. */
export const RubricSchema = z.object({
  id: Slug,
  name: z.string().trim().min(1).max(100),
  roundKind: RoundKindSchema,
  /** True while weights and grades are ours, not the seed's (it gives none). */
  isPlaceholder: z.boolean(),
  criteria: z.array(RubricCriterionSchema).min(1).max(20),
  bands: z.array(RubricBandSchema).min(1).max(10),
});
export type Rubric = z.infer<typeof RubricSchema>;

/** The points all rubrics add up to. */
export const RUBRIC_TOTAL_POINTS = 100;

// Sums of fractional points (after rescaling) may differ from the target by float noise only.
const TOLERANCE = 1e-9;

/** The Article 8 rubric with placeholder weights 30/30/40 and grades 优/良/中/差; a fresh copy. */
export function defaultRubric(roundKind: RoundKind): Rubric {
  return {
    id: `article-8-${roundKind}`,
    name: `第八条遴选标准（${roundKindLabels[roundKind].zh}，暂定分值）`,
    roundKind,
    isPlaceholder: true,
    criteria: article8Criteria.map((criterion) => ({
      ...criterion,
      parts: criterion.parts.map((part) => ({
        ...part,
        bandDescriptors: { ...part.bandDescriptors },
      })),
    })),
    bands: article8Bands.map((band) => ({ ...band })),
  };
}

/** Every part of the rubric with the criterion it belongs to, in rubric order. */
export function rubricParts(rubric: Rubric): { criterionId: string; part: RubricPart }[] {
  return rubric.criteria.flatMap((c) => c.parts.map((part) => ({ criterionId: c.id, part })));
}

/** The highest total an expert can give: the sum of all parts' maxima. */
export function rubricMaxTotal(rubric: Rubric): number {
  return sum(rubricParts(rubric).map(({ part }) => part.maxPoints));
}

/**
 * The grade for a score as a fraction of its maximum: the band with the highest `minRatio` not
 * above it. A ratio within 1e-9 below a boundary counts as reaching it (float noise, as in 27/30).
 */
export function bandFor(rubric: Rubric, ratio: number): RubricBand {
  if (!Number.isFinite(ratio) || ratio < -TOLERANCE || ratio > 1 + TOLERANCE) {
    throw new RangeError(`得分率须在 0 与 1 之间：${ratio}`);
  }
  const descending = [...rubric.bands].sort((a, b) => b.minRatio - a.minRatio);
  const band = descending.find((b) => ratio + TOLERANCE >= b.minRatio);
  if (!band) throw new RangeError(`评分档次未覆盖得分率 ${ratio}`);
  return band;
}

/**
 * Sets a criterion's weight and rescales its parts in proportion (15/15 at 30 become 12.5/12.5
 * at 25). The other criteria are untouched, so the total usually needs a second edit.
 */
export function withCriterionWeight(rubric: Rubric, criterionId: string, weight: number): Rubric {
  if (!Number.isFinite(weight) || weight <= 0) throw new RangeError(`分值须为正数：${weight}`);
  if (!rubric.criteria.some((c) => c.id === criterionId)) {
    throw new AppError('criterion-not-found', { criterionId });
  }
  return {
    ...rubric,
    criteria: rubric.criteria.map((criterion) => {
      if (criterion.id !== criterionId) return criterion;
      const partsTotal = sum(criterion.parts.map((p) => p.maxPoints));
      return {
        ...criterion,
        weight,
        parts: criterion.parts.map((p) => ({
          ...p,
          maxPoints: (p.maxPoints * weight) / partsTotal,
        })),
      };
    }),
  };
}

/** One thing wrong with a rubric. */
export interface RubricProblem {
  readonly code:
    | 'invalid-structure'
    | 'duplicate-id'
    | 'weights-not-100'
    | 'parts-not-weight'
    | 'duplicate-band'
    | 'bands-not-descending'
    | 'bands-not-covering-zero'
    | 'unknown-band-descriptor';
  readonly message: string;
}

/**
 * Checks what the schema cannot: weights add up to 100, each criterion's parts to its weight,
 * ids are unique (criteria and parts share one namespace, and 'total' is reserved), grades are
 * distinct, strictly descending and the lowest starts at 0. [] when the rubric is usable.
 */
export function validateRubric(rubric: Rubric): RubricProblem[] {
  const parsed = RubricSchema.safeParse(rubric);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      code: 'invalid-structure',
      message: `${issue.path.join('.')}: ${issue.message}`,
    }));
  }
  const problems: RubricProblem[] = [];
  const add = (code: RubricProblem['code'], message: string) => problems.push({ code, message });

  const seen = new Set<string>(['total']);
  for (const id of rubric.criteria.flatMap((c) => [c.id, ...c.parts.map((p) => p.id)])) {
    if (seen.has(id)) add('duplicate-id', `编号重复或为保留字：${id}`);
    seen.add(id);
  }

  const weights = sum(rubric.criteria.map((c) => c.weight));
  if (!near(weights, RUBRIC_TOTAL_POINTS)) {
    add('weights-not-100', `各项分值合计 ${weights}，应为 ${RUBRIC_TOTAL_POINTS}`);
  }
  for (const criterion of rubric.criteria) {
    const parts = sum(criterion.parts.map((p) => p.maxPoints));
    if (!near(parts, criterion.weight)) {
      add(
        'parts-not-weight',
        `（${criterion.numeral}）各要点合计 ${parts}，应为 ${criterion.weight}`,
      );
    }
  }

  const bandIds = rubric.bands.map((b) => b.id);
  if (new Set(bandIds).size !== bandIds.length) add('duplicate-band', '评分档次重复');
  rubric.bands.forEach((band, i) => {
    const previous = rubric.bands[i - 1];
    if (previous && !(previous.minRatio > band.minRatio)) {
      add('bands-not-descending', `评分档次“${band.label}”的下限须低于“${previous.label}”`);
    }
  });
  if (rubric.bands.at(-1)?.minRatio !== 0) add('bands-not-covering-zero', '最低档次的下限须为 0');

  for (const { part } of rubricParts(rubric)) {
    for (const id of Object.keys(part.bandDescriptors ?? {})) {
      if (!bandIds.includes(id as BandId)) {
        add('unknown-band-descriptor', `要点 ${part.id} 描述了不存在的档次 ${id}`);
      }
    }
  }
  return problems;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
}
