import { AppError } from '../errors';
import { FLOAT_TOLERANCE } from './float-tolerance';
import { mean, standardDeviation } from './statistics';

/** One expert's score (usually the total) for one application, across groups. */
export interface ExpertApplicationScore {
  readonly expertId: string;
  readonly applicationId: string;
  readonly value: number;
}

/** Below this many scored applications an expert's mean and spread say too little. */
export const MINIMUM_SCORES_FOR_NORMALISATION = 5;

/** Why an expert's scores cannot be normalised. */
export type NormalisationRefusal =
  | {
      readonly reason: 'too-few-scores';
      readonly expertId: string;
      readonly count: number;
      readonly minimum: typeof MINIMUM_SCORES_FOR_NORMALISATION;
    }
  | {
      readonly reason: 'zero-spread';
      readonly expertId: string;
      readonly count: number;
      /** The value every score of the expert has. */
      readonly mean: number;
    };

/** An expert's own mean and sample standard deviation over the applications they scored. */
export interface ExpertBaseline {
  readonly expertId: string;
  readonly count: number;
  readonly mean: number;
  readonly sd: number;
}

export type ExpertBaselineResult =
  ({ readonly ok: true } & ExpertBaseline) | ({ readonly ok: false } & NormalisationRefusal);

/**
 * An expert's baseline for z-scores, refused below five scores and when all scores are equal
 * (sd within float noise of 0: z would divide by zero).
 */
export function expertBaseline(expertId: string, values: readonly number[]): ExpertBaselineResult {
  const count = values.length;
  if (count < MINIMUM_SCORES_FOR_NORMALISATION) {
    return {
      ok: false,
      reason: 'too-few-scores',
      expertId,
      count,
      minimum: MINIMUM_SCORES_FOR_NORMALISATION,
    };
  }
  const m = mean(values);
  const sd = standardDeviation(values) ?? 0;
  if (sd <= FLOAT_TOLERANCE * Math.max(1, Math.abs(m))) {
    return { ok: false, reason: 'zero-spread', expertId, count, mean: m };
  }
  return { ok: true, expertId, count, mean: m, sd };
}

/** A score with its z-score and its value on the target scale. */
export interface NormalisedScore extends ExpertApplicationScore {
  /** (value − expert's mean) / expert's sd. */
  readonly z: number;
  /** z itself for target 'standard'; group mean + z × group sd for target 'group'. */
  readonly rescaled: number;
}

/**
 * 'standard': mean 0, sd 1. 'group': back onto the points scale, using the mean and sample sd of
 * all raw scores given, so normalised totals read like totals.
 */
export type NormalisationTarget = 'standard' | 'group';

export type NormalisationResult =
  | {
      readonly ok: true;
      /** In input order. */
      readonly scores: readonly NormalisedScore[];
      /** One per expert, by expertId in code-unit order. */
      readonly baselines: readonly ExpertBaseline[];
      readonly target: { readonly mean: number; readonly sd: number };
    }
  | { readonly ok: false; readonly refusals: readonly NormalisationRefusal[] };

/**
 * 标准化: per-expert z-scores, z = (score − expert's mean) / expert's sd, so that a strict and a
 * lenient expert weigh the same. All or nothing: if any expert is refused, nothing is
 * normalised, because mixing normalised and raw scores would rank nonsense. Throws when an
 * expert scores the same application twice.
 */
export function normaliseScores(
  scores: readonly ExpertApplicationScore[],
  { target = 'standard' }: { target?: NormalisationTarget } = {},
): NormalisationResult {
  const byExpert = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const score of scores) {
    const key = JSON.stringify([score.expertId, score.applicationId]);
    if (seen.has(key)) {
      throw new AppError('score-repeated', {
        expertId: score.expertId,
        applicationId: score.applicationId,
      });
    }
    seen.add(key);
    const values = byExpert.get(score.expertId) ?? [];
    values.push(score.value);
    byExpert.set(score.expertId, values);
  }

  const expertIds = [...byExpert.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const baselines: ExpertBaseline[] = [];
  const refusals: NormalisationRefusal[] = [];
  for (const expertId of expertIds) {
    const result = expertBaseline(expertId, byExpert.get(expertId) ?? []);
    if (result.ok) {
      const { ok: _ok, ...baseline } = result;
      baselines.push(baseline);
    } else {
      const { ok: _ok, ...refusal } = result;
      refusals.push(refusal);
    }
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const raw = scores.map((s) => s.value);
  const scale =
    target === 'group' && raw.length > 0
      ? { mean: mean(raw), sd: standardDeviation(raw) ?? 0 }
      : { mean: 0, sd: 1 };
  const baselineOf = new Map(baselines.map((b) => [b.expertId, b]));
  const normalised = scores.map((score): NormalisedScore => {
    const baseline = baselineOf.get(score.expertId);
    const z = baseline ? (score.value - baseline.mean) / baseline.sd : 0;
    return { ...score, z, rescaled: scale.mean + z * scale.sd };
  });
  return { ok: true, scores: normalised, baselines, target: scale };
}
