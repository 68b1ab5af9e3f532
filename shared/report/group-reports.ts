/**
 * From a group's opened sections (the group bundle as electron/core/merge/open-group-bundle.ts
 * gives them: each application's merge, recomputed from the embedded member bundles, and its
 * deliberation, recounted from the records) and the reader's facts (names, applications, the
 * rubric) to the inputs of the group's reports: one 评审意见表 per application, the group's
 * 评分汇总表 and its 投票记录. Pure: the words are chosen here, the files written elsewhere.
 */
import type { CaseManifest } from '../case/case-manifest';
import { conflictKindLabels } from '../domain/conflict';
import type { DeliberationOutcome, Fraction } from '../domain/deliberation';
import { voteChoiceLabels } from '../domain/deliberation';
import type { RoundKind } from '../domain/round-kind';
import type { Rubric } from '../domain/rubric';
import { rubricMaxTotal } from '../domain/rubric';
import { recommendationLabels } from '../bundle/review-content';
import type { ApplicationDeliberation } from '../merge/deliberation-summary';
import { groupDecisionLabels, scoreChangeReasonLabels } from '../merge/deliberation-records';
import type { ScoreChangeReason } from '../merge/deliberation-records';
import type { ApplicationMerge, MemberStatus, Recusal } from '../merge/group-merge';
import type {
  GroupOpinionInput,
  MemberReview,
  ReportApplication,
  ReportBallot,
  ReportCriterion,
  ReportHeading,
  ScoreSummaryInput,
  SummaryCell,
  VoteRecordInput,
} from './report-input';

/** One opened section of a group bundle, as the reports need it. */
export interface GroupReportSection {
  readonly applicationId: string;
  readonly chair: { readonly expertId: string; readonly role: 'leader' | 'stand-in' };
  readonly members: readonly MemberStatus[];
  readonly merge: ApplicationMerge;
  readonly rule: { readonly quorum: Fraction; readonly pass: Fraction };
  readonly deliberation: ApplicationDeliberation;
}

/** What the reader knows that the bundle does not say: names, titles, the rubric. */
export interface GroupReportFacts {
  readonly caseId: string;
  readonly year: number;
  readonly roundName: string;
  readonly roundKind: RoundKind;
  readonly rubric: Rubric;
  readonly groupId: string;
  readonly groupName: string;
  /** expertId → name. */
  readonly people: ReadonlyMap<string, string>;
  /** applicationId → the application as the reports name it. */
  readonly applications: ReadonlyMap<string, ReportApplication>;
  readonly printedOn: string;
}

export interface GroupReports {
  readonly opinions: readonly GroupOpinionInput[];
  readonly summary: ScoreSummaryInput;
  readonly votes: VoteRecordInput;
}

/** The facts of a group from the reader's own package manifest (the chair's names every group). */
export function groupReportFactsOf(
  manifest: CaseManifest,
  groupId: string,
  printedOn: string,
): GroupReportFacts {
  const people = new Map<string, string>();
  for (const group of manifest.groups)
    for (const m of group.members) people.set(m.expertId, m.name);
  for (const person of manifest.roster) people.set(person.expertId, person.name);
  return {
    caseId: manifest.caseId,
    year: manifest.year,
    roundName: manifest.round.name,
    roundKind: manifest.round.kind,
    rubric: manifest.round.rubric,
    groupId,
    groupName: manifest.groups.find((g) => g.id === groupId)?.name ?? groupId,
    people,
    applications: new Map(
      manifest.applications.map((a) => [
        a.id,
        {
          applicationId: a.id,
          applicationNo: a.applicationNo,
          applicantName: a.applicantName,
          experienceTitle: a.experienceTitle,
        },
      ]),
    ),
    printedOn,
  };
}

const ROLE_LABELS = { leader: '组长', member: '组员' } as const;
const CHAIR_LABELS = { leader: '组长', 'stand-in': '代行组长' } as const;
const OUTCOME_LABELS: Readonly<Record<DeliberationOutcome['outcome'], string>> = {
  passed: '通过',
  rejected: '未通过',
  'no-quorum': '不足法定人数',
};
const ABSENCE_LABELS = {
  'dropped-out': '退出评审',
  'recused-by-office': '办公室登记回避',
  'missing-review': '未提交评审意见',
} as const;
const MISSING_LABELS = {
  'no-bundle': '未提交评审意见包',
  'no-section': '评审意见包中无此申报',
} as const;

function fraction(f: Fraction): string {
  return `${f.numerator}/${f.denominator}`;
}

/** The rule in words, as the minutes state it. */
export function ruleText(rule: GroupReportSection['rule']): string {
  return `到会人数不少于应到人数的${fraction(rule.quorum)}，同意票不少于到会人数的${fraction(rule.pass)}（弃权计为到会）`;
}

function nameOf(facts: GroupReportFacts, expertId: string): string {
  return facts.people.get(expertId) ?? expertId;
}

function applicationOf(facts: GroupReportFacts, applicationId: string): ReportApplication {
  return (
    facts.applications.get(applicationId) ?? {
      applicationId,
      applicationNo: applicationId,
      applicantName: '（本案卷包未载明）',
      experienceTitle: '（本案卷包未载明）',
    }
  );
}

function criteriaOf(rubric: Rubric): ReportCriterion[] {
  return rubric.criteria.map((c) => ({
    criterionId: c.id,
    numeral: c.numeral,
    title: c.title,
    maxPoints: c.parts.reduce((sum, p) => sum + p.maxPoints, 0),
  }));
}

/** Criterion and part ids → their labels, in rubric order (comments and changes name them so). */
function itemLabels(rubric: Rubric): Map<string, string> {
  const labels = new Map<string, string>();
  for (const c of rubric.criteria) {
    labels.set(c.id, `（${c.numeral}）${c.title}`);
    c.parts.forEach((p, i) => labels.set(p.id, `（${c.numeral}）${c.title} 要点${i + 1}`));
  }
  return labels;
}

function reasonText(reason: ScoreChangeReason): string {
  return reason.code === 'other'
    ? `${scoreChangeReasonLabels.other.zh}：${reason.text}`
    : scoreChangeReasonLabels[reason.code].zh;
}

function recusalText(r: Recusal): string {
  if (r.reason === 'leader-in-conflict') return '组长回避，由代行组长主持';
  const kind = r.conflictKind === undefined ? '' : conflictKindLabels[r.conflictKind].zh;
  const why = r.conflictReason?.trim() ?? '';
  return ['本人声明回避', kind, why].filter((t) => t !== '').join('：');
}

function ballotOf(
  facts: GroupReportFacts,
  counted: ApplicationDeliberation['ballots'][number],
): ReportBallot {
  const { record, outcome } = counted;
  return {
    ballotNo: record.ballotNo,
    proposalLabel: groupDecisionLabels[record.proposal].zh,
    mode: record.ballot.mode,
    votes:
      record.ballot.mode === 'open'
        ? [...record.ballot.votes]
            .sort((a, b) => (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0))
            .map((v) => ({
              name: nameOf(facts, v.expertId),
              voteLabel: voteChoiceLabels[v.vote].zh,
            }))
        : [],
    counts: { for: outcome.forCount, against: outcome.againstCount, abstain: outcome.abstainCount },
    present: outcome.present,
    requiredPresent: outcome.requiredPresent,
    requiredFor: outcome.requiredFor,
    outcomeLabel: OUTCOME_LABELS[outcome.outcome],
  };
}

/** One line of a ballot for the opinion form. */
export function ballotLine(b: ReportBallot): string {
  const mode = b.mode === 'open' ? '记名表决' : '无记名表决';
  return `第${b.ballotNo}轮 ${mode}“${b.proposalLabel}”：赞成${b.counts.for} 反对${b.counts.against} 弃权${b.counts.abstain}，${b.outcomeLabel}`;
}

/** Leader first, then members by id: the column order of the group's tables. */
function groupPeople(members: readonly MemberStatus[]): MemberStatus[] {
  return [...members].sort((a, b) =>
    a.role !== b.role ? (a.role === 'leader' ? -1 : 1) : a.expertId < b.expertId ? -1 : 1,
  );
}

function opinionOf(section: GroupReportSection, facts: GroupReportFacts): GroupOpinionInput {
  const { merge, deliberation } = section;
  const labels = itemLabels(facts.rubric);
  const recommendation = recommendationLabels[facts.roundKind];
  const roleOf = new Map(section.members.map((m) => [m.expertId, m.role]));
  const deliberated = new Map(deliberation.deliberatedScores.map((d) => [d.expertId, d.total]));
  const commentOrder = [...labels.keys()];
  const reviews: MemberReview[] = merge.rows.map((row) => ({
    expertId: row.expertId,
    name: nameOf(facts, row.expertId),
    roleLabel: ROLE_LABELS[roleOf.get(row.expertId) ?? 'member'],
    criteria: row.criteria,
    total: row.total,
    deliberatedTotal: deliberated.get(row.expertId) ?? null,
    recommendationLabel: recommendation[row.recommendation].zh,
    noDiscussionNeeded: row.noDiscussionNeeded,
    comments: commentOrder
      .filter((id) => (row.comments[id] ?? '').trim() !== '')
      .map((id) => ({ label: labels.get(id) ?? id, text: row.comments[id] ?? '' })),
    strengths: row.overall.strengths,
    weaknesses: row.overall.weaknesses,
    suggestions: row.overall.suggestions,
  }));
  const absent = [
    ...merge.missing.map((m) => {
      const recorded = deliberation.absences.find((a) => a.expertId === m.expertId);
      return {
        name: nameOf(facts, m.expertId),
        reason:
          recorded === undefined
            ? MISSING_LABELS[m.reason]
            : `${ABSENCE_LABELS[recorded.cause]}：${recorded.reason}`,
      };
    }),
    ...deliberation.absences
      .filter((a) => !merge.missing.some((m) => m.expertId === a.expertId))
      .map((a) => ({
        name: nameOf(facts, a.expertId),
        reason: `${ABSENCE_LABELS[a.cause]}：${a.reason}`,
      })),
  ];
  const stats = merge.statistics;
  const dropped = stats?.trimmedMean.dropped ?? null;
  return {
    heading: headingOf(facts),
    application: applicationOf(facts, section.applicationId),
    chair: {
      name: nameOf(facts, section.chair.expertId),
      roleLabel: CHAIR_LABELS[section.chair.role],
    },
    criteria: criteriaOf(facts.rubric),
    maxTotal: rubricMaxTotal(facts.rubric),
    reviews,
    recused: merge.recused.map((r) => ({
      name: nameOf(facts, r.expertId),
      reason: recusalText(r),
    })),
    absent,
    statistics:
      stats === null
        ? null
        : {
            count: stats.count,
            mean: stats.mean,
            trimmedMean: stats.trimmedMean.value,
            dropped:
              dropped === null
                ? null
                : {
                    highest: nameOf(facts, dropped.highest),
                    lowest: nameOf(facts, dropped.lowest),
                  },
            min: stats.min,
            max: stats.max,
            spread: stats.spread,
          },
    deviations: merge.deviations.map((d) => ({
      name: nameOf(facts, d.expertId),
      scopeLabel: d.scope === 'total' ? '总分' : (labels.get(d.scope) ?? d.scope),
      score: d.score,
      mean: d.mean,
      relativeDeviation: d.relativeDeviation,
      explanation:
        deliberation.explanations.find((e) => e.expertId === d.expertId && e.scope === d.scope)
          ?.text ?? null,
    })),
    scoreChanges: deliberation.scoreChanges.map((c) => ({
      name: nameOf(facts, c.expertId),
      partLabel: labels.get(c.partId) ?? c.partId,
      from: c.from,
      to: c.to,
      reason: reasonText(c.reason),
    })),
    notes: deliberation.notes.map((n) => n.text),
    discussionSkipped: deliberation.discussionSkipped,
    ballots: deliberation.ballots.map((b) => ballotLine(ballotOf(facts, b))),
    dissents: deliberation.dissents.map((d) => ({
      name: nameOf(facts, d.expertId),
      reasons: d.reasons,
    })),
    consensus: deliberation.consensus,
    decisionLabel:
      deliberation.decision === null ? null : groupDecisionLabels[deliberation.decision].zh,
  };
}

function headingOf(facts: GroupReportFacts): ReportHeading {
  return {
    year: facts.year,
    roundName: facts.roundName,
    groupName: facts.groupName,
    caseId: facts.caseId,
    printedOn: facts.printedOn,
  };
}

function summaryOf(
  sections: readonly GroupReportSection[],
  facts: GroupReportFacts,
): ScoreSummaryInput {
  const people = groupPeople(sections[0]?.members ?? []);
  return {
    heading: headingOf(facts),
    members: people.map((m) => ({ expertId: m.expertId, name: nameOf(facts, m.expertId) })),
    rows: sections.map(({ applicationId, merge, deliberation }) => {
      const deliberated = new Map(deliberation.deliberatedScores.map((d) => [d.expertId, d.total]));
      const cells: SummaryCell[] = people.map((m) => {
        const row = merge.rows.find((r) => r.expertId === m.expertId);
        if (row !== undefined) {
          return {
            kind: 'score',
            total: row.total,
            deliberated: deliberated.get(m.expertId) ?? null,
          };
        }
        // Recused in their bundle, or by the office (recorded as such in the deliberation).
        const recused =
          merge.recused.some((r) => r.expertId === m.expertId) ||
          deliberation.absences.some(
            (a) => a.expertId === m.expertId && a.cause === 'recused-by-office',
          );
        return recused ? { kind: 'recused' } : { kind: 'absent' };
      });
      return {
        application: applicationOf(facts, applicationId),
        cells,
        mean: merge.statistics?.mean ?? null,
        trimmedMean: merge.statistics?.trimmedMean.value ?? null,
        spread: merge.statistics?.spread ?? null,
        consensus: deliberation.consensus?.score ?? null,
        decisionLabel:
          deliberation.decision === null ? null : groupDecisionLabels[deliberation.decision].zh,
      };
    }),
  };
}

function votesOf(
  sections: readonly GroupReportSection[],
  facts: GroupReportFacts,
): VoteRecordInput {
  const first = sections[0];
  return {
    heading: headingOf(facts),
    ruleText: first === undefined ? '' : ruleText(first.rule),
    applications: sections.map(({ applicationId, deliberation }) => ({
      application: applicationOf(facts, applicationId),
      eligible: deliberation.eligibleVoters.map((id) => nameOf(facts, id)),
      ballots: deliberation.ballots.map((b) => ballotOf(facts, b)),
      dissents: deliberation.dissents.map((d) => ({
        name: nameOf(facts, d.expertId),
        reasons: d.reasons,
      })),
    })),
  };
}

/**
 * The group's report inputs, applications in the order of their 申报编号 (then id), so a report
 * reads as the office's register does.
 */
export function groupReports(
  sections: readonly GroupReportSection[],
  facts: GroupReportFacts,
): GroupReports {
  const ordered = [...sections].sort((a, b) => {
    const x = applicationOf(facts, a.applicationId).applicationNo;
    const y = applicationOf(facts, b.applicationId).applicationNo;
    return x !== y ? (x < y ? -1 : 1) : a.applicationId < b.applicationId ? -1 : 1;
  });
  return {
    opinions: ordered.map((s) => opinionOf(s, facts)),
    summary: summaryOf(ordered, facts),
    votes: votesOf(ordered, facts),
  };
}
