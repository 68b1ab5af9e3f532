/**
 * A case ready to seal, built through the office's own rules: three applications with materials
 * in the workspace, one group (a leader and two members), a chair and a vice-chair, and a
 * conflict of member e03 with the first application.
 */
import { join } from 'node:path';
import type { Identity } from '../../../../electron/core/identity';
import type { OfficeSession } from '../../../../electron/core/office/office-session';
import { applicationText, recordOfficeRound, seatsOf } from '../../../fixtures/sealed-round';
import { person } from './office-fixtures';

export const PEOPLE = [
  { id: 'e01', name: '组长甲', role: 'leader' },
  { id: 'e02', name: '组员乙', role: 'member' },
  { id: 'e03', name: '组员丙', role: 'member' },
  { id: 'e09', name: '主任委员', role: 'chair' },
  { id: 'e10', name: '副主任委员', role: 'vice-chair' },
] as const;

/** Text that marks each application's material, to find it (or not) in a package. */
export const MARKERS = ['甲申报材料正文', '乙申报材料正文', '丙申报材料正文'] as const;

export interface SealableCase {
  readonly office: Identity;
  readonly session: OfficeSession;
  readonly people: ReadonlyMap<string, Identity>;
  readonly applicationIds: readonly string[];
}

export async function sealableCase(root: string): Promise<SealableCase> {
  const office = await person('办公室');
  const people = new Map<string, Identity>();
  for (const p of PEOPLE) people.set(p.id, await person(p.name, 'expert'));
  const { session, applicationIds } = await recordOfficeRound({
    office,
    workspace: join(root, '2026.qboffice'),
    applications: MARKERS.map((marker, index) => ({
      applicationNo: `202600${index + 1}`,
      applicantName: `申报单位${index + 1}有限公司`,
      experienceTitle: `经验${index + 1}`,
      scope: 1 as const,
      // Sizes differ, so padding has something to hide.
      materials: [
        applicationText(
          `申报材料${index + 1}.docx`,
          Buffer.concat([Buffer.from(marker), Buffer.alloc(30_000 * (index + 1), 32)]),
        ),
      ],
    })),
    people: seatsOf(PEOPLE, (id) => people.get(id)!.card),
    groups: [
      {
        id: 'g1',
        name: '第一组',
        leaderId: 'e01',
        memberIds: ['e02', 'e03'],
        applications: [0, 1, 2],
      },
    ],
    committee: { chairId: 'e09', viceChairId: 'e10' },
    conflicts: [{ expertId: 'e03', application: 0, kind: 'same-organisation' }],
  });
  return { office, session, people, applicationIds };
}
