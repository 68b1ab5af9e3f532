/**
 * The office's follow-up acts (Articles 20–22) in the record: each act stamped with who and when,
 * the record still valid after every one, and each rule's refusal a coded error with nothing
 * recorded: a late objection above all, with the 2026 National Day week in its period.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import type { ErrorCode } from '../../../../shared/errors';
import type { FollowUpRequest } from '../../../../shared/office/followup/followup-rules';
import {
  proposedFinalList,
  recordFollowUpAct,
} from '../../../../shared/office/followup/followup-rules';
import { followUpState } from '../../../../shared/office/followup/followup-state';
import {
  importedResultDigests,
  resultImportStanding,
} from '../../../../shared/office/followup/result-import-standing';
import {
  addDefenseRound,
  addMaterialRound,
  emptyOfficeRecord,
  OfficeRecordSchema,
  registerExpert,
  setCommittee,
  setRoundApplications,
  upsertApplication,
  type OfficeRecord,
} from '../../../../shared/office/office-record';
import { application, card, expert } from '../office-fixtures';

const by = { fingerprint: 'FP-OFFICE', handler: '王经办' };
/** 10:00 in Beijing on the given day. */
const on = (date: string) => new Date(`${date}T10:00:00+08:00`);

function baseRecord(): OfficeRecord {
  let c = emptyOfficeRecord(2026);
  for (const id of ['a001', 'a002', 'a003']) c = upsertApplication(c, application(id));
  for (const id of ['C', 'V', 'M1'])
    c = registerExpert(c, expert(id), card(`专家${id}`, `FP-${id}`));
  c = setCommittee(c, { chairId: 'C', viceChairId: 'V' });
  c = addMaterialRound(c, { id: 'material', createdAt: '2026-07-01T09:00:00+08:00' });
  return setRoundApplications(c, 'material', ['a001', 'a002', 'a003']);
}

function act(c: OfficeRecord, request: FollowUpRequest, date: string, who = by): OfficeRecord {
  const next = recordFollowUpAct(c, request, { now: on(date), by: who });
  // The record as a whole, with every reference, still holds after every act.
  expect(OfficeRecordSchema.safeParse(next).success).toBe(true);
  return next;
}

function refused(code: ErrorCode, run: () => unknown): AppError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected ${code}`).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe(code);
  return thrown as AppError;
}

const notice: FollowUpRequest = {
  kind: 'notice-published',
  applicationIds: ['a001', 'a002'],
  start: '2026-09-28',
  firstDayCounts: true,
  channels: '中国质量协会网站、工信部科技司网站、全国质量标杆微信公众号',
};

function objection(applicationId: string, receivedOn: string): FollowUpRequest {
  return {
    kind: 'objection-received',
    applicationId,
    objector: { name: '李某', organisation: '某公司', contact: '010-12345678' },
    content: '反映申报数据与年报不符。',
    evidence: ['2025年年度报告第12页复印件'],
    receivedOn,
    via: '书面',
  };
}

/** Consultation, an on-site check, the notice from 28 September, one objection on 9 October. */
function noticed(): OfficeRecord {
  let c = baseRecord();
  c = act(
    c,
    { kind: 'consultation', sentOn: '2026-09-10', repliedOn: '2026-09-20', notes: '无意见' },
    '2026-09-21',
  );
  c = act(
    c,
    {
      kind: 'on-site-check',
      applicationId: 'a002',
      from: '2026-09-15',
      to: '2026-09-16',
      inspectors: '张核查、赵核查',
      notes: '现场核实数据属实',
    },
    '2026-09-17',
  );
  c = act(c, notice, '2026-09-28');
  return act(c, objection('a002', '2026-10-09'), '2026-10-09', { ...by, handler: '刘经办' });
}

describe('the follow-up record', () => {
  it('records every act with who and when, numbered in order', () => {
    const c = noticed();
    const state = followUpState(c.followUp);
    expect(state.acts.map((a) => [a.seq, a.kind, a.by.handler, a.at])).toEqual([
      [1, 'consultation', '王经办', '2026-09-21T02:00:00.000Z'],
      [2, 'on-site-check', '王经办', '2026-09-17T02:00:00.000Z'],
      [3, 'notice-published', '王经办', '2026-09-28T02:00:00.000Z'],
      [4, 'objection-received', '刘经办', '2026-10-09T02:00:00.000Z'],
    ]);
    expect(state.acts.every((a) => a.by.fingerprint === 'FP-OFFICE')).toBe(true);
    // The period across the National Day week, as published.
    expect(state.notice?.lastDay).toBe('2026-10-15');
    expect(state.objections).toHaveLength(1);
    expect(state.objections[0]).toMatchObject({
      status: 'received',
      received: { objectionId: 'o001', applicationId: 'a002', receivedOn: '2026-10-09' },
    });
  });

  it('refuses a late objection with a clear coded error, and records nothing', () => {
    const c = noticed();
    // Saturday 10 October is a working day inside the period; Friday 16 October is after it.
    const inTime = act(c, objection('a001', '2026-10-15'), '2026-10-15');
    expect(followUpState(inTime.followUp).objections).toHaveLength(2);
    const error = refused('objection-late', () =>
      recordFollowUpAct(c, objection('a001', '2026-10-16'), { now: on('2026-10-16'), by }),
    );
    expect(error.params).toEqual({ receivedOn: '2026-10-16', lastDay: '2026-10-15' });
    expect(error.message).toContain('异议逾期，不予受理');
    expect(error.message).toContain('2026年10月15日');
    expect(followUpState(c.followUp).acts).toHaveLength(4);
  });

  it('refuses objections without a notice, before it, outside its list, or dated tomorrow', () => {
    refused('notice-not-published', () =>
      recordFollowUpAct(baseRecord(), objection('a001', '2026-10-09'), {
        now: on('2026-10-09'),
        by,
      }),
    );
    const c = noticed();
    refused('objection-before-notice', () =>
      recordFollowUpAct(c, objection('a001', '2026-09-27'), { now: on('2026-10-09'), by }),
    );
    refused('notice-application-not-listed', () =>
      recordFollowUpAct(c, objection('a003', '2026-10-09'), { now: on('2026-10-09'), by }),
    );
    refused('followup-date-in-future', () =>
      recordFollowUpAct(c, objection('a001', '2026-10-10'), { now: on('2026-10-09'), by }),
    );
  });

  it('requires who: an empty handler is refused', () => {
    refused('followup-handler-missing', () =>
      recordFollowUpAct(baseRecord(), notice, {
        now: on('2026-09-28'),
        by: { ...by, handler: ' ' },
      }),
    );
  });

  it('runs an objection through investigation, referral and the re-review, in that order', () => {
    let c = noticed();
    const reReview: FollowUpRequest = {
      kind: 'objection-re-reviewed',
      objectionId: 'o001',
      outcome: 'upheld',
      decidedOn: '2026-10-22',
      committeeMemberId: 'C',
      notes: '数据不实，异议成立',
    };
    refused('objection-not-referred', () =>
      recordFollowUpAct(c, reReview, { now: on('2026-10-22'), by }),
    );
    refused('objection-not-investigated', () =>
      recordFollowUpAct(
        c,
        { kind: 'objection-referred', objectionId: 'o001', on: '2026-10-12' },
        {
          now: on('2026-10-12'),
          by,
        },
      ),
    );
    c = act(
      c,
      {
        kind: 'objection-investigated',
        objectionId: 'o001',
        on: '2026-10-12',
        findings: '经核对年报，申报数据有误。',
      },
      '2026-10-12',
    );
    c = act(c, { kind: 'objection-referred', objectionId: 'o001', on: '2026-10-13' }, '2026-10-13');
    refused('re-review-not-committee', () =>
      recordFollowUpAct(c, { ...reReview, committeeMemberId: 'M1' } as FollowUpRequest, {
        now: on('2026-10-22'),
        by,
      }),
    );
    c = act(c, reReview, '2026-10-22');
    expect(followUpState(c.followUp).objections[0]?.status).toBe('upheld');
    refused('objection-decided', () =>
      recordFollowUpAct(c, reReview, { now: on('2026-10-22'), by }),
    );
  });

  it('approves after the period with every objection decided, then the final list closes the record', () => {
    let c = noticed();
    const approval: FollowUpRequest = {
      kind: 'approval',
      approvedOn: '2026-10-15',
      reference: '中国质协字〔2026〕88号',
      notes: '',
    };
    refused('notice-period-running', () =>
      recordFollowUpAct(c, approval, { now: on('2026-10-15'), by }),
    );
    const undecided = refused('objections-undecided', () =>
      recordFollowUpAct(c, { ...approval, approvedOn: '2026-10-23' } as FollowUpRequest, {
        now: on('2026-10-23'),
        by,
      }),
    );
    expect(undecided.params).toEqual({ objectionIds: ['o001'] });
    c = act(
      c,
      { kind: 'objection-investigated', objectionId: 'o001', on: '2026-10-12', findings: '属实' },
      '2026-10-12',
    );
    c = act(c, { kind: 'objection-referred', objectionId: 'o001', on: '2026-10-13' }, '2026-10-13');
    c = act(
      c,
      {
        kind: 'objection-re-reviewed',
        objectionId: 'o001',
        outcome: 'upheld',
        decidedOn: '2026-10-20',
        committeeMemberId: 'V',
        notes: '',
      },
      '2026-10-20',
    );
    const final: FollowUpRequest = {
      kind: 'final-list',
      applicationIds: ['a001'],
      publishedOn: '2026-10-28',
      channels: '中国质量协会网站',
    };
    refused('approval-missing', () => recordFollowUpAct(c, final, { now: on('2026-10-28'), by }));
    c = act(c, { ...approval, approvedOn: '2026-10-23' } as FollowUpRequest, '2026-10-23');
    expect(proposedFinalList(followUpState(c.followUp))).toEqual(['a001']);
    refused('final-list-has-upheld', () =>
      recordFollowUpAct(c, { ...final, applicationIds: ['a001', 'a002'] } as FollowUpRequest, {
        now: on('2026-10-28'),
        by,
      }),
    );
    refused('final-list-outside-notice', () =>
      recordFollowUpAct(c, { ...final, applicationIds: ['a003'] } as FollowUpRequest, {
        now: on('2026-10-28'),
        by,
      }),
    );
    c = act(c, final, '2026-10-28');
    const state = followUpState(c.followUp);
    expect(state.finalList?.applicationIds).toEqual(['a001']);
    expect(state.acts.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    refused('followup-closed', () =>
      recordFollowUpAct(c, objection('a001', '2026-10-09'), { now: on('2026-10-28'), by }),
    );
  });

  it("lets the office correct next year's days, and refuses a table with a day of another year", () => {
    const table = {
      year: 2027,
      days: [{ date: '2027-01-01', work: false, name: '元旦' }],
    };
    const c = act(baseRecord(), { kind: 'calendar-year', table }, '2026-11-29');
    expect(followUpState(c.followUp).calendarYears).toEqual([table]);
    refused('calendar-day-outside-year', () =>
      recordFollowUpAct(
        c,
        {
          kind: 'calendar-year',
          table: { year: 2027, days: [{ date: '2026-12-31', work: false, name: '' }] },
        },
        { now: on('2026-11-29'), by },
      ),
    );
    refused('calendar-day-repeated', () =>
      recordFollowUpAct(
        c,
        { kind: 'calendar-year', table: { year: 2027, days: [table.days[0]!, table.days[0]!] } },
        { now: on('2026-11-29'), by },
      ),
    );
  });

  it('refuses a notice whose period reaches a year nobody entered', () => {
    refused('calendar-year-unknown', () =>
      recordFollowUpAct(baseRecord(), { ...notice, start: '2026-12-24' } as FollowUpRequest, {
        now: on('2026-12-24'),
        by,
      }),
    );
  });

  it("records the defense round's order and absences for exactly its applications", () => {
    let c = addDefenseRound(baseRecord(), {
      materialRoundId: 'material',
      shortlist: ['a001', 'a002'],
      id: 'defense',
      createdAt: '2026-08-01T09:00:00+08:00',
    });
    const mismatch = refused('defense-order-mismatch', () =>
      recordFollowUpAct(
        c,
        { kind: 'defense-order', roundId: 'defense', applicationIds: ['a002', 'a003'] },
        { now: on('2026-08-02'), by },
      ),
    );
    expect(mismatch.params).toEqual({ missing: ['a001'], extra: ['a003'] });
    refused('not-a-defense-round', () =>
      recordFollowUpAct(
        c,
        { kind: 'defense-order', roundId: 'material', applicationIds: ['a001'] },
        { now: on('2026-08-02'), by },
      ),
    );
    c = act(
      c,
      { kind: 'defense-order', roundId: 'defense', applicationIds: ['a002', 'a001'] },
      '2026-08-02',
    );
    c = act(
      c,
      {
        kind: 'defense-absence',
        roundId: 'defense',
        applicationId: 'a001',
        reason: '因疫情未能到场',
      },
      '2026-08-10',
    );
    refused('defense-application-not-in-round', () =>
      recordFollowUpAct(
        c,
        { kind: 'defense-absence', roundId: 'defense', applicationId: 'a003', reason: '缺席' },
        { now: on('2026-08-10'), by },
      ),
    );
    expect(followUpState(c.followUp).defense['defense']).toMatchObject({
      order: ['a002', 'a001'],
      absences: [{ applicationId: 'a001', reason: '因疫情未能到场' }],
    });
  });

  it('the record refuses an act naming an application that does not exist', () => {
    const c = noticed();
    const broken = {
      ...c,
      followUp: {
        acts: c.followUp!.acts.map((a) =>
          a.kind === 'objection-received' ? { ...a, applicationId: 'a999' } : a,
        ),
      },
    };
    expect(OfficeRecordSchema.safeParse(broken).success).toBe(false);
    const renumbered = { ...c, followUp: { acts: [...c.followUp!.acts].reverse() } };
    expect(OfficeRecordSchema.safeParse(renumbered).success).toBe(false);
  });
});

describe("a result bundle's import against those on record", () => {
  type Signer = { expertId: string; fingerprint: string; role: 'chair' | 'vice-chair-acting' };
  const chair: Signer = { expertId: 'C', fingerprint: 'FP-C', role: 'chair' };
  const vice: Signer = { expertId: 'V', fingerprint: 'FP-V', role: 'vice-chair-acting' };
  const imported = (
    digit: string,
    sequence: number | undefined,
    signer: Signer = chair,
  ): FollowUpRequest => ({
    kind: 'result-imported',
    roundId: 'material',
    resultDigest: digit.repeat(64),
    signer,
    listKind: 'defense-shortlist',
    applicationIds: ['a001', 'a002'],
    ...(sequence === undefined ? {} : { sequence }),
  });
  const facts = (request: FollowUpRequest) =>
    request as Extract<FollowUpRequest, { kind: 'result-imported' }>;

  it('records a newer sequence over an older one, per signer, and the same file once', () => {
    let c = act(baseRecord(), imported('1', 1), '2026-08-01');
    c = act(c, imported('2', 2), '2026-08-02');
    expect(followUpState(c.followUp).results['material']).toMatchObject({ sequence: 2 });
    const state = followUpState(c.followUp);
    // The same file: already imported, and the rule never records it twice.
    expect(resultImportStanding(state, facts(imported('2', 2)))).toMatchObject({
      kind: 'already-imported',
      act: { seq: 2 },
    });
    refused('result-already-imported', () =>
      recordFollowUpAct(c, imported('2', 2), { now: on('2026-08-03'), by }),
    );
    // Older than the signer's second: refused, though it was imported once.
    const older = refused('result-bundle-older', () =>
      recordFollowUpAct(c, imported('1', 1), { now: on('2026-08-03'), by }),
    );
    expect(older.params).toEqual({ roundId: 'material', found: 1, imported: 2 });
    refused('result-bundle-older', () => resultImportStanding(state, facts(imported('3', 1))));
    // Another file under the number the chair already used.
    refused('result-bundle-sequence-reused', () =>
      recordFollowUpAct(c, imported('3', 2), { now: on('2026-08-03'), by }),
    );
    // The vice-chair acting counts on their own: their first supersedes, as a newer one does.
    c = act(c, imported('4', 1, vice), '2026-08-04');
    expect(followUpState(c.followUp).results['material']).toMatchObject({
      signer: { expertId: 'V' },
      sequence: 1,
    });
    c = act(c, imported('5', 3), '2026-08-05');
    expect(followUpState(c.followUp).results['material']).toMatchObject({ sequence: 3 });
    expect(importedResultDigests(followUpState(c.followUp))).toEqual(
      ['1', '2', '4', '5'].map((d) => d.repeat(64)),
    );
  });

  it('does not compare with an import recorded before sequences were kept', () => {
    const c = act(baseRecord(), imported('1', undefined), '2026-08-01');
    const state = followUpState(c.followUp);
    expect(resultImportStanding(state, facts(imported('2', 1)))).toEqual({ kind: 'new' });
    expect(resultImportStanding(state, facts(imported('1', 1)))).toMatchObject({
      kind: 'already-imported',
    });
  });
});
