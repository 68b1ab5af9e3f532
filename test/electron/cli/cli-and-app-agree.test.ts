/**
 * The command line and the app's desk work on one record through one service: a unit list set
 * by either is the list both read, and the quota check says the same on both sides.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeDesk } from '../../../electron/core/office/office-desk';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';
import { freshMemory } from '../core/office/office-fixtures';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { cli } from './run-cli';

const PASS = 'office passphrase 办公室口令 strong-9x';
let root: string;
let env: NodeJS.ProcessEnv;
const caseDir = () => join(root, '2026.qboffice');
const officeId = () => ['--identity', join(root, 'office.qbid')];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qbr-cli-app-'));
  env = { QBREVIEW_PASSPHRASE: PASS, QBREVIEW_STATE_DIR: join(root, 'state') };
  const made = await cli(
    [
      'identity',
      'create',
      '--name',
      '办公室',
      '--organisation',
      '中国质量协会',
      '--role',
      'office',
      '--out',
      join(root, 'office.qbid'),
    ],
    env,
  );
  expect(made.code, made.stderr).toBe(0);
  const created = await cli(['case', 'create', caseDir(), ...officeId(), '--year', '2026'], env);
  expect(created.code, created.stderr).toBe(0);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function openInApp() {
  const desk = createOfficeDesk({
    chooser: preparedFileChooser({ identityFile: join(root, 'office.qbid'), workspace: caseDir() }),
    memory: freshMemory(),
  });
  await desk.open({ passphrase: PASS });
  return desk;
}

const quotaWarnings = async () => {
  const info = await cli(['case', 'info', caseDir(), ...officeId(), '--json'], env);
  expect(info.code, info.stderr).toBe(0);
  return (info.json!.result as { quota: string[] }).quota;
};

describe('one record, the command line and the app', () => {
  it('reads the list the other side set, and counts quotas by it', async () => {
    // Four applications from Beijing: over its quota of 3, within 5 when it ran its own activity.
    const desk = await openInApp();
    for (const n of [1, 2, 3, 4]) {
      await desk.record().upsertApplication({
        applicationNo: `202600${n}`,
        applicantName: `北京第${n}公司`,
        experienceTitle: `经验${n}`,
        recommendingUnitId: 'u01',
        scope: 1,
        focusArea: 'none',
        isSme: false,
      });
    }
    expect((await desk.record().overview()).quota.warnings).not.toEqual([]);
    expect(await quotaWarnings()).toEqual((await desk.record().overview()).quota.warnings);

    // The command line raises Beijing's quota; the app, opened again, reads the same list.
    const beijing = { ...recommendingUnits2021[0]!, ranOwnBenchmarkActivity: true };
    await writeFile(
      join(root, 'units.json'),
      JSON.stringify([beijing, ...recommendingUnits2021.slice(1)]),
    );
    const set = await cli(
      ['units', 'set', caseDir(), join(root, 'units.json'), ...officeId()],
      env,
    );
    expect(set.code, set.stderr).toBe(0);
    const reopened = await openInApp();
    const overview = await reopened.record().overview();
    expect(overview.units[0]).toEqual(beijing);
    expect(overview.quota.warnings).toEqual([]);
    expect(await quotaWarnings()).toEqual([]);

    // The app goes back to Attachment 2; the command line says the same at once.
    await reopened.record().resetUnits();
    const shown = await cli(['units', 'show', caseDir(), ...officeId(), '--json'], env);
    expect(shown.json!.result).toMatchObject({ isDefault: true });
    expect(await quotaWarnings()).toEqual((await reopened.record().overview()).quota.warnings);
    expect(await quotaWarnings()).not.toEqual([]);
  }, 120_000);
});
