/**
 * The office's channels map to the desk, and what the handlers used to decide themselves (the
 * defense round's id and date) the desk decides now, from its own clock.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIdentity } from '../../../electron/core/identity';
import { createOfficeDesk } from '../../../electron/core/office/office-desk';
import { officeHandlers } from '../../../electron/ipc/office.ipc';
import { freshMemory, STRONG, useScratch } from '../core/office/office-fixtures';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';

const scratch = useScratch();
const NOW = new Date('2026-07-01T02:00:00.000Z');

async function openDesk() {
  const identityFile = join(scratch(), 'office.qbid');
  const { file } = await createIdentity(
    { name: '办公室', organisation: '中国质量协会', role: 'office' },
    STRONG,
    { scryptLogN: 10 },
  );
  await writeFile(identityFile, file);
  const desk = createOfficeDesk({
    chooser: preparedFileChooser({ identityFile, workspace: join(scratch(), '2026.qboffice') }),
    memory: freshMemory(),
    now: () => NOW,
  });
  await desk.open({ passphrase: STRONG, create: { year: 2026 } });
  await desk.record().upsertApplication({
    applicationNo: '2026001',
    applicantName: '甲公司',
    experienceTitle: '甲经验',
    recommendingUnitId: 'u01',
    scope: 1,
    focusArea: 'none',
    isSme: false,
  });
  await desk.record().setRoundApplications('material', ['a001']);
  return desk;
}

describe('office:addDefenseRound', () => {
  it('opens the defense round with the id and the date the desk gives it', async () => {
    const handlers = officeHandlers(await openDesk());
    const request = { materialRoundId: 'material', shortlist: ['a001'] };
    const first = await handlers['office:addDefenseRound'](request);
    const second = await handlers['office:addDefenseRound'](request);
    const defense = second.record.rounds.slice(1).map((r) => [r.round.id, r.round.createdAt]);
    expect(first.record.rounds.map((r) => r.round.id)).toEqual(['material', 'defense']);
    expect(defense).toEqual([
      ['defense', NOW.toISOString()],
      ['defense-2', NOW.toISOString()],
    ]);
  }, 60_000);

  it('refuses a shortlist outside the material round with a typed error', async () => {
    const handlers = officeHandlers(await openDesk());
    await expect(
      handlers['office:addDefenseRound']({ materialRoundId: 'material', shortlist: ['a404'] }),
    ).rejects.toMatchObject({
      code: 'shortlist-outside-round',
      params: { roundId: 'material', applicationIds: ['a404'] },
    });
  }, 60_000);
});
