/**
 * The office's reports from its real record: the follow-up acts recorded by the office's own
 * rules (recordFollowUpAct: the notice, two objections, one investigated, referred and upheld by
 * the chair, one still open), turned into 公示名单 (names only, the period and channels) and
 * 异议处理记录, written as Word and read back with mammoth.
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { FollowUpRequest } from '../../../../shared/office/followup/followup-rules';
import { recordFollowUpAct } from '../../../../shared/office/followup/followup-rules';
import {
  addMaterialRound,
  emptyOfficeRecord,
  registerExpert,
  setCommittee,
  setRoundApplications,
  upsertApplication,
} from '../../../../shared/office/office-record';
import type { OfficeRecord } from '../../../../shared/office/office-record';
import { listTable } from '../../../../shared/report/list-table';
import {
  objectionRecordFromRecord,
  officeReportFactsOf,
  publicNoticeFromRecord,
} from '../../../../shared/report/office-reports';
import { officeReportSet } from '../../../../electron/core/report/office-report-files';
import {
  listReportFiles,
  objectionReportFiles,
} from '../../../../electron/core/report/report-files';
import { application, card, expert } from '../../../shared/office/office-fixtures';

const by = { fingerprint: 'FP-OFFICE', handler: '王经办' };

function act(c: OfficeRecord, request: FollowUpRequest, date: string): OfficeRecord {
  return recordFollowUpAct(c, request, { now: new Date(`${date}T10:00:00+08:00`), by });
}

function record(withNotice: boolean): OfficeRecord {
  let c = emptyOfficeRecord(2026);
  for (const id of ['a001', 'a002', 'a003']) c = upsertApplication(c, application(id));
  for (const id of ['C', 'V']) c = registerExpert(c, expert(id), card(`专家${id}`, `FP-${id}`));
  c = setCommittee(c, { chairId: 'C', viceChairId: 'V' });
  c = addMaterialRound(c, { id: 'material', createdAt: '2026-07-01T09:00:00+08:00' });
  c = setRoundApplications(c, 'material', ['a001', 'a002', 'a003']);
  if (!withNotice) return c;
  c = act(
    c,
    {
      kind: 'notice-published',
      applicationIds: ['a002', 'a001'],
      start: '2026-09-28',
      firstDayCounts: true,
      channels: '中国质量协会网站',
    },
    '2026-09-28',
  );
  const objection = (
    applicationId: string,
    receivedOn: string,
    content: string,
  ): FollowUpRequest => ({
    kind: 'objection-received',
    applicationId,
    objector: { name: '李某', organisation: '某公司', contact: '010-12345678' },
    content,
    evidence: ['2025年年度报告第12页复印件'],
    receivedOn,
    via: '书面',
  });
  c = act(c, objection('a001', '2026-10-09', '反映申报数据与年报不符。'), '2026-10-09');
  c = act(c, objection('a002', '2026-10-10', '对经验的推广效果有异议。'), '2026-10-10');
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
  return act(
    c,
    {
      kind: 'objection-re-reviewed',
      objectionId: 'o001',
      outcome: 'upheld',
      decidedOn: '2026-10-20',
      committeeMemberId: 'C',
      notes: '数据不实，异议成立',
    },
    '2026-10-20',
  );
}

const text = async (bytes: Uint8Array) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

describe("the office's reports from its record", () => {
  const c = record(true);
  const facts = officeReportFactsOf(c, 'material', 'c'.repeat(32), '2026年10月28日');

  it('公示名单: the published applications in order, names only', async () => {
    const notice = publicNoticeFromRecord(c, facts)!;
    const table = listTable(notice);
    expect(table.rows.map((r) => r[1])).toEqual([
      application('a002').applicationNo,
      application('a001').applicationNo,
    ]);
    expect(notice.note).toBe(
      '公示期：2026年9月28日至2026年10月15日（10个工作日）；发布渠道：中国质量协会网站',
    );
    const files = listReportFiles(notice);
    const word = await text(await files[0]!.build());
    expect(word).toContain(application('a002').applicantName);
    expect(word).toContain('办公室负责人（签字）');
  });

  it('异议处理记录: each objection with its investigation, re-review and outcome', async () => {
    const input = objectionRecordFromRecord(c, facts)!;
    expect(input.objections.map((o) => [o.number, o.outcome])).toEqual([
      ['o001', '异议成立'],
      ['o002', ''],
    ]);
    const word = await text(await objectionReportFiles(input)[0]!.build());
    expect(word).toContain('收到异议 2 件。');
    expect(word).toContain('李某，某公司');
    expect(word).toContain('2026年10月9日');
    expect(word).toContain('2026年10月12日：经核对年报，申报数据有误。');
    expect(word).toContain('2026年10月20日，专家C：异议成立。数据不实，异议成立');
    expect(word).toContain('受理（公示期内收到，书面）');
    expect(word).toContain('对经验的推广效果有异议。');
  });

  it("names the export's folder by the round's name, made safe", () => {
    expect(officeReportSet(c, 'material', '2026年10月28日')?.stem).toBe(
      '办公室报告-2026年资料评审',
    );
    expect(officeReportSet(c, 'material', '2026年10月28日', ['public-notice'])?.stem).toBe(
      '公示名单-2026年资料评审',
    );
    const renamed: OfficeRecord = {
      ...c,
      rounds: c.rounds.map((r) => ({
        ...r,
        round: { ...r.round, name: `../C:\\${'答辩/评审'.repeat(19)}` },
      })),
    };
    const stem = officeReportSet(renamed, 'material', '2026年10月28日', ['objection-record'])!.stem;
    // Dots, separators and the colon folded into spaces, cut to 24 characters.
    expect(stem).toBe(`异议处理记录-${`C ${'答辩 评审'.repeat(19)}`.slice(0, 24)}`);
    expect(stem).not.toMatch(/[/\\:]/);
  });

  it('nothing before the notice is published', () => {
    const before = record(false);
    const f = officeReportFactsOf(before, 'material', 'c'.repeat(32), '2026年10月28日');
    expect(publicNoticeFromRecord(before, f)).toBeNull();
    expect(objectionRecordFromRecord(before, f)).toBeNull();
  });
});
