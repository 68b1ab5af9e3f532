import { validateAssignments } from './assignment';
import { applicationNoKey } from './office-id';
import type { OfficeRecord } from './office-record-fields';

/**
 * One cross-reference that does not hold, with the path of the offending field. The message
 * names ids, never a material's file name: it may reach the office's error notice.
 */
export interface OfficeRecordProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The checks across fields: ids unique, every reference resolves, rounds of the case's year, a
 * round's materials belong to its applications, one formal check per application, a conflict
 * recorded once per pair, and the group and assignment rules of validateAssignments.
 */
export function officeRecordProblems(c: OfficeRecord): OfficeRecordProblem[] {
  const problems: OfficeRecordProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });

  const applications = new Set(c.applications.map((a) => a.id));
  const experts = new Set(c.experts.map((e) => e.id));
  const materialApplication = new Map(c.materials.map((m) => [m.id, m.applicationId]));

  duplicates(c.applications.map((a) => a.id)).forEach((i) =>
    add(['applications', i, 'id'], `申报经验编号重复：${c.applications[i]?.id}`),
  );
  duplicates(c.applications.map((a) => applicationNoKey(a.applicationNo))).forEach((i) =>
    add(['applications', i, 'applicationNo'], `申报编号重复：${c.applications[i]?.applicationNo}`),
  );
  duplicates(c.materials.map((m) => m.id)).forEach((i) =>
    add(['materials', i, 'id'], `材料编号重复：${c.materials[i]?.id}`),
  );
  duplicates(c.materials.map((m) => `${m.applicationId}\n${m.sha256}`)).forEach((i) =>
    add(['materials', i, 'sha256'], `同一申报经验的材料重复：${c.materials[i]?.id}`),
  );
  c.materials.forEach((m, i) => {
    if (!applications.has(m.applicationId)) {
      add(['materials', i, 'applicationId'], `材料 ${m.id} 所属的申报经验不存在`);
    }
  });
  duplicates(c.formalChecks.map((f) => f.applicationId)).forEach((i) =>
    add(['formalChecks', i], `申报经验 ${c.formalChecks[i]?.applicationId} 有多份形式审查`),
  );
  c.formalChecks.forEach((f, i) => {
    if (!applications.has(f.applicationId)) {
      add(['formalChecks', i, 'applicationId'], `形式审查所属的申报经验 ${f.applicationId} 不存在`);
    }
  });

  duplicates(c.experts.map((e) => e.id)).forEach((i) =>
    add(['experts', i, 'id'], `专家编号重复：${c.experts[i]?.id}`),
  );
  const fingerprints = c.experts.map((e) => e.keyFingerprint ?? `\n${e.id}`);
  duplicates(fingerprints).forEach((i) =>
    add(['experts', i, 'keyFingerprint'], `身份卡指纹重复：${c.experts[i]?.name}`),
  );
  for (const role of ['chairId', 'viceChairId'] as const) {
    const id = c.committee[role];
    if (id !== undefined && !experts.has(id)) add(['committee', role], `${id} 不是已登记的专家`);
  }

  duplicates(c.rounds.map((r) => r.round.id)).forEach((i) =>
    add(['rounds', i, 'round', 'id'], `评审轮次编号重复：${c.rounds[i]?.round.id}`),
  );
  c.rounds.forEach((r, i) => {
    if (r.round.year !== c.year)
      add(['rounds', i, 'round', 'year'], `评审轮次年度与案卷年度不一致`);
    r.applicationIds.forEach((id, j) => {
      if (!applications.has(id)) add(['rounds', i, 'applicationIds', j], `申报经验 ${id} 不存在`);
    });
    r.materialIds.forEach((id, j) => {
      const applicationId = materialApplication.get(id);
      if (applicationId === undefined) {
        add(['rounds', i, 'materialIds', j], `材料 ${id} 不存在`);
      } else if (!r.applicationIds.includes(applicationId)) {
        add(['rounds', i, 'materialIds', j], `材料 ${id} 所属的申报经验不在该轮评审中`);
      }
    });
  });

  const roundApplications = new Map(c.rounds.map((r) => [r.round.id, new Set(r.applicationIds)]));
  c.assignments.forEach((a, i) => {
    const inRound = roundApplications.get(a.roundId);
    if (inRound === undefined) add(['assignments', i, 'roundId'], `评审轮次 ${a.roundId} 不存在`);
    else if (!inRound.has(a.applicationId)) {
      add(
        ['assignments', i, 'applicationId'],
        `申报经验 ${a.applicationId} 不在评审轮次 ${a.roundId} 中`,
      );
    }
  });
  for (const problem of validateAssignments(c)) {
    // A group still without a leader is work in progress, reported when sealing, not corruption.
    if (problem.code !== 'no-leader') add(['groups'], problem.message);
  }

  duplicates(c.conflicts.map((x) => `${x.expertId}\n${x.applicationId}`)).forEach((i) =>
    add(['conflicts', i], '同一专家与同一申报经验的回避情形重复登记'),
  );
  c.conflicts.forEach((x, i) => {
    if (!experts.has(x.expertId))
      add(['conflicts', i, 'expertId'], `${x.expertId} 不是已登记的专家`);
    if (!applications.has(x.applicationId)) {
      add(['conflicts', i, 'applicationId'], `申报经验 ${x.applicationId} 不存在`);
    }
  });
  duplicates((c.standIns ?? []).map((s) => `${s.roundId}\n${s.applicationId}`)).forEach((i) =>
    add(['standIns', i], '同一评审轮次的同一申报经验指定了两位代行组长'),
  );
  (c.standIns ?? []).forEach((s, i) => {
    if (!roundApplications.get(s.roundId)?.has(s.applicationId)) {
      add(
        ['standIns', i, 'applicationId'],
        `申报经验 ${s.applicationId} 不在评审轮次 ${s.roundId} 中`,
      );
    }
    if (!experts.has(s.expertId))
      add(['standIns', i, 'expertId'], `${s.expertId} 不是已登记的专家`);
  });
  return problems;
}

/** Indexes of the second and later occurrences of each repeated value. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}
