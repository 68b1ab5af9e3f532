/**
 * From the committee's merge (shared/committee, as the signed result bundle carries it) to the
 * lists' report inputs: 入围答辩名单 (material round) or 初评名单 (defense round) with every
 * application, those on the list first in list order, then those cut, in the ranking's order,
 * each with its reason in words; and 公示名单 from the defense round's list, without scores (its
 * row type has none). Names and titles come from the reader's own facts (their package or the
 * office's record): the merge names applications by id and 申报编号 only.
 */
import type { CaseManifest } from '../case/case-manifest';
import type { CommitteeMerge } from '../committee/committee-merge';
import type { CutReason } from '../committee/committee-list';
import { cutReasonLabels } from '../committee/committee-list';
import type { Rubric } from '../domain/rubric';
import { groupDecisionLabels } from '../merge/deliberation-records';
import type { ListReportInput, ListRow, ReportApplication, ReportHeading } from './report-input';
import { formatPoints } from './report-words';

export interface CommitteeReportFacts {
  readonly heading: ReportHeading;
  readonly rubric: Rubric;
  /** applicationId → the application as the reports name it. */
  readonly applications: ReadonlyMap<string, ReportApplication>;
  /** groupId → 第一专业组. */
  readonly groupNames: ReadonlyMap<string, string>;
}

/** The facts from the reader's own package (the chair's and vice-chair's name every group). */
export function committeeReportFactsOf(
  manifest: CaseManifest,
  printedOn: string,
): CommitteeReportFacts {
  return {
    heading: {
      year: manifest.year,
      roundName: manifest.round.name,
      caseId: manifest.caseId,
      printedOn,
    },
    rubric: manifest.round.rubric,
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
    groupNames: new Map(manifest.groups.map((g) => [g.id, g.name])),
  };
}

const ON_LIST = { material: '入围答辩', defense: '列入初评名单' } as const;
const OFF_LIST = { material: '不入围答辩', defense: '未列入' } as const;

function applicationOf(
  facts: CommitteeReportFacts,
  applicationId: string,
  applicationNo: string,
): ReportApplication {
  return (
    facts.applications.get(applicationId) ?? {
      applicationId,
      applicationNo,
      applicantName: '（未载明）',
      experienceTitle: '（未载明）',
    }
  );
}

/** A cut's reason in words, with its figures. */
export function cutReasonText(cut: CutReason, rubric: Rubric): string {
  const label = cutReasonLabels[cut.reason].zh;
  switch (cut.reason) {
    case 'not-scored':
    case 'group-undecided':
      return label;
    case 'group-decision':
      return `${label}：${groupDecisionLabels[cut.decision].zh}`;
    case 'committee-exclusion':
      return `${label}：${cut.text}`;
    case 'below-score-line':
      return `${label}（${formatPoints(cut.score)}，分数线 ${formatPoints(cut.line)}）`;
    case 'quota': {
      const base = `${label}（第 ${cut.position} 位，名额 ${cut.quota}）`;
      if (cut.tie === null) return base;
      if (cut.tie.kind === 'application-no') return `${base}；同分按申报编号排序`;
      const { criterionId } = cut.tie;
      const criterion = rubric.criteria.find((c) => c.id === criterionId);
      const name =
        criterion === undefined ? criterionId : `（${criterion.numeral}）${criterion.title}`;
      return `${base}；同分按${name}得分排序`;
    }
  }
}

/** 入围答辩名单 or 初评名单: every application, with its score, decision and the reason for a cut. */
export function committeeListInput(
  merge: CommitteeMerge,
  facts: CommitteeReportFacts,
): ListReportInput {
  const { list } = merge;
  const ranking =
    list.basis === 'normalised' && merge.ranking.normalised.ok
      ? merge.ranking.normalised
      : merge.ranking.raw;
  const ranked = new Map(ranking.order.map((e) => [e.applicationId, e]));
  const groupOf = new Map(merge.applications.map((a) => [a.applicationId, a.groupId]));
  const groupName = (applicationId: string) => {
    const id = groupOf.get(applicationId) ?? '';
    return facts.groupNames.get(id) ?? id;
  };
  const on: ListRow[] = list.entries.map((e) => ({
    rank: e.position,
    application: applicationOf(facts, e.applicationId, e.applicationNo),
    groupName: groupName(e.applicationId),
    score: e.score,
    decisionLabel: ON_LIST[merge.roundKind],
    cutReason: null,
  }));
  const off: ListRow[] = [...list.cuts]
    .sort((a, b) => {
      const x = ranked.get(a.applicationId)?.position ?? Number.MAX_SAFE_INTEGER;
      const y = ranked.get(b.applicationId)?.position ?? Number.MAX_SAFE_INTEGER;
      // Cuts come by 申报编号; a stable sort keeps that order among the unranked.
      return x - y;
    })
    .map((cut) => {
      const entry = ranked.get(cut.applicationId);
      return {
        rank: entry?.position ?? null,
        application: applicationOf(facts, cut.applicationId, cut.applicationNo),
        groupName: groupName(cut.applicationId),
        score: entry?.score ?? null,
        decisionLabel: OFF_LIST[merge.roundKind],
        cutReason: cutReasonText(cut, facts.rubric),
      };
    });
  const rule = [
    list.quota === null ? '不设名额' : `名额 ${list.quota} 项`,
    list.scoreLine === null ? '不设分数线' : `分数线 ${formatPoints(list.scoreLine)}`,
    list.basis === 'normalised' ? '按标准化得分排序' : '按去掉最高分和最低分后的平均分排序',
    '同分依次按权重最高的评审标准得分、申报编号排序',
  ].join('；');
  return {
    kind: list.kind,
    heading: facts.heading,
    rows: [...on, ...off],
    note: `${rule}。“排名”为在所用排序中的位次。`,
  };
}

/**
 * 公示名单 from the defense round's merge: the applications on its 初评名单, in list order, with
 * no score (Article 21 publishes names, not scores). `period` is the notice period in words.
 */
export function publicNoticeInput(
  merge: CommitteeMerge,
  facts: CommitteeReportFacts,
  period?: string,
): ListReportInput {
  const groupOf = new Map(merge.applications.map((a) => [a.applicationId, a.groupId]));
  return {
    kind: 'public-notice',
    heading: facts.heading,
    rows: merge.list.entries.map((e) => {
      const groupId = groupOf.get(e.applicationId) ?? '';
      return {
        rank: e.position,
        application: applicationOf(facts, e.applicationId, e.applicationNo),
        groupName: facts.groupNames.get(groupId) ?? groupId,
      };
    }),
    ...(period === undefined ? {} : { note: `公示期：${period}` }),
  };
}
