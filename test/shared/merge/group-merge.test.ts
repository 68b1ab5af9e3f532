import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { isAppError } from '../../../shared/errors';
import { mergeGroup } from '../../../shared/merge/group-merge';
import type { MemberSubmission } from '../../../shared/merge/merge-input';
import { declaredConflict, mergeInput, review, submission } from './merge-fixtures';

/** A01 scored by all five (e05 far below, in its second bundle); A02 by e01 and e02 only. */
function fiveSubmissions(): MemberSubmission[] {
  return [
    submission('e01', 1, {
      A01: review([12, 12, 12, 12, 16, 16]),
      A02: review([10, 10, 10, 10, 14, 14]),
    }),
    submission('e02', 3, {
      A01: review([13, 13, 13, 13, 18, 18]),
      A02: review([10, 10, 10, 10, 15, 15], { noDiscussionNeeded: true }),
    }),
    submission('e03', 1, {
      A01: review([11, 11, 11, 11, 14, 14]),
      A02: declaredConflict('e03', 'A02'),
    }),
    submission('e04', 1, { A01: review([12, 12, 12, 12, 17, 17]) }),
    submission('e05', 1, { A01: review([12, 12, 12, 12, 16, 16]) }),
    submission('e05', 2, { A01: review([6, 6, 6, 6, 8, 8]) }),
  ];
}

function shuffledCopy<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('mergeGroup', () => {
  it('puts the five totals side by side with mean, trimmed mean (dropped named) and spread', () => {
    const merge = mergeGroup(mergeInput(fiveSubmissions()));
    const a01 = merge.applications.find((a) => a.applicationId === 'A01')!;
    expect(a01.rows.map((r) => [r.expertId, r.total])).toEqual([
      ['e01', 80],
      ['e02', 88],
      ['e03', 72],
      ['e04', 82],
      ['e05', 40],
    ]);
    expect(a01.rows[0]!.criteria).toEqual({ c1: 24, c2: 24, c3: 32 });
    const stats = a01.statistics!;
    expect(stats.mean).toBeCloseTo(72.4, 10);
    expect(stats.trimmedMean).toEqual({
      value: 78,
      count: 3,
      dropped: { highest: 'e02', lowest: 'e05' },
    });
    expect([stats.min, stats.max, stats.spread]).toEqual([40, 88, 48]);
    expect(stats.criteria.map((c) => [c.criterionId, c.mean, c.spread])).toEqual([
      ['c1', 21.6, 14],
      ['c2', 21.6, 14],
      ['c3', 29.2, 20],
    ]);
  });

  it('warns of e05, more than 30 % below the mean in total and in every criterion', () => {
    const a01 = mergeGroup(mergeInput(fiveSubmissions())).applications[0]!;
    expect(a01.deviations.map((d) => [d.expertId, d.scope])).toEqual([
      ['e05', 'total'],
      ['e05', 'c1'],
      ['e05', 'c2'],
      ['e05', 'c3'],
    ]);
    expect(a01.deviations[0]!.relativeDeviation).toBeCloseTo((40 - 72.4) / 72.4, 10);
  });

  it('takes the highest sequence and lists the earlier ones as superseded', () => {
    const merge = mergeGroup(mergeInput(fiveSubmissions()));
    const e05 = merge.members.find((m) => m.expertId === 'e05')!;
    expect(e05.submitted).toMatchObject({ sequence: 2, superseded: [{ sequence: 1 }] });
    expect(merge.applications[0]!.rows.find((r) => r.expertId === 'e05')!.sequence).toBe(2);
  });

  it('names who is recused and who is missing, and why', () => {
    const a02 = mergeGroup(mergeInput(fiveSubmissions())).applications[1]!;
    expect(a02.rows.map((r) => r.expertId)).toEqual(['e01', 'e02']);
    expect(a02.recused).toEqual([
      {
        expertId: 'e03',
        reason: 'declared-conflict',
        conflictKind: 'same-organisation',
        conflictReason: '',
      },
    ]);
    expect(a02.missing).toEqual([
      { expertId: 'e04', reason: 'no-section' },
      { expertId: 'e05', reason: 'no-section' },
    ]);
    expect(a02.allMarkedNoDiscussion).toBe(false);
    const without = mergeGroup(mergeInput(fiveSubmissions().filter((s) => s.expertId !== 'e04')))
      .applications[0]!;
    expect(without.missing).toEqual([{ expertId: 'e04', reason: 'no-bundle' }]);
    expect(without.statistics?.trimmedMean.dropped).toBeNull();
  });

  it('recuses the leader where a stand-in chairs', () => {
    const merge = mergeGroup(
      mergeInput(fiveSubmissions(), {
        merger: { expertId: 'e02', fingerprint: 'AAAA-AAAA-AAAA-AAA1' },
        applications: [{ applicationId: 'A01', chairRole: 'stand-in' }],
      }),
    );
    const a01 = merge.applications[0]!;
    expect(a01.chairRole).toBe('stand-in');
    expect(a01.recused).toEqual([{ expertId: 'e01', reason: 'leader-in-conflict' }]);
    expect(a01.rows.map((r) => r.expertId)).toEqual(['e02', 'e03', 'e04', 'e05']);
  });

  it('says every member marked no discussion needed only when each not recused did', () => {
    const marked = review([10, 10, 10, 10, 15, 15], { noDiscussionNeeded: true });
    const subs = ['e01', 'e02', 'e04', 'e05'].map((id) => submission(id, 1, { A02: marked }));
    subs.push(submission('e03', 1, { A02: declaredConflict('e03', 'A02') }));
    const input = mergeInput(subs, {
      applications: [{ applicationId: 'A02', chairRole: 'leader' }],
    });
    expect(mergeGroup(input).applications[0]!.allMarkedNoDiscussion).toBe(true);
    subs[3] = submission('e05', 1, { A02: { ...marked, noDiscussionNeeded: false } });
    expect(mergeGroup({ ...input, submissions: subs }).applications[0]!.allMarkedNoDiscussion).toBe(
      false,
    );
  });

  it('gives the same canonical JSON, byte for byte, whatever the order of the bundles', () => {
    const subs = fiveSubmissions();
    const reference = canonicalJson(mergeGroup(mergeInput(subs)));
    for (let seed = 1; seed <= 25; seed++) {
      const input = mergeInput(shuffledCopy(subs, seed), {
        members: shuffledCopy(mergeInput([]).members, seed + 100),
        applications: shuffledCopy(mergeInput([]).applications, seed + 200),
      });
      expect(canonicalJson(mergeGroup(input))).toBe(reference);
    }
  });

  it('refuses an author outside the group, one bundle twice, and two bundles with one sequence', () => {
    const outsider = {
      ...submission('e02', 1, {}),
      expertId: 'e07',
      fingerprint: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ',
    };
    const cases = [
      [[...fiveSubmissions(), outsider], 'merge-outside-group'],
      [[...fiveSubmissions(), submission('e03', 1, {})], 'merge-member-twice'],
      [
        [...fiveSubmissions(), { ...submission('e03', 1, {}), digest: 'f'.repeat(64) }],
        'bundle-equivocation',
      ],
    ] as const;
    for (const [subs, code] of cases) {
      let caught: unknown;
      try {
        mergeGroup(mergeInput(subs));
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught, code), code).toBe(true);
    }
  });
});
