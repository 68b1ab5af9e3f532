import { describe, expect, it } from 'vitest';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../shared/merge/group-merge';
import {
  deviationPercent,
  matrixRows,
  scoreFigure,
} from '../../../renderer/features/deliberation/score-matrix-view';
import { mergeInput, review, rubric, submission } from '../../shared/merge/merge-fixtures';

/** A01 scored by all five, e05 far below the others (40 against about 70). */
const merge = mergeGroup(
  mergeInput([
    submission('e01', 1, { A01: review([12, 12, 12, 12, 16, 16]) }),
    submission('e02', 2, { A01: review([13, 13, 13, 13, 18, 18]) }),
    submission('e03', 1, { A01: review([11, 11, 11, 11, 14, 14]) }),
    submission('e04', 1, { A01: review([12, 12, 12, 12, 17, 17]) }),
    submission('e05', 1, { A01: review([6, 6, 6, 6, 8, 8], { noDiscussionNeeded: true }) }),
  ]),
);
const a01 = merge.applications[0]!;

describe('matrixRows', () => {
  it('shows every score as submitted when nothing was changed, with the sequence of its bundle', () => {
    const rows = matrixRows(rubric, a01, null);
    expect(rows.map((r) => r.expertId)).toEqual(['e01', 'e02', 'e03', 'e04', 'e05']);
    const e02 = rows[1]!;
    expect(e02.sequence).toBe(2);
    expect(e02.parts['c1p1']).toEqual({
      submitted: 13,
      current: 13,
      changed: false,
      deviation: null,
    });
    expect(e02.criteria['c3']!.submitted).toBe(36);
    expect(e02.total).toMatchObject({ submitted: 88, current: 88, changed: false });
    expect(rows[4]!.noDiscussionNeeded).toBe(true);
  });

  it('keeps the submitted score beside the changed one, in the part, its criterion and the total', () => {
    const [summary] = deliberationSummary({
      merge,
      rubric,
      roundKind: 'material',
      records: [
        {
          kind: 'score-change',
          applicationId: 'A01',
          expertId: 'e05',
          partId: 'c1p1',
          from: 6,
          to: 12,
          reason: { code: 'summation-error' },
        },
      ],
    });
    const e05 = matrixRows(rubric, a01, summary!)[4]!;
    expect(e05.parts['c1p1']).toMatchObject({ submitted: 6, current: 12, changed: true });
    expect(e05.parts['c1p2']).toMatchObject({ submitted: 6, current: 6, changed: false });
    expect(e05.criteria['c1']).toMatchObject({ submitted: 12, current: 18, changed: true });
    expect(e05.criteria['c2']!.changed).toBe(false);
    expect(e05.total).toMatchObject({ submitted: 40, current: 46, changed: true });
    // The others are untouched.
    expect(matrixRows(rubric, a01, summary!)[0]!.total.changed).toBe(false);
  });

  it("marks the merge's deviation warnings on the cells they are about", () => {
    const e05 = matrixRows(rubric, a01, null)[4]!;
    expect(e05.total.deviation).toMatchObject({ expertId: 'e05', scope: 'total', score: 40 });
    expect(e05.criteria['c1']!.deviation?.scope).toBe('c1');
    // Parts carry no warning of their own: the rules flag totals and criteria.
    expect(e05.parts['c1p1']!.deviation).toBeNull();
    expect(matrixRows(rubric, a01, null)[0]!.total.deviation).toBeNull();
  });

  it('names the totals the trimmed mean dropped (five scores: the highest and the lowest)', () => {
    const rows = matrixRows(rubric, a01, null);
    expect(rows.find((r) => r.dropped === 'highest')?.expertId).toBe('e02');
    expect(rows.find((r) => r.dropped === 'lowest')?.expertId).toBe('e05');
    expect(rows.filter((r) => r.dropped === null)).toHaveLength(3);
  });

  it('drops nothing below five scores', () => {
    const four = mergeGroup(
      mergeInput([
        submission('e01', 1, { A01: review([12, 12, 12, 12, 16, 16]) }),
        submission('e02', 1, { A01: review([13, 13, 13, 13, 18, 18]) }),
        submission('e03', 1, { A01: review([11, 11, 11, 11, 14, 14]) }),
        submission('e04', 1, { A01: review([12, 12, 12, 12, 17, 17]) }),
      ]),
    );
    expect(matrixRows(rubric, four.applications[0]!, null).every((r) => r.dropped === null)).toBe(
      true,
    );
  });
});

describe('figures', () => {
  it('shows at most two decimals and no float noise', () => {
    expect(scoreFigure(12.499999999)).toBe('12.5');
    expect(scoreFigure(70.4)).toBe('70.4');
    expect(scoreFigure(66.666666)).toBe('66.67');
    expect(scoreFigure(88)).toBe('88');
  });

  it('signs a deviation as a percentage, and says nothing for a zero mean', () => {
    const base = { expertId: 'e05', scope: 'total', score: 40, mean: 68 };
    expect(deviationPercent({ ...base, relativeDeviation: -0.4118 })).toBe('−41%');
    expect(deviationPercent({ ...base, relativeDeviation: 0.35 })).toBe('+35%');
    expect(deviationPercent({ ...base, relativeDeviation: null })).toBeNull();
  });
});
