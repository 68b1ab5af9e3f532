/**
 * The OfficeService is the one API of an open record: the isolation it was built with reaches
 * every parse of untrusted input (archives and the register), and its named operations decide
 * what the callers used to decide themselves (the defense round's id, the passing applications).
 */
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsingIsolation } from '../../../../electron/core/intake';
import { forkWorkerLauncher } from '../../../../electron/core/intake/isolated/worker-launcher';
import type { WorkerLauncher } from '../../../../electron/core/intake/isolated/worker-launcher';
import { createOffice } from '../../../../electron/core/office/office-service';
import { csvText, header, registerRows, utf8 } from '../register/register-fixtures';
import { freshMemory, person, useScratch } from './office-fixtures';

const scratch = useScratch();

function countingLauncher(): { launcher: WorkerLauncher; launched: () => number } {
  let launched = 0;
  return {
    launcher: (workerPath) => {
      launched++;
      return forkWorkerLauncher(workerPath);
    },
    launched: () => launched,
  };
}

describe('OfficeService', () => {
  it('parses archives and the register with the isolation it was built with', async () => {
    const counting = countingLauncher();
    const record = await createOffice(
      join(scratch(), '2026.qboffice'),
      await person('办公室'),
      { memory: freshMemory(), isolation: parsingIsolation({ launcher: counting.launcher }) },
      { year: 2026 },
    );
    const [report] = await record.intake([
      {
        name: '2026001+甲单位.zip',
        bytes: zipSync({ '申报书.pdf': utf8('%PDF-1.4\n甲\n%%EOF\n') }),
      },
    ]);
    expect(report).toMatchObject({ refused: false, added: 1 });
    expect(counting.launched()).toBe(1); // the ZIP, in the worker: never in this process

    const registered = await record.importRegister({
      bytes: utf8(csvText([header, ...registerRows(2)])),
    });
    expect(registered.imported).toBe(2);
    expect(counting.launched()).toBe(2);
  }, 60_000);

  it('picks the next free defense round id, and puts the passing applications in a round', async () => {
    const record = await createOffice(
      join(scratch(), '2026.qboffice'),
      await person('办公室'),
      { memory: freshMemory(), now: () => new Date('2026-07-01T02:00:00Z') },
      { year: 2026 },
    );
    await record.upsertApplication({
      applicationNo: '2026001',
      applicantName: '甲公司',
      experienceTitle: '甲经验',
      recommendingUnitId: 'u01',
      scope: 1,
      focusArea: 'none',
      isSme: false,
    });
    // No formal check decided yet: nothing has passed.
    const none = await record.includePassing('material');
    expect(none.record.rounds[0]!.applicationIds).toEqual([]);
    await record.setRoundApplications('material', ['a001']);
    const first = await record.addDefenseRound({
      materialRoundId: 'material',
      shortlist: ['a001'],
    });
    const second = await record.addDefenseRound({
      materialRoundId: 'material',
      shortlist: ['a001'],
    });
    expect([first.id, second.id]).toEqual(['defense', 'defense-2']);
    expect(second.overview.record.rounds.map((r) => r.round.createdAt).slice(1)).toEqual([
      '2026-07-01T02:00:00.000Z',
      '2026-07-01T02:00:00.000Z',
    ]);
    expect(record.slipsPending()).toBe(false);
    await expect(record.writeSlips(scratch())).rejects.toMatchObject({
      code: 'no-slips-to-print',
    });
  }, 60_000);
});
