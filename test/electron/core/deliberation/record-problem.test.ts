/**
 * recordProblem names why a record does not fit, and agrees with deliberationSummary: for every
 * candidate record after the same records, it names a problem exactly when the summary refuses
 * the record as `merge-records-invalid` (the summary's other codes are their own words).
 */
import { describe, expect, it } from 'vitest';
import { recordProblem } from '../../../../electron/core/deliberation/record-problem';
import { isAppError } from '../../../../shared/errors';
import type { DeliberationRecordProblem } from '../../../../shared/errors/catalogue/deliberation';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../../shared/merge/group-merge';
import {
  declaredConflict,
  mergeInput,
  review,
  rubric,
  submission,
} from '../../../shared/merge/merge-fixtures';

/** A01 scored by all five (e05 far below); A02 by e01 and e02, e03 recused, e04 and e05 without a section. */
const merge = mergeGroup(
  mergeInput([
    submission('e01', 1, {
      A01: review([12, 12, 12, 12, 16, 16]),
      A02: review([10, 10, 10, 10, 14, 14]),
    }),
    submission('e02', 1, {
      A01: review([13, 13, 13, 13, 18, 18]),
      A02: review([10, 10, 10, 10, 15, 15]),
    }),
    submission('e03', 1, {
      A01: review([11, 11, 11, 11, 14, 14]),
      A02: declaredConflict('e03', 'A02'),
    }),
    submission('e04', 1, { A01: review([12, 12, 12, 12, 17, 17]) }),
    submission('e05', 1, { A01: review([6, 6, 6, 6, 8, 8]) }),
  ]),
);

const before: DeliberationRecord[] = [
  {
    kind: 'absence',
    applicationId: 'A02',
    expertId: 'e04',
    cause: 'missing-review',
    reason: '未提交。',
  },
  {
    kind: 'absence',
    applicationId: 'A01',
    expertId: 'e05',
    cause: 'dropped-out',
    reason: '退出。',
  },
  {
    kind: 'ballot',
    applicationId: 'A01',
    ballotNo: 1,
    proposal: 'enter-defense',
    ballot: { mode: 'secret', counts: { for: 2, against: 2, abstain: 0 } },
  },
];

const change = (
  applicationId: string,
  expertId: string,
  partId: string,
  from: number,
  to: number,
): DeliberationRecord => ({
  kind: 'score-change',
  applicationId,
  expertId,
  partId,
  from,
  to,
  reason: { code: 'summation-error' },
});
const ballot = (
  ballotNo: number,
  proposal: 'enter-defense' | 'recommend',
  b: Extract<DeliberationRecord, { kind: 'ballot' }>['ballot'],
): DeliberationRecord => ({ kind: 'ballot', applicationId: 'A01', ballotNo, proposal, ballot: b });
const votes = (...ids: string[]) => ({
  mode: 'open' as const,
  votes: ids.map((expertId) => ({ expertId, vote: 'for' as const })),
});

const candidates: [DeliberationRecord, DeliberationRecordProblem | null][] = [
  [{ kind: 'discussion-note', applicationId: 'A09', text: '无此申报。' }, 'unknown-application'],
  [change('A01', 'e02', 'c1p1', 13, 14), null],
  [change('A01', 'e02', 'c1p1', 12, 14), 'score-from-differs'],
  [change('A01', 'e02', 'c1p1', 13, 16), 'score-above-maximum'],
  [change('A02', 'e04', 'c1p1', 10, 11), 'score-not-scored'],
  [change('A01', 'e02', 'zz', 13, 14), 'score-not-scored'],
  [
    {
      kind: 'deviation-explanation',
      applicationId: 'A01',
      expertId: 'e05',
      scope: 'total',
      text: '说明。',
    },
    null,
  ],
  [
    {
      kind: 'deviation-explanation',
      applicationId: 'A01',
      expertId: 'e02',
      scope: 'total',
      text: '说明。',
    },
    'not-flagged',
  ],
  [
    {
      kind: 'absence',
      applicationId: 'A01',
      expertId: 'e02',
      cause: 'missing-review',
      reason: '无。',
    },
    'absence-not-missing',
  ],
  [
    {
      kind: 'absence',
      applicationId: 'A02',
      expertId: 'e05',
      cause: 'recused-by-office',
      reason: '回避。',
    },
    null,
  ],
  [
    {
      kind: 'absence',
      applicationId: 'A02',
      expertId: 'e03',
      cause: 'recused-by-office',
      reason: '回避。',
    },
    'absence-not-missing',
  ],
  [
    {
      kind: 'absence',
      applicationId: 'A01',
      expertId: 'e05',
      cause: 'dropped-out',
      reason: '再次。',
    },
    'not-a-voter',
  ],
  [ballot(1, 'enter-defense', votes('e01', 'e02')), 'ballot-number'],
  [ballot(2, 'recommend', votes('e01', 'e02')), 'decision-other-round'],
  [ballot(2, 'enter-defense', votes('e01', 'e05')), 'not-a-voter'],
  [ballot(2, 'enter-defense', votes('e01', 'e01')), 'not-a-voter'],
  [
    ballot(2, 'enter-defense', { mode: 'secret', counts: { for: 4, against: 1, abstain: 0 } }),
    'ballot-count',
  ],
  [
    ballot(2, 'enter-defense', { mode: 'secret', counts: { for: 4, against: 0, abstain: 0 } }),
    null,
  ],
  [{ kind: 'dissent', applicationId: 'A02', expertId: 'e03', reasons: '不同意。' }, 'not-a-voter'],
  [{ kind: 'dissent', applicationId: 'A01', expertId: 'e03', reasons: '不同意。' }, null],
  [
    { kind: 'consensus', applicationId: 'A01', score: 100.5, opinion: '高。' },
    'score-above-maximum',
  ],
  [{ kind: 'consensus', applicationId: 'A01', score: 80, opinion: '同意。' }, null],
  [{ kind: 'decision', applicationId: 'A02', decision: 'recommend' }, 'decision-other-round'],
];

function summaryRefuses(record: DeliberationRecord): boolean {
  try {
    deliberationSummary({ merge, rubric, roundKind: 'material', records: [...before, record] });
    return false;
  } catch (error) {
    if (isAppError(error, 'merge-records-invalid')) return true;
    if (isAppError(error)) return false;
    throw error;
  }
}

describe('recordProblem', () => {
  const facts = {
    merge,
    rubric,
    roundKind: 'material' as const,
    before: deliberationSummary({ merge, rubric, roundKind: 'material', records: before }),
  };

  it.each(candidates.map(([record, problem], i) => [i + 1, record.kind, record, problem] as const))(
    'candidate %i (%s): names the problem the summary refuses',
    (_i, _kind, record, problem) => {
      expect(recordProblem(facts, record)).toBe(problem);
      expect(summaryRefuses(record)).toBe(problem !== null);
    },
  );
});
