import { describe, expect, it } from 'vitest';
import type { ApplicationReview } from '../../../shared/bundle/review-content';
import { applicationReviewProblems, computedTotal } from '../../../shared/bundle/review-check';
import { reviewProblems } from '../../../shared/domain/review';
import type { Rubric } from '../../../shared/domain/rubric';
import { defaultRubric } from '../../../shared/domain/rubric';
import { seededGenerator as generator } from '../../fixtures/seeded-random';

/** applicationReviewProblems before its fast path (building every list), kept as the reference. */
function referenceProblems(review: ApplicationReview, rubric: Rubric): string[] {
  const overall = [review.overall.strengths, review.overall.weaknesses, review.overall.suggestions];
  const problems = reviewProblems(
    { partScores: review.partScores, comment: overall.join('\n'), status: 'submitted' },
    rubric,
  ).map((p) => `${p.code}${p.partId === undefined ? '' : ` ${p.partId}`}`);
  const ids = new Set(rubric.criteria.flatMap((c) => [c.id, ...c.parts.map((p) => p.id)]));
  for (const id of Object.keys(review.comments)) {
    if (!ids.has(id)) problems.push(`comment for unknown id ${id}`);
  }
  const total = computedTotal(rubric, review.partScores);
  if (total !== null && Math.abs(total - review.total) > 1e-9)
    problems.push('total is not the sum');
  return problems;
}

const IDS = ['c1', 'c2', 'p1', 'p2', 'p3', 'x', 'toString', 'constructor'];
const TEXTS = ['', ' ', '\n\t', '好', ' 不足 '];

function randomRubric(g: ReturnType<typeof generator>): Rubric {
  const base = defaultRubric('material');
  const criteria = Array.from({ length: 1 + g.int(3) }, (_, c) => ({
    ...base.criteria[0]!,
    id: g.next() < 0.9 ? `c${c + 1}` : g.pick(IDS),
    parts: Array.from({ length: 1 + g.int(3) }, (_, p) => ({
      id: g.next() < 0.85 ? `c${c + 1}p${p + 1}` : g.pick(IDS),
      text: '要点',
      maxPoints: g.pick([5, 7.5, 10, 0.1, 0.2]),
    })),
  }));
  return { ...base, criteria };
}

function randomReview(g: ReturnType<typeof generator>, rubric: Rubric): ApplicationReview {
  const partScores: Record<string, number> = {};
  for (const c of rubric.criteria) {
    for (const p of c.parts) {
      if (g.next() < 0.05) continue;
      const r = g.next();
      partScores[p.id] =
        r < 0.3
          ? p.maxPoints
          : r < 0.4
            ? p.maxPoints + 0.5
            : r < 0.5
              ? 0
              : g.int(p.maxPoints * 2) / 2;
    }
  }
  if (g.next() < 0.1) partScores[g.pick(IDS)] = 1;
  const comments: Record<string, string> = {};
  for (let i = g.int(3); i > 0; i--) {
    const c = g.pick(rubric.criteria);
    comments[g.next() < 0.8 ? (g.next() < 0.5 ? c.id : g.pick(c.parts).id) : g.pick(IDS)] = '评语';
  }
  const sum = computedTotal(rubric, partScores) ?? 0;
  const r = g.next();
  return {
    kind: 'review',
    partScores,
    comments,
    overall: { strengths: g.pick(TEXTS), weaknesses: g.pick(TEXTS), suggestions: g.pick(TEXTS) },
    recommendation: 'recommend',
    noDiscussionNeeded: false,
    total: r < 0.6 ? sum : r < 0.7 ? sum + 1e-10 : r < 0.8 ? sum + 2e-9 : sum + 1,
  };
}

describe('applicationReviewProblems', () => {
  it('finds what the full check finds, for 20,000 random reviews and rubrics', () => {
    let fitting = 0;
    for (let seed = 1; seed <= 20_000; seed++) {
      const g = generator(seed);
      const rubric = randomRubric(g);
      const review = randomReview(g, rubric);
      const expected = referenceProblems(review, rubric);
      if (expected.length === 0) fitting++;
      const actual = applicationReviewProblems(review, rubric);
      if (actual.join('|') !== expected.join('|'))
        expect({ seed, actual }).toEqual({ seed, actual: expected });
    }
    expect(fitting).toBeGreaterThan(1_000);
    expect(fitting).toBeLessThan(19_000);
  });

  it('names each kind of problem', () => {
    const rubric = defaultRubric('material');
    const parts = rubric.criteria.flatMap((c) => c.parts);
    const full = Object.fromEntries(parts.map((p) => [p.id, p.maxPoints]));
    const total = parts.reduce((s, p) => s + p.maxPoints, 0);
    const review: ApplicationReview = {
      kind: 'review',
      partScores: full,
      comments: { [rubric.criteria[0]!.id]: '好' },
      overall: { strengths: '好', weaknesses: '', suggestions: '' },
      recommendation: 'recommend',
      noDiscussionNeeded: false,
      total,
    };
    expect(applicationReviewProblems(review, rubric)).toEqual([]);
    const first = parts[0]!.id;
    expect(applicationReviewProblems({ ...review, total: total - 1 }, rubric)).toEqual([
      'total is not the sum',
    ]);
    expect(
      applicationReviewProblems(
        { ...review, partScores: { ...full, [first]: parts[0]!.maxPoints + 1 }, total: total + 1 },
        rubric,
      ),
    ).toEqual([`above-maximum ${first}`]);
    expect(
      applicationReviewProblems(
        {
          ...review,
          comments: { nope: 'x' },
          overall: { strengths: ' ', weaknesses: '\n', suggestions: '' },
        },
        rubric,
      ),
    ).toEqual(['missing-comment', 'comment for unknown id nope']);
  });
});
