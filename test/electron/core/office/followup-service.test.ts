/**
 * The office's follow-up through the OfficeService (issue 11, point 3): each act written into
 * the signed workspace with who (the office's fingerprint, the handler) and when (the service's
 * clock), still there after the workspace is opened again; the export verifies offline and
 * refuses a changed byte, another office and a reordered act.
 */
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyFollowUpExport } from '../../../../electron/core/office/followup-export';
import { createOffice, openOffice } from '../../../../electron/core/office/office-service';
import type { OfficeService } from '../../../../electron/core/office/office-service';
import { AppError } from '../../../../shared/errors';
import type { ErrorCode } from '../../../../shared/errors';
import type { FollowUpRequest } from '../../../../shared/office/followup/followup-rules';
import { followUpState } from '../../../../shared/office/followup/followup-state';
import { setRoundStatus } from '../../../../shared/office/office-record';
import { freshMemory, person, useScratch } from './office-fixtures';

const scratch = useScratch();

async function refusal(code: ErrorCode, run: () => unknown): Promise<void> {
  let thrown: unknown;
  try {
    await run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe(code);
}

async function officeWithNotice(clock: { now: Date }) {
  const dir = join(scratch(), '2026.qboffice');
  const office = await person('办公室');
  const memory = freshMemory();
  const record = await createOffice(dir, office, { memory, now: () => clock.now }, { year: 2026 });
  for (const [no, name] of [
    ['2026001', '甲公司'],
    ['2026002', '乙公司'],
  ] as const) {
    await record.upsertApplication({
      applicationNo: no,
      applicantName: name,
      experienceTitle: `${name}经验`,
      recommendingUnitId: 'u01',
      scope: 1,
      focusArea: 'none',
      isSme: false,
    });
  }
  clock.now = new Date('2026-09-28T02:00:00Z');
  await record.recordFollowUp(
    {
      kind: 'notice-published',
      applicationIds: ['a001', 'a002'],
      start: '2026-09-28',
      firstDayCounts: true,
      channels: '中国质量协会网站',
    },
    '王经办',
  );
  return { dir, office, memory, record };
}

const objection = (receivedOn: string): FollowUpRequest => ({
  kind: 'objection-received',
  applicationId: 'a002',
  objector: { name: '李某', organisation: '', contact: '' },
  content: '数据不实',
  evidence: [],
  receivedOn,
  via: '邮件',
});

describe('the follow-up through the office service', () => {
  it('records acts with who and when in the signed workspace, kept across opening again', async () => {
    const clock = { now: new Date('2026-09-01T02:00:00Z') };
    const { dir, office, memory, record } = await officeWithNotice(clock);
    clock.now = new Date('2026-10-15T09:00:00Z'); // 17:00 in Beijing, the last day
    await record.recordFollowUp(objection('2026-10-15'), '刘经办');
    clock.now = new Date('2026-10-16T01:00:00Z');
    await refusal('objection-late', () => record.recordFollowUp(objection('2026-10-16'), '刘经办'));

    const reopened: OfficeService = await openOffice(dir, office, { memory });
    const state = followUpState((await reopened.read()).followUp);
    expect(state.acts.map((a) => [a.seq, a.kind, a.by, a.at])).toEqual([
      [
        1,
        'notice-published',
        { fingerprint: office.card.fingerprint, handler: '王经办' },
        '2026-09-28T02:00:00.000Z',
      ],
      [
        2,
        'objection-received',
        { fingerprint: office.card.fingerprint, handler: '刘经办' },
        '2026-10-15T09:00:00.000Z',
      ],
    ]);
    expect(state.notice?.lastDay).toBe('2026-10-15');
  }, 60_000);

  it('exports a record anyone can verify, and refuses a changed one', async () => {
    const clock = { now: new Date('2026-09-01T02:00:00Z') };
    const { office, record } = await officeWithNotice(clock);
    clock.now = new Date('2026-10-09T02:00:00Z');
    await record.recordFollowUp(objection('2026-10-09'), '刘经办');
    const bytes = await record.exportFollowUp();

    const verified = verifyFollowUpExport(bytes, office.card.fingerprint);
    expect(verified.officeFingerprint).toBe(office.card.fingerprint);
    expect(verified.state.objections[0]?.received.objector.name).toBe('李某');
    expect(verified.export.applications.map((a) => a.applicationNo)).toEqual([
      '2026001',
      '2026002',
    ]);

    const text = new TextDecoder().decode(bytes);
    const changed = new TextEncoder().encode(text.replace('数据不实', '数据属实'));
    await refusal('followup-export-damaged', () => verifyFollowUpExport(changed));
    const json = JSON.parse(text) as { followUp: { acts: unknown[] } };
    json.followUp.acts.reverse();
    await refusal('followup-export-damaged', () =>
      verifyFollowUpExport(new TextEncoder().encode(JSON.stringify(json))),
    );
    const other = await person('另一办公室');
    await refusal('followup-export-other-office', () =>
      verifyFollowUpExport(bytes, other.card.fingerprint),
    );
    await refusal('followup-export-damaged', () =>
      verifyFollowUpExport(new TextEncoder().encode('not json')),
    );
  }, 60_000);

  it("takes the shortlisted applicants' defense slides through the intake into the draft defense round, with order and absences", async () => {
    const dir = join(scratch(), '2026.qboffice');
    const office = await person('办公室');
    const record = await createOffice(
      dir,
      office,
      { memory: freshMemory(), now: () => new Date('2026-08-01T02:00:00Z') },
      { year: 2026 },
    );
    const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF\n`);
    for (const [no, name] of [
      ['2026001', '甲单位'],
      ['2026002', '乙单位'],
    ] as const) {
      await record.intake([
        { name: `${no}+${name}.zip`, bytes: zipSync({ '申报书.pdf': pdf(no) }) },
      ]);
    }
    await record.setRoundApplications('material', ['a001', 'a002']);
    const { id } = await record.addDefenseRound({
      materialRoundId: 'material',
      shortlist: ['a001', 'a002'],
    });
    // The material round is sealed by now: only the draft defense round takes new materials.
    await record.session.update((c) => setRoundStatus(c, 'material', 'open'));
    const [report] = await record.intake([
      { name: '2026002+乙单位.zip', bytes: zipSync({ '答辩材料.pdf': pdf('答辩幻灯片') }) },
    ]);
    expect(report).toMatchObject({ refused: false, added: 1, applicationId: 'a002' });
    const c = await record.read();
    const slides = c.materials.find((m) => m.fileName === '答辩材料.pdf')!;
    expect(c.rounds.find((r) => r.round.id === id)!.materialIds).toContain(slides.id);
    expect(c.rounds.find((r) => r.round.id === 'material')!.materialIds).not.toContain(slides.id);

    await record.recordFollowUp(
      { kind: 'defense-order', roundId: id, applicationIds: ['a002', 'a001'] },
      '王经办',
    );
    await record.recordFollowUp(
      { kind: 'defense-absence', roundId: id, applicationId: 'a001', reason: '未按时到场' },
      '王经办',
    );
    const state = followUpState((await record.read()).followUp);
    expect(state.defense[id]).toMatchObject({
      order: ['a002', 'a001'],
      absences: [{ applicationId: 'a001', reason: '未按时到场', by: { handler: '王经办' } }],
    });
  }, 60_000);
});
