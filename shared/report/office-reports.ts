/**
 * From the office's record (the follow-up acts of shared/office/followup, Articles 21 and 22) to
 * the office's reports: 公示名单 as the office published it (the notice act's applications, in
 * its order, names only) and 异议处理记录 (every objection taken in, with its investigation, the
 * committee's re-review and the outcome). A late objection is refused before it is recorded
 * (objection-late), so every one listed here was taken in within the notice period.
 */
import { objectionStatusLabels } from '../domain/objection';
import type { OfficeRecord } from '../office/office-record';
import { formatChineseDate } from '../office/followup/chinese-date-text';
import { followUpState } from '../office/followup/followup-state';
import type { ObjectionView } from '../office/followup/followup-state';
import type {
  ListReportInput,
  ObjectionRecordInput,
  ReportApplication,
  ReportHeading,
} from './report-input';

export interface OfficeReportFacts {
  readonly heading: ReportHeading;
  readonly applications: ReadonlyMap<string, ReportApplication>;
  /** applicationId → its group's name in the round. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** expertId → name (the committee member who re-reviewed). */
  readonly people: ReadonlyMap<string, string>;
}

/** The facts of one round from the office's record; `caseId` is the workspace's case id. */
export function officeReportFactsOf(
  record: OfficeRecord,
  roundId: string,
  caseId: string,
  printedOn: string,
): OfficeReportFacts {
  const round = record.rounds.find((r) => r.round.id === roundId);
  const groupName = new Map(record.groups.map((g) => [g.id, g.name]));
  return {
    heading: {
      year: record.year,
      roundName: round?.round.name ?? roundId,
      caseId,
      printedOn,
    },
    applications: new Map(
      record.applications.map((a) => [
        a.id,
        {
          applicationId: a.id,
          applicationNo: a.applicationNo,
          applicantName: a.applicantName,
          experienceTitle: a.experienceTitle,
        },
      ]),
    ),
    groupOf: new Map(
      record.assignments
        .filter((a) => a.roundId === roundId)
        .map((a) => [a.applicationId, groupName.get(a.groupId) ?? a.groupId]),
    ),
    people: new Map(record.experts.map((e) => [e.id, e.name])),
  };
}

function applicationOf(facts: OfficeReportFacts, applicationId: string): ReportApplication {
  return (
    facts.applications.get(applicationId) ?? {
      applicationId,
      applicationNo: applicationId,
      applicantName: '（未载明）',
      experienceTitle: '（未载明）',
    }
  );
}

/** 公示期 in words, from the notice act. */
function periodOf(notice: { start: string; lastDay: string }): string {
  return `${formatChineseDate(notice.start)}至${formatChineseDate(notice.lastDay)}（10个工作日）`;
}

/** 公示名单 as published; null before the office published a notice. */
export function publicNoticeFromRecord(
  record: OfficeRecord,
  facts: OfficeReportFacts,
): ListReportInput | null {
  const { notice } = followUpState(record.followUp);
  if (notice === null) return null;
  return {
    kind: 'public-notice',
    heading: facts.heading,
    rows: notice.applicationIds.map((id, i) => ({
      rank: i + 1,
      application: applicationOf(facts, id),
      groupName: facts.groupOf.get(id) ?? '',
    })),
    note: `公示期：${periodOf(notice)}${notice.channels.trim() === '' ? '' : `；发布渠道：${notice.channels}`}`,
  };
}

function objectionOf(facts: OfficeReportFacts, o: ObjectionView) {
  const { received } = o;
  const objector = [received.objector.name, received.objector.organisation]
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join('，');
  const reReview =
    o.reReview === null
      ? o.referral === null
        ? ''
        : `${formatChineseDate(o.referral.on)} 已报评审委员会审议，尚未复核。`
      : [
          `${formatChineseDate(o.reReview.decidedOn)}，${facts.people.get(o.reReview.committeeMemberId) ?? o.reReview.committeeMemberId}：${objectionStatusLabels[o.reReview.outcome].zh}`,
          o.reReview.notes.trim(),
          o.reReview.signedAct === undefined ? '' : '（评审委员会签署的复核文件已核验）',
        ]
          .filter((t) => t !== '')
          .join('。');
  return {
    number: received.objectionId,
    application: applicationOf(facts, received.applicationId),
    objector,
    receivedOn: formatChineseDate(received.receivedOn),
    content: received.content,
    evidence: received.evidence.join('\n'),
    admission: `受理（公示期内收到${received.via.trim() === '' ? '' : `，${received.via}`}）`,
    investigation:
      o.investigation === null
        ? ''
        : `${formatChineseDate(o.investigation.on)}：${o.investigation.findings}`,
    reReview,
    outcome:
      o.status === 'upheld' || o.status === 'dismissed' ? objectionStatusLabels[o.status].zh : '',
  };
}

/** 异议处理记录; null before the office published a notice (no period, no objection). */
export function objectionRecordFromRecord(
  record: OfficeRecord,
  facts: OfficeReportFacts,
): ObjectionRecordInput | null {
  const state = followUpState(record.followUp);
  if (state.notice === null) return null;
  return {
    heading: facts.heading,
    noticePeriod: periodOf(state.notice),
    objections: state.objections.map((o) => objectionOf(facts, o)),
  };
}
