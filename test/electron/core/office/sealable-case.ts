/**
 * A case ready to seal, built through the office's own rules: three applications with materials
 * in the workspace, one group (a leader and two members), a chair and a vice-chair, and a
 * conflict of member e03 with the first application.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  addConflict,
  addMaterial,
  assignApplication,
  registerExpert,
  setCommittee,
  setGroup,
  setRoundApplications,
  upsertApplication,
} from '../../../../shared/office/office-record';
import type { OfficeRecord } from '../../../../shared/office/office-record';
import type { Identity } from '../../../../electron/core/identity';
import { createOfficeRecord } from '../../../../electron/core/office/office-session';
import type { OfficeSession } from '../../../../electron/core/office/office-session';
import type { ExpertRole } from '../../../../shared/domain/expert';
import { freshMemory, person } from './office-fixtures';

export const PEOPLE = [
  { id: 'e01', name: '组长甲', role: 'leader' },
  { id: 'e02', name: '组员乙', role: 'member' },
  { id: 'e03', name: '组员丙', role: 'member' },
  { id: 'e09', name: '主任委员', role: 'chair' },
  { id: 'e10', name: '副主任委员', role: 'vice-chair' },
] as const;

/** Text that marks each application's material, to find it (or not) in a package. */
export const MARKERS = ['甲申报材料正文', '乙申报材料正文', '丙申报材料正文'] as const;

/** Every person registered as an expert of the record from their own card, in 北京. */
export function registerPeople(
  record: OfficeRecord,
  roster: readonly { readonly id: string; readonly role: ExpertRole }[],
  people: ReadonlyMap<string, Identity>,
): OfficeRecord {
  let next = record;
  for (const p of roster) {
    const card = people.get(p.id)!.card;
    next = registerExpert(
      next,
      {
        id: p.id,
        name: card.name,
        organisation: card.organisation,
        region: '北京',
        fields: [],
        industries: [],
        role: p.role,
        keyFingerprint: card.fingerprint,
      },
      card,
    );
  }
  return next;
}

export interface SealableCase {
  readonly office: Identity;
  readonly session: OfficeSession;
  readonly people: ReadonlyMap<string, Identity>;
  readonly applicationIds: readonly string[];
}

export async function sealableCase(root: string): Promise<SealableCase> {
  const office = await person('办公室');
  const session = await createOfficeRecord(join(root, '2026.qboffice'), {
    office,
    year: 2026,
    memory: freshMemory(),
  });
  const people = new Map<string, Identity>();
  for (const p of PEOPLE) people.set(p.id, await person(p.name, 'expert'));
  const stored: { sha256: string; size: number; index: number }[] = [];
  for (const [index, marker] of MARKERS.entries()) {
    // Sizes differ, so padding has something to hide.
    const bytes = Buffer.concat([Buffer.from(marker), Buffer.alloc(30_000 * (index + 1), 32)]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await session.workspace.putMaterial(sha256, bytes);
    stored.push({ sha256, size: bytes.length, index });
  }
  const c = await session.update((current) => {
    let next: OfficeRecord = current;
    for (const [index] of MARKERS.entries()) {
      next = upsertApplication(next, {
        applicationNo: `202600${index + 1}`,
        applicantName: `申报单位${index + 1}有限公司`,
        experienceTitle: `经验${index + 1}`,
        recommendingUnitId: 'unregistered',
        scope: 1,
        focusArea: 'none',
        isSme: false,
      });
    }
    next = registerPeople(next, PEOPLE, people);
    const ids = next.applications.map((a) => a.id);
    for (const s of stored) {
      next = addMaterial(next, {
        id: `m-${s.index}`,
        applicationId: ids[s.index]!,
        kind: 'application-text',
        fileName: `申报材料${s.index + 1}.docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: s.size,
        sha256: s.sha256,
        receivedAt: '2026-06-20T10:00:00+08:00',
        problems: [],
      });
    }
    next = setRoundApplications(next, 'material', ids);
    next = setGroup(next, { id: 'g1', name: '第一组', leaderId: 'e01', memberIds: ['e02', 'e03'] });
    next = setCommittee(next, { chairId: 'e09', viceChairId: 'e10' });
    for (const id of ids)
      next = assignApplication(next, { roundId: 'material', applicationId: id, groupId: 'g1' });
    return addConflict(next, {
      expertId: 'e03',
      applicationId: ids[0]!,
      kind: 'same-organisation',
    });
  });
  return { office, session, people, applicationIds: c.applications.map((a) => a.id) };
}
