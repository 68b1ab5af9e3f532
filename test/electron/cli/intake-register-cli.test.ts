/**
 * qbreview intake and register import against hostile and odd inputs: each archive's outcome is
 * its own, a RAR volume set named on one command line is read whole, a register that is a zip
 * bomb is refused as 疑似压缩炸弹 before the case is opened, and no message carries a schema's
 * text. Time and memory of the bomb's refusal are measured outside the tests (docs/intake.md).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRar4Volumes } from '../core/intake/helpers/rar4-builder';
import { buildZip } from '../core/intake/helpers/zip-builder';
import { csvText, header, utf8 } from '../core/register/register-fixtures';
import { xlsxBomb } from '../core/register/xlsx-bomb';
import { cli } from './run-cli';

const PASS = 'office passphrase 办公室口令 strong-9x';
const env = { QBREVIEW_PASSPHRASE: PASS };
const SCHEMA_WORDS = /Too small|Too big|Invalid input|Expected|too_small|too_big|invalid_type/;

let root: string;
const caseDir = () => join(root, '2026.qboffice');
const officeId = () => ['--identity', join(root, 'office.qbid')];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qbr-cli-intake-'));
  const identity = await cli(
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
  expect(identity.code, identity.stderr).toBe(0);
  const created = await cli(['case', 'create', caseDir(), ...officeId(), '--year', '2026'], env);
  expect(created.code, created.stderr).toBe(0);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('qbreview register import', () => {
  it('refuses the register that is a zip bomb as 疑似压缩炸弹, with its own code', async () => {
    const path = join(root, '登记表.xlsx');
    await writeFile(path, await xlsxBomb());
    const run = await cli(['register', 'import', caseDir(), path, ...officeId(), '--json'], env);
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'zip-bomb' } });
    expect(run.json!.error!.message).toMatch(/^疑似压缩炸弹：/);
    const plain = await cli(['register', 'import', caseDir(), path, ...officeId()], env);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toContain('疑似压缩炸弹');
  }, 60_000);

  it('matches the register against the units kept in the record, as the app does', async () => {
    const units = join(root, 'units.json');
    // The record's list renames 北京市经济和信息化局: a register row naming the old name no
    // longer matches, the new name does. The same record in the app reads the same list.
    await writeFile(
      units,
      JSON.stringify([
        { id: 'u01', name: '北京市经信局', kind: 'region', ranOwnBenchmarkActivity: true },
      ]),
    );
    const set = await cli(['units', 'set', caseDir(), units, ...officeId(), '--json'], env);
    expect(set.code, set.stderr).toBe(0);
    expect(set.json!.result).toMatchObject({ isDefault: false, units: [{ name: '北京市经信局' }] });
    const shown = await cli(['units', 'show', caseDir(), ...officeId()], env);
    expect(shown.stdout).toContain('共 1 家（已由办公室修改）');
    expect(shown.stdout).toContain('名额 5 项');

    const register = join(root, '登记表-名录.csv');
    await writeFile(
      register,
      utf8(
        csvText([
          header,
          ['2026101', '甲单位', '甲经验', '北京市经信局', '（一）', '无', '否', '汽车', '北京市'],
          [
            '2026102',
            '乙单位',
            '乙经验',
            '北京市经济和信息化局',
            '（一）',
            '无',
            '否',
            '汽车',
            '北京市',
          ],
        ]),
      ),
    );
    const run = await cli(
      ['register', 'import', caseDir(), register, ...officeId(), '--json'],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const skipped = (run.json!.result as { skipped: { rowNumber: number }[] }).skipped;
    expect(skipped.map((row) => row.rowNumber)).toEqual([3]);

    const reset = await cli(['units', 'reset', caseDir(), ...officeId(), '--json'], env);
    expect(reset.json!.result).toMatchObject({ isDefault: true });
    expect((reset.json!.result as { units: unknown[] }).units).toHaveLength(49);
  });

  it('says in its own words that a units file is wrong, before unlocking anything', async () => {
    const units = join(root, 'units-bad.json');
    await writeFile(units, JSON.stringify([{ id: 1 }]));
    const run = await cli(['units', 'set', caseDir(), units, ...officeId()], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('名录文件');
    expect(run.stderr).not.toMatch(SCHEMA_WORDS);
  });
});

describe('qbreview intake', () => {
  it('reports every archive on its own: odd names renamed, the others still taken', async () => {
    const first = join(root, '2026001+甲单位.zip');
    const odd = join(root, '2026002+乙单位.zip');
    const last = join(root, '2026003+丙单位.zip');
    await writeFile(first, zipSync({ '申报书.pdf': utf8('%PDF-1.4\n甲\n%%EOF\n') }));
    await writeFile(
      odd,
      buildZip([
        { name: '.', data: '%PDF-1.4\n乙\n%%EOF\n' },
        {
          name: `${'很长的目录名称'.repeat(40)}/承诺书.pdf`,
          data: '%PDF-1.4\n%%EOF\n',
          utf8Flag: true,
        },
      ]),
    );
    await writeFile(last, zipSync({ '申报书.pdf': utf8('%PDF-1.4\n丙\n%%EOF\n') }));
    const run = await cli(['intake', caseDir(), first, odd, last, ...officeId(), '--json'], env);
    expect(run.code, run.stdout).toBe(0);
    const reports = (
      run.json!.result as { reports: { sourceName: string; added: number; refused: boolean }[] }
    ).reports;
    expect(reports.map((r) => [r.refused, r.added])).toEqual([
      [false, 1],
      [false, 2],
      [false, 1],
    ]);
    expect(run.stdout).not.toMatch(SCHEMA_WORDS);
  });

  it('reads a RAR volume set named on one command line, and names what a lone part needs', async () => {
    const data = utf8(`%PDF-1.4\n${'分卷'.repeat(500)}\n%%EOF\n`);
    const volumes = buildRar4Volumes({ name: utf8('承诺书.pdf'), data }, 3, { newNumbering: true });
    const paths = [];
    for (const [i, bytes] of volumes.entries()) {
      const path = join(root, `2026004+丁单位.part${i + 1}.rar`);
      await writeFile(path, bytes);
      paths.push(path);
    }
    const lone = await cli(['intake', caseDir(), paths[2]!, ...officeId()], env);
    expect(lone.code).toBe(0);
    expect(lone.stdout).toContain('[分卷压缩包]');
    expect(lone.stdout).toContain('缺少 2026004+丁单位.part1.rar、2026004+丁单位.part2.rar');

    const whole = await cli(['intake', caseDir(), ...paths, ...officeId(), '--json'], env);
    const reports = (whole.json!.result as { reports: { sourceNames: string[]; added: number }[] })
      .reports;
    expect(reports).toHaveLength(1);
    expect(reports[0]!.sourceNames).toHaveLength(3);
    expect(reports[0]!.added).toBe(1);
  });

  it('imports nothing when one named input is missing', async () => {
    const present = join(root, '2026005+戊单位.zip');
    await writeFile(present, zipSync({ '申报书.pdf': utf8('%PDF-1.4\n戊\n%%EOF\n') }));
    const run = await cli(
      ['intake', caseDir(), present, join(root, 'nowhere.zip'), ...officeId(), '--json'],
      env,
    );
    expect(run.code).toBe(2);
    expect(run.json!.error!.message).toContain('nowhere.zip');
    const info = await cli(['case', 'info', caseDir(), ...officeId(), '--json'], env);
    expect(JSON.stringify(info.json)).toContain('2026001');
    expect(JSON.stringify(info.json)).not.toContain('2026005');
  });
});
