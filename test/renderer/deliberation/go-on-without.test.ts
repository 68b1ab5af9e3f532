import { describe, expect, it } from 'vitest';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../shared/merge/group-merge';
import { goOnWithoutRecords } from '../../../renderer/features/deliberation/go-on-without';
import {
  declaredConflict,
  mergeInput,
  review,
  rubric,
  submission,
} from '../../shared/merge/merge-fixtures';

/** e05 sent nothing; e04's bundle has no section for A02; e03 declared a conflict with A02. */
const merge = mergeGroup(
  mergeInput([
    submission('e01', 1, {
      A01: review([12, 12, 12, 12, 16, 16]),
      A02: review([9, 9, 9, 9, 9, 9]),
    }),
    submission('e02', 1, {
      A01: review([13, 13, 13, 13, 18, 18]),
      A02: review([9, 9, 9, 9, 9, 9]),
    }),
    submission('e03', 1, {
      A01: review([11, 11, 11, 11, 14, 14]),
      A02: declaredConflict('e03', 'A02'),
    }),
    submission('e04', 1, { A01: review([12, 12, 12, 12, 17, 17]) }),
  ]),
);
const summary = (records = [] as Parameters<typeof deliberationSummary>[0]['records']) =>
  deliberationSummary({ merge, rubric, roundKind: 'material', records });

describe('goOnWithoutRecords', () => {
  it('records a missing review on every application the member is missing from, which the summary takes', () => {
    const records = goOnWithoutRecords(merge, summary(), {
      expertId: 'e05',
      cause: 'missing-review',
      reason: ' 因病未能参加评审 ',
    });
    expect(records).toEqual(
      ['A01', 'A02'].map((applicationId) => ({
        kind: 'absence',
        applicationId,
        expertId: 'e05',
        cause: 'missing-review',
        reason: '因病未能参加评审',
      })),
    );
    expect(summary(records).map((d) => d.absences.length)).toEqual([1, 1]);
  });

  it('records a member without a section only where the section is missing', () => {
    expect(
      goOnWithoutRecords(merge, summary(), {
        expertId: 'e04',
        cause: 'missing-review',
        reason: '未评审',
      }).map((r) => r.applicationId),
    ).toEqual(['A02']);
  });

  it('takes a member who dropped out off every application they could vote on, not where recused', () => {
    const records = goOnWithoutRecords(merge, summary(), {
      expertId: 'e03',
      cause: 'dropped-out',
      reason: '中途退出',
    });
    expect(records.map((r) => r.applicationId)).toEqual(['A01']);
    expect(summary(records)[0]!.eligibleVoters).not.toContain('e03');
  });

  it('adds nothing already recorded, and nothing without a reason', () => {
    const first = goOnWithoutRecords(merge, summary(), {
      expertId: 'e05',
      cause: 'missing-review',
      reason: '未提交',
    });
    expect(
      goOnWithoutRecords(merge, summary(first), {
        expertId: 'e05',
        cause: 'missing-review',
        reason: '未提交',
      }),
    ).toEqual([]);
    expect(
      goOnWithoutRecords(merge, summary(), {
        expertId: 'e05',
        cause: 'missing-review',
        reason: ' ',
      }),
    ).toEqual([]);
  });
});
