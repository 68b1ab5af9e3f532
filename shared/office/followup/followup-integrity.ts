/**
 * The follow-up section's references, checked with the rest of the record (OfficeRecordSchema):
 * acts numbered 1, 2, 3… in order, every application, round, objection and committee member they
 * name on record. The messages name ids only.
 */
import type { OfficeRecord } from '../office-record-fields';
import type { OfficeRecordProblem } from '../office-record-integrity';

export function followUpProblems(c: OfficeRecord): OfficeRecordProblem[] {
  const acts = c.followUp?.acts ?? [];
  const problems: OfficeRecordProblem[] = [];
  const applications = new Set(c.applications.map((a) => a.id));
  const rounds = new Set(c.rounds.map((r) => r.round.id));
  const experts = new Set(c.experts.map((e) => e.id));
  const objections = new Set<string>();
  acts.forEach((act, i) => {
    const add = (field: string, message: string) =>
      problems.push({ path: ['followUp', 'acts', i, field], message });
    if (act.seq !== i + 1) add('seq', `后续工作记录第 ${i + 1} 条的序号为 ${act.seq}`);
    const ids =
      'applicationIds' in act
        ? act.applicationIds
        : 'applicationId' in act
          ? [act.applicationId]
          : [];
    for (const id of ids) {
      if (!applications.has(id)) add('applicationId', `申报经验 ${id} 不存在`);
    }
    if ('roundId' in act && !rounds.has(act.roundId)) {
      add('roundId', `评审轮次 ${act.roundId} 不存在`);
    }
    if (act.kind === 'objection-received') {
      if (objections.has(act.objectionId)) add('objectionId', `异议编号重复：${act.objectionId}`);
      objections.add(act.objectionId);
    } else if ('objectionId' in act && !objections.has(act.objectionId)) {
      add('objectionId', `异议 ${act.objectionId} 未登记`);
    }
    if (act.kind === 'objection-re-reviewed' && !experts.has(act.committeeMemberId)) {
      add('committeeMemberId', `${act.committeeMemberId} 不是已登记的专家`);
    }
  });
  return problems;
}
