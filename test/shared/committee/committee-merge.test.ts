/**
 * The committee's pure merge over two groups' results: the rankings computed by hand (trimmed
 * means, the tie broken by （三）, competition ranks), normalisation and its refusal, the list and
 * every kind of cut, a deliberated score taking the submitted one's place, the bad inputs, and the
 * same canonical JSON whatever the order of the inputs.
 */
import { describe, expect, it } from 'vitest';
import { applicationView } from '../../../shared/committee/application-view';
import type { CommitteeMergeInput } from '../../../shared/committee/committee-input';
import { mergeCommittee, tieBreakCriteriaOf } from '../../../shared/committee/committee-merge';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { defaultRubric } from '../../../shared/domain/rubric';
import { isAppError } from '../../../shared/errors';
import type { ApplicationPlan, Parts } from './committee-fixtures';
import { at, committeeInput } from './committee-fixtures';

const c3Heavy: Parts = [11, 11, 11, 11, 18, 18];

const g1: ApplicationPlan[] = [
  { id: 'A01', no: '2026001', scores: [90, 88, 86, 84, 70].map(at), decision: 'enter-defense' },
  { id: 'A02', no: '2026002', scores: [80, 82, 84, 78, 76].map(at), decision: 'enter-defense' },
  { id: 'A03', no: '2026003', scores: Array(5).fill(c3Heavy), decision: 'enter-defense' },
  { id: 'A04', no: '2026004', scores: [60, 62, 64, 66, 68].map(at), decision: 'not-enter-defense' },
  { id: 'A05', no: '2026005', scores: [75, 75, 75, 75, 75].map(at), decision: null },
];
const g2: ApplicationPlan[] = [
  { id: 'A06', no: '2026006', scores: [85, 85, 85, 85, 85].map(at), decision: 'enter-defense' },
  { id: 'A07', no: '2026007', scores: [70, 72, 74, 76, 78].map(at), decision: 'enter-defense' },
  { id: 'A08', no: '2026008', scores: [90, 91, 92, 93, 94].map(at), decision: 'enter-defense' },
  { id: 'A09', no: '2026009', scores: [65, 65, 65, 65, 65].map(at), decision: 'enter-defense' },
  { id: 'A10', no: '2026010', scores: [55, 55, 55, 55, 55].map(at), decision: 'not-enter-defense' },
];

const input = (change: Partial<CommitteeMergeInput> = {}) => committeeInput(g1, g2, change);
const settings = (change: Partial<CommitteeMergeInput['settings']>) => ({
  settings: { quota: null, scoreLine: null, basis: 'raw' as const, exclusions: [], ...change },
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
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

describe('mergeCommittee: the ranking across groups', () => {
  const merge = mergeCommittee(input());

  it('scores each application by its trimmed mean, the dropped experts named', () => {
    const a01 = merge.applications.find((a) => a.applicationId === 'A01')!;
    // 70, 84, 86, 88, 90: drop 70 (e05) and 90 (e01); (84 + 86 + 88) / 3 = 86.
    expect(a01.raw?.score).toBeCloseTo(86, 9);
    expect(a01.raw?.mean).toBeCloseTo(83.6, 9);
    expect(a01.raw?.dropped).toEqual({ highest: 'e01', lowest: 'e05' });
    expect(a01.decision).toBe('enter-defense');
    expect(a01.groupId).toBe('g1');
  });

  it('orders by score, equal scores by （三） then （一）, （二）, then 申报编号, and says which rule', () => {
    expect(tieBreakCriteriaOf(defaultRubric('material'))).toEqual(['c3', 'c1', 'c2']);
    expect(merge.ranking.raw.order.map((e) => e.applicationId)).toEqual([
      'A08',
      'A01',
      'A06',
      'A03',
      'A02',
      'A05',
      'A07',
      'A09',
      'A04',
      'A10',
    ]);
    // A02 and A03 both 80: A03's （三） is 36, A02's trimmed （三） is (31.2 + 32 + 32.8) / 3 = 32.
    expect(merge.ranking.raw.order.map((e) => e.rank)).toEqual([1, 2, 3, 4, 4, 6, 7, 8, 9, 10]);
    expect(merge.ranking.raw.tieBreaks).toEqual([
      { above: '2026003', below: '2026002', rule: { kind: 'criterion', criterionId: 'c3' } },
    ]);
  });

  it('normalises per expert across the round (five scores each) onto the points scale', () => {
    const { normalised } = merge.ranking;
    expect(normalised.ok).toBe(true);
    if (!normalised.ok) return;
    expect(normalised.baselines.map((b) => b.expertId)).toEqual([
      'e01',
      'e02',
      'e03',
      'e04',
      'e05',
      'f01',
      'f02',
      'f03',
      'f04',
      'f05',
    ]);
    // f01 scored 85, 70, 90, 65, 55: mean 73, sample sd √((144 + 9 + 289 + 64 + 324) / 4) = √(830 / 4).
    const f01 = normalised.baselines.find((b) => b.expertId === 'f01')!;
    expect(f01.mean).toBeCloseTo(73, 9);
    expect(f01.sd).toBeCloseTo(Math.sqrt(830 / 4), 9);
    expect(normalised.order).toHaveLength(10);
    const a08 = merge.applications.find((a) => a.applicationId === 'A08')!;
    expect(a08.normalised).not.toBeNull();
  });

  it('refuses normalisation below five scores an expert, and shows why', () => {
    const few = mergeCommittee(committeeInput(g1.slice(0, 2), g2.slice(0, 2)));
    expect(few.ranking.normalised).toMatchObject({ ok: false });
    if (few.ranking.normalised.ok) return;
    expect(few.ranking.normalised.refusals).toHaveLength(10);
    expect(few.ranking.normalised.refusals[0]).toEqual({
      reason: 'too-few-scores',
      expertId: 'e01',
      count: 2,
      minimum: 5,
    });
    expect(few.applications.every((a) => a.normalised === null)).toBe(true);
    expect(
      codeOf(() =>
        mergeCommittee(
          committeeInput(g1.slice(0, 2), g2.slice(0, 2), settings({ basis: 'normalised' })),
        ),
      ),
    ).toBe('committee-normalisation-refused');
  });

  it('takes a score changed in deliberation in place of the submitted one, and says so', () => {
    const changed = g2.map((p) =>
      p.id === 'A09'
        ? {
            ...p,
            records: [
              {
                kind: 'score-change' as const,
                applicationId: 'A09',
                expertId: 'f01',
                partId: 'c3p1',
                from: 13,
                to: 20,
                reason: { code: 'summation-error' as const },
              },
            ],
          }
        : p,
    );
    const a09 = mergeCommittee(committeeInput(g1, changed)).applications.find(
      (a) => a.applicationId === 'A09',
    )!;
    expect(a09.scores[0]).toEqual({ expertId: 'f01', total: 72, deliberated: true });
    expect(a09.scores[1]).toEqual({ expertId: 'f02', total: 65, deliberated: false });
    expect(a09.raw?.mean).toBeCloseTo((72 + 4 * 65) / 5, 9);
  });
});

describe('mergeCommittee: 入围答辩名单 and its cuts', () => {
  it('without a quota: every application the groups put forward, in ranking order', () => {
    const { list } = mergeCommittee(input());
    expect(list.kind).toBe('defense-shortlist');
    expect(list.entries.map((e) => e.applicationId)).toEqual([
      'A08',
      'A01',
      'A06',
      'A03',
      'A02',
      'A07',
      'A09',
    ]);
    expect(list.cuts).toEqual([
      {
        applicationId: 'A04',
        applicationNo: '2026004',
        reason: 'group-decision',
        decision: 'not-enter-defense',
      },
      { applicationId: 'A05', applicationNo: '2026005', reason: 'group-undecided' },
      {
        applicationId: 'A10',
        applicationNo: '2026010',
        reason: 'group-decision',
        decision: 'not-enter-defense',
      },
    ]);
  });

  it('with a quota of 4: the fifth cut at the line by （三）, the others plainly', () => {
    const { list } = mergeCommittee(input(settings({ quota: 4 })));
    expect(list.entries.map((e) => [e.position, e.applicationId])).toEqual([
      [1, 'A08'],
      [2, 'A01'],
      [3, 'A06'],
      [4, 'A03'],
    ]);
    const quota = list.cuts.filter((c) => c.reason === 'quota');
    expect(quota).toEqual([
      {
        applicationId: 'A02',
        applicationNo: '2026002',
        reason: 'quota',
        position: 5,
        quota: 4,
        tie: { kind: 'criterion', criterionId: 'c3' },
      },
      {
        applicationId: 'A07',
        applicationNo: '2026007',
        reason: 'quota',
        position: 6,
        quota: 4,
        tie: null,
      },
      {
        applicationId: 'A09',
        applicationNo: '2026009',
        reason: 'quota',
        position: 7,
        quota: 4,
        tie: null,
      },
    ]);
  });

  it("the committee's exclusion and the score line, each with its reason", () => {
    const { list } = mergeCommittee(
      input(
        settings({
          quota: 4,
          scoreLine: 75,
          exclusions: [{ applicationId: 'A01', reason: '材料真实性存疑。' }],
        }),
      ),
    );
    expect(list.entries.map((e) => e.applicationId)).toEqual(['A08', 'A06', 'A03', 'A02']);
    expect(list.cuts.find((c) => c.applicationId === 'A01')).toEqual({
      applicationId: 'A01',
      applicationNo: '2026001',
      reason: 'committee-exclusion',
      text: '材料真实性存疑。',
    });
    expect(list.cuts.find((c) => c.applicationId === 'A07')).toMatchObject({
      reason: 'below-score-line',
      line: 75,
    });
    expect(list.cuts.map((c) => c.applicationNo)).toEqual([
      '2026001',
      '2026004',
      '2026005',
      '2026007',
      '2026009',
      '2026010',
    ]);
  });

  it('each application’s view: its places and its list outcome', () => {
    const merge = mergeCommittee(input(settings({ quota: 4 })));
    expect(applicationView(merge, 'A02')).toMatchObject({
      raw: { rank: 4, position: 5, of: 10 },
      list: { on: false, reason: 'quota', position: 5 },
    });
    expect(applicationView(merge, 'A08').list).toEqual({ on: true, position: 1 });
  });

  it('the defense round forms the 初评名单 from 推荐', () => {
    const recommend = (plans: ApplicationPlan[]) =>
      plans.map((p) => ({
        ...p,
        decision:
          p.decision === 'enter-defense'
            ? ('recommend' as const)
            : p.decision === null
              ? null
              : ('not-recommend' as const),
      }));
    const merge = mergeCommittee(committeeInput(recommend(g1), recommend(g2), {}, 'defense'));
    expect(merge.list.kind).toBe('preliminary');
    expect(merge.list.entries).toHaveLength(7);
    expect(merge.list.cuts.find((c) => c.applicationId === 'A04')).toMatchObject({
      reason: 'group-decision',
      decision: 'not-recommend',
    });
  });
});

describe('mergeCommittee: what it refuses', () => {
  it('an application without its section, with two, or with one of another group', () => {
    const base = input();
    expect(codeOf(() => mergeCommittee({ ...base, sections: base.sections.slice(1) }))).toBe(
      'committee-application-missing',
    );
    expect(
      codeOf(() => mergeCommittee({ ...base, sections: [...base.sections, base.sections[0]!] })),
    ).toBe('committee-application-twice');
    expect(
      codeOf(() =>
        mergeCommittee({
          ...base,
          sections: base.sections.map((s, i) => (i === 0 ? { ...s, groupId: 'g2' } : s)),
        }),
      ),
    ).toBe('committee-application-unknown');
  });

  it('settings that do not fit: a quota of 0, an exclusion of no application, an empty reason', () => {
    for (const bad of [
      { quota: 0 },
      { exclusions: [{ applicationId: 'A99', reason: '理由。' }] },
      { exclusions: [{ applicationId: 'A01', reason: ' ' }] },
      { scoreLine: Number.NaN },
    ]) {
      expect(codeOf(() => mergeCommittee(input(settings(bad))))).toBe('committee-settings-invalid');
    }
  });
});

describe('mergeCommittee is deterministic', () => {
  it('gives the same canonical JSON whatever the order of its inputs (25 shuffles)', () => {
    const base = input(
      settings({
        quota: 4,
        exclusions: [
          { applicationId: 'A06', reason: '理由甲。' },
          { applicationId: 'A01', reason: '理由乙。' },
        ],
      }),
    );
    const expected = canonicalJson(mergeCommittee(base));
    for (let seed = 1; seed <= 25; seed++) {
      const shuffled: CommitteeMergeInput = {
        ...base,
        applications: shuffledCopy(base.applications, seed),
        groupBundles: shuffledCopy(base.groupBundles, seed + 100),
        sections: shuffledCopy(base.sections, seed + 200).map((s) => ({
          ...s,
          merge: { ...s.merge, rows: shuffledCopy(s.merge.rows, seed + 300) },
        })),
        settings: { ...base.settings, exclusions: shuffledCopy(base.settings.exclusions, seed) },
      };
      expect(canonicalJson(mergeCommittee(shuffled))).toBe(expected);
    }
  });
});
