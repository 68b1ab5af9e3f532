/**
 * The reports' folder and file names: the names a Chinese user knows (the round's and the
 * group's names, the 申报编号), never an applicant's name; and, whatever the case or the office's
 * record names a round or a group (separators, `..`, a drive's colon, controls, direction marks,
 * a device name, 200 characters), a plain name that stays inside the chosen folder, bounded in
 * length, on Windows, macOS and Linux alike. Hostile names are written to disk too.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applicationFileName,
  groupFileName,
  MAX_NAME_CHARACTERS,
  reportFolderStem,
  reportNamePart,
  safeStem,
  uniqueNames,
} from '../../../../electron/core/report/report-file-names';
import { writeReports } from '../../../../electron/core/report/report-exporter';
import type { ReportFile } from '../../../../electron/core/report/report-files';

const scratch = await mkdtemp(join(tmpdir(), 'qb-report-names-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const round = { name: '2026年资料评审', id: 'material' };
const group = { name: '第一专业组', id: 'g1' };

/** What every name must be: no separator, no character Windows refuses, no control, bounded. */
function expectSafe(name: string): void {
  expect(name, name).not.toMatch(/[/\\<>:"|?*]/u);
  const controls = Array.from(name).filter((c) => /\p{Cc}/u.test(c));
  expect(controls, name).toEqual([]);
  expect(name, name).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u);
  expect(name, name).not.toMatch(/^[ .]|[ .]$/u);
  expect(name, name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/iu);
  expect(Buffer.byteLength(name, 'utf8'), name).toBeLessThanOrEqual(200);
  expect(name.length).toBeGreaterThan(0);
}

const HOSTILE = [
  '../../etc',
  '..',
  '.',
  'a/b\\c',
  'C:\\Windows',
  'D:',
  '第一组:制造业',
  'x\u0000y\n\tz',
  '\u202egpj.exe',
  'CON',
  'com1',
  '名称. . .',
  '   ',
  '评'.repeat(200),
  'a'.repeat(200),
  '<>"|?*',
];

describe('report names', () => {
  it('speak the round, the group and the 申报编号', () => {
    expect(reportFolderStem('评审报告', round, group)).toBe('评审报告-2026年资料评审-第一专业组');
    expect(reportFolderStem('评审报告', round, '评审委员会')).toBe(
      '评审报告-2026年资料评审-评审委员会',
    );
    expect(reportFolderStem('公示名单', { name: '2026年答辩评审', id: 'defense' })).toBe(
      '公示名单-2026年答辩评审',
    );
    expect(groupFileName('评分汇总表', group, '.docx')).toBe('评分汇总表-第一专业组.docx');
    expect(
      applicationFileName('评审意见表', { applicationNo: '2026001', applicationId: 'a1' }, '.docx'),
    ).toBe('评审意见表-2026001.docx');
  });

  it('fall back on the id when nothing of a name is left', () => {
    expect(
      reportFolderStem('评审报告', { name: '...', id: 'material' }, { name: '/', id: 'g1' }),
    ).toBe('评审报告-material-g1');
    expect(
      applicationFileName('评审意见表', { applicationNo: ' ', applicationId: 'a1' }, '.docx'),
    ).toBe('评审意见表-a1.docx');
    expect(reportNamePart('..', '..')).toBe('_');
  });

  it('cut a long name to its first characters', () => {
    const long = `${'第一专业组'.repeat(10)}`;
    const part = reportNamePart(long, 'g1');
    expect(part).toBe(long.slice(0, MAX_NAME_CHARACTERS));
    // A name of characters outside the BMP is cut between whole characters.
    const emoji = reportNamePart('𠀀'.repeat(100), 'g1');
    expect(Array.from(emoji)).toHaveLength(MAX_NAME_CHARACTERS);
    expect(emoji).toBe('𠀀'.repeat(MAX_NAME_CHARACTERS));
  });

  it('stay safe whatever a round, a group or a 申报编号 is called', () => {
    for (const name of HOSTILE) {
      const hostile = { name, id: 'g1' };
      expectSafe(reportFolderStem('评审报告', { name, id: 'material' }, hostile));
      expectSafe(reportFolderStem('公示名单', { name, id: 'material' }));
      expectSafe(groupFileName('投票记录', hostile, '.docx'));
      expectSafe(
        applicationFileName('评审意见表', { applicationNo: name, applicationId: 'a1' }, '.docx'),
      );
      expectSafe(safeStem(name));
    }
    expect(reportFolderStem('评审报告', { name: '../../etc', id: 'material' }, group)).toBe(
      '评审报告-etc-第一专业组',
    );
    expect(groupFileName('投票记录', { name: 'a/b\\c', id: 'g1' }, '.docx')).toBe(
      '投票记录-a b c.docx',
    );
    expect(safeStem('CON')).toBe('_CON');
  });

  it('write hostile names as plain folders and files inside the chosen folder', async () => {
    const parent = await mkdtemp(join(scratch, 'p-'));
    const file = (name: string): ReportFile => ({ name, build: async () => new Uint8Array([1]) });
    for (const name of HOSTILE) {
      const done = await writeReports(
        parent,
        reportFolderStem('评审报告', { name, id: 'material' }, { name, id: 'g1' }),
        [
          file(groupFileName('评分汇总表', { name, id: 'g1' }, '.docx')),
          file(
            applicationFileName(
              '评审意见表',
              { applicationNo: name, applicationId: 'a1' },
              '.docx',
            ),
          ),
        ],
      );
      expect(done.files).toHaveLength(2);
      for (const f of done.files) {
        expect((await stat(join(parent, done.folderName, f))).isFile()).toBe(true);
      }
    }
    // Every export one folder directly inside the chosen one, nothing beside or above it.
    expect(await readdir(parent)).toHaveLength(HOSTILE.length);
    expect(await readdir(scratch)).toEqual([expect.stringMatching(/^p-/)]);
  });

  it('are made unique within an export, as a case-insensitive disk compares them', () => {
    expect(uniqueNames(['a.docx', 'a.docx', 'b', 'b'])).toEqual(['a.docx', 'a-2.docx', 'b', 'b-2']);
    expect(uniqueNames(['投票记录-AB.docx', '投票记录-ab.docx'])).toEqual([
      '投票记录-AB.docx',
      '投票记录-ab-2.docx',
    ]);
  });
});
