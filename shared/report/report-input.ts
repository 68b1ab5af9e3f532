/**
 * What the Word reports, CSV and XLSX files of issue 11 (point 4) are written from: plain data,
 * names and words already chosen, numbers as numbers. The adapters in this folder build them from
 * what the app holds (the opened group bundle, the committee's lists, the office's objections);
 * electron/core/report/ turns them into files. Nothing here knows about docx, files or keys, so
 * each report's content can be built and checked as data.
 */

/** The title block every report carries: which selection, round, group and case, and when. */
export interface ReportHeading {
  readonly year: number;
  /** 2026年资料评审. */
  readonly roundName: string;
  /** 第一专业组; absent for the committee's and the office's reports. */
  readonly groupName?: string;
  /** The case's id as the bundles name it (a short reference, never a path). */
  readonly caseId: string;
  /** When it was printed, as 2026年11月29日. */
  readonly printedOn: string;
}

/** An application as the reports name it. */
export interface ReportApplication {
  readonly applicationId: string;
  /** 申报编号. */
  readonly applicationNo: string;
  /** 申报单位. */
  readonly applicantName: string;
  /** 经验名称. */
  readonly experienceTitle: string;
}

/** A criterion of the round's rubric as the score tables head it. */
export interface ReportCriterion {
  readonly criterionId: string;
  /** 一, 二, 三. */
  readonly numeral: string;
  readonly title: string;
  readonly maxPoints: number;
}

/** One member's review of one application, as submitted (frozen), with its words. */
export interface MemberReview {
  readonly expertId: string;
  readonly name: string;
  /** 组长, 组员. */
  readonly roleLabel: string;
  /** Criterion id → subtotal, as submitted. */
  readonly criteria: Readonly<Record<string, number>>;
  readonly total: number;
  /** The total after the deliberation's score changes; null when none changed it. */
  readonly deliberatedTotal: number | null;
  /** 推荐进入答辩, 不推荐… */
  readonly recommendationLabel: string;
  readonly noDiscussionNeeded: boolean;
  /** The comments in rubric order: criterion or part label, then the text. */
  readonly comments: readonly { readonly label: string; readonly text: string }[];
  readonly strengths: string;
  readonly weaknesses: string;
  readonly suggestions: string;
}

/** 评审意见表 (合议): one application's reviews, deliberation and conclusion in its group. */
export interface GroupOpinionInput {
  readonly heading: ReportHeading;
  readonly application: ReportApplication;
  /** Who chaired it: the leader, or the stand-in the office designated (代行组长). */
  readonly chair: { readonly name: string; readonly roleLabel: string };
  readonly criteria: readonly ReportCriterion[];
  readonly maxTotal: number;
  readonly reviews: readonly MemberReview[];
  /** Members recused (回避) with the reason in words. */
  readonly recused: readonly { readonly name: string; readonly reason: string }[];
  /** Members without a review, with the recorded reason when there is one. */
  readonly absent: readonly { readonly name: string; readonly reason: string }[];
  readonly statistics: {
    readonly count: number;
    readonly mean: number;
    readonly trimmedMean: number;
    /** 去掉的最高分、最低分 (names); null below five scores. */
    readonly dropped: { readonly highest: string; readonly lowest: string } | null;
    readonly min: number;
    readonly max: number;
    readonly spread: number;
  } | null;
  /** The deviation warnings, each with the member's recorded explanation (or null). */
  readonly deviations: readonly {
    readonly name: string;
    /** 总分 or the criterion's title. */
    readonly scopeLabel: string;
    readonly score: number;
    readonly mean: number;
    /** (score − mean) / mean; null when the mean is 0. */
    readonly relativeDeviation: number | null;
    readonly explanation: string | null;
  }[];
  /** 分值修正: each change with the part, before, after and the reason in words. */
  readonly scoreChanges: readonly {
    readonly name: string;
    readonly partLabel: string;
    readonly from: number;
    readonly to: number;
    readonly reason: string;
  }[];
  readonly notes: readonly string[];
  readonly discussionSkipped: boolean;
  /** One line per ballot round, e.g. 第1轮 记名表决 入围答辩：同意5 反对1 弃权0，通过. */
  readonly ballots: readonly string[];
  readonly dissents: readonly { readonly name: string; readonly reasons: string }[];
  readonly consensus: { readonly score: number; readonly opinion: string } | null;
  /** 入围答辩, 推荐…; null before the group decided. */
  readonly decisionLabel: string | null;
}

/** One cell of 评分汇总表: a total, or why there is none. */
export type SummaryCell =
  | { readonly kind: 'score'; readonly total: number; readonly deliberated: number | null }
  | { readonly kind: 'recused' }
  | { readonly kind: 'absent' };

/** 评分汇总表: a group's applications × members, with the statistics and the conclusion. */
export interface ScoreSummaryInput {
  readonly heading: ReportHeading;
  /** The group's people in column order (the leader first). */
  readonly members: readonly { readonly expertId: string; readonly name: string }[];
  readonly rows: readonly {
    readonly application: ReportApplication;
    /** In `members` order. */
    readonly cells: readonly SummaryCell[];
    readonly mean: number | null;
    readonly trimmedMean: number | null;
    readonly spread: number | null;
    readonly consensus: number | null;
    readonly decisionLabel: string | null;
  }[];
}

/** One ballot round as 投票记录 shows it. */
export interface ReportBallot {
  readonly ballotNo: number;
  /** The proposal in words (入围答辩…). */
  readonly proposalLabel: string;
  readonly mode: 'open' | 'secret';
  /** 记名: each voter's vote in words; empty for 无记名. */
  readonly votes: readonly { readonly name: string; readonly voteLabel: string }[];
  readonly counts: { readonly for: number; readonly against: number; readonly abstain: number };
  /** Who voted, abstentions included. */
  readonly present: number;
  /** Fewest present for a quorum, and fewest 同意 to pass, under the round's rule. */
  readonly requiredPresent: number;
  readonly requiredFor: number;
  /** 通过, 未通过, 不足法定人数. */
  readonly outcomeLabel: string;
}

/** 投票记录: every ballot round of a group, per application. */
export interface VoteRecordInput {
  readonly heading: ReportHeading;
  /** The rule as words: 到会人数不少于应到人数的2/3，同意票不少于到会人数的2/3. */
  readonly ruleText: string;
  readonly applications: readonly {
    readonly application: ReportApplication;
    /** Who could vote (names). */
    readonly eligible: readonly string[];
    readonly ballots: readonly ReportBallot[];
    readonly dissents: readonly { readonly name: string; readonly reasons: string }[];
  }[];
}

/** The committee's and the office's lists. */
export type ListKind = 'defense-shortlist' | 'preliminary' | 'public-notice';

/** One row of 入围答辩名单 or 初评名单. */
export interface ListRow {
  /** 1, 2, 3… on the list; a cut one's place in the ranking; null when it is in no ranking. */
  readonly rank: number | null;
  readonly application: ReportApplication;
  readonly groupName: string;
  readonly score: number | null;
  /** 入围答辩, 不入围, 推荐… */
  readonly decisionLabel: string;
  /** Why it was cut (名额已满, 低于分数线, 专业组未推荐…); null when it is in. */
  readonly cutReason: string | null;
}

/** One row of 公示名单: the type has no score, so none can be printed (Article 21). */
export interface PublicNoticeRow {
  readonly rank: number;
  readonly application: ReportApplication;
  readonly groupName: string;
}

export type ListReportInput =
  | {
      readonly kind: 'defense-shortlist' | 'preliminary';
      readonly heading: ReportHeading;
      readonly rows: readonly ListRow[];
      /** A line under the title (e.g. the quota or the rule applied); optional. */
      readonly note?: string;
    }
  | {
      readonly kind: 'public-notice';
      readonly heading: ReportHeading;
      readonly rows: readonly PublicNoticeRow[];
      /** 公示期 as words, e.g. 2026年12月1日至2026年12月14日（10个工作日）. */
      readonly note?: string;
    };

/** One objection (异议) as 异议处理记录 shows it. */
export interface ReportObjection {
  /** The office's number for it. */
  readonly number: string;
  readonly application: ReportApplication;
  /** 异议人 as the office recorded it (a person or an organisation). */
  readonly objector: string;
  /** 2026年12月3日. */
  readonly receivedOn: string;
  readonly content: string;
  readonly evidence: string;
  /** 受理, or 不予受理 with its reason (e.g. 超过公示期). */
  readonly admission: string;
  /** 调查核实情况; empty while none. */
  readonly investigation: string;
  /** 评审委员会复核意见; empty while none. */
  readonly reReview: string;
  /** 处理结果 (异议成立 / 异议不成立 …); empty while open. */
  readonly outcome: string;
}

/** 异议处理记录: every objection of the public notice, with what was done about it. */
export interface ObjectionRecordInput {
  readonly heading: ReportHeading;
  /** 公示期 as words. */
  readonly noticePeriod: string;
  readonly objections: readonly ReportObjection[];
}
