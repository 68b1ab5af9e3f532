/**
 * Intake and the register through the app's own path: the validating dispatch, the office's
 * desk, the case on disk, with the archive worker as a Node child (as the CLI runs it; Electron
 * starts the same worker as a utility process). Hostile and odd inputs each get their own
 * outcome, in the office's words, and nothing stored before is lost.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, createHandlers } from '../../../../electron/ipc';
import type { Dispatch } from '../../../../electron/ipc';
import { createCoreServices } from '../../../../electron/core/services';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import type { IntakeReportView, OfficeOverview } from '../../../../shared/ipc/office-views';
import { cli } from '../../cli/run-cli';
import { buildRar5Volumes } from '../intake/helpers/rar5-builder';
import { buildZip } from '../intake/helpers/zip-builder';
import { csvText, header, registerRows, utf8 } from '../register/register-fixtures';
import { xlsxBomb } from '../register/xlsx-bomb';
import { preparedFileChooser } from './prepared-file-chooser';
import { preparedIdentities } from '../identity/prepared-identity-chooser';

const PASS = 'office passphrase 办公室口令 strong-9x';
const PDF = '%PDF-1.4\n%%EOF\n';
/** Words a schema library uses; a message shown to the office never carries them. */
const SCHEMA_WORDS = /Too small|Too big|Invalid input|Expected|fileName|too_small|too_big/;

let root: string;
let dispatch: Dispatch;

async function call<T>(channel: string, request: unknown): Promise<T> {
  const result = await dispatch(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qbr-office-intake-'));
  const identityFile = join(root, 'office.qbid');
  const created = await cli(
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
      identityFile,
    ],
    { QBREVIEW_PASSPHRASE: PASS },
  );
  expect(created.code, created.stderr).toBe(0);
  const services = createCoreServices({
    store: createMemoryJsonStore(),
    host: 'test-harness',
    appVersion: '0.0.0',
    platform: 'linux',
    fileChooser: preparedFileChooser({ identityFile, workspace: join(root, '2026.qboffice') }),
    identities: preparedIdentities(join(root, 'identities')),
  });
  dispatch = createDispatch(createHandlers(services));
  await call('office:open', { passphrase: PASS, create: { year: 2026 } });
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const deep = `${Array.from({ length: 20 }, (_, i) => `第${i + 1}级申报材料目录名称`).join('/')}/推荐表.pdf`;

describe('intake in the app', () => {
  it('gives each archive its own outcome: odd names get generated or shortened ones', async () => {
    const odd = buildZip([
      { name: '.', data: '%PDF-1.4\n无名\n%%EOF\n' },
      { name: deep, data: '%PDF-1.4\n推荐表\n%%EOF\n', utf8Flag: true },
      { name: '承诺书.pdf', data: PDF, utf8Flag: true },
    ]);
    const plain = zipSync({ '申报书.pdf': utf8('%PDF-1.4\n申报书\n%%EOF\n') });
    const reports = await call<IntakeReportView[]>('office:intake', {
      files: [
        { name: '2026101+甲单位.zip', bytes: odd },
        { name: '2026102+乙单位.zip', bytes: plain },
      ],
    });
    expect(reports.map((r) => [r.sourceName, r.refused, r.added])).toEqual([
      ['2026101+甲单位.zip', false, 3],
      ['2026102+乙单位.zip', false, 1],
    ]);
    expect(reports[0]!.problems.map((p) => p.category)).toEqual(['renamed-entry', 'renamed-entry']);
    for (const problem of reports.flatMap((r) => r.problems)) {
      expect(problem.message).not.toMatch(SCHEMA_WORDS);
    }
    const overview = await call<OfficeOverview>('office:overview', {});
    const names = overview.record.materials.map((m) => m.fileName);
    expect(names).toContain('未命名文件1.pdf');
    expect(names.every((name) => name.length > 0 && name.length <= 255)).toBe(true);
  });

  it('takes a RAR volume set dropped together as one application, and says what a lone part needs', async () => {
    const pdf = utf8(`%PDF-1.4\n${'正文'.repeat(300)}\n%%EOF\n`);
    const volumes = buildRar5Volumes('承诺书.pdf', pdf, 3);
    const name = (i: number) => `2026103+丙单位.part${i + 1}.rar`;
    const lone = await call<IntakeReportView[]>('office:intake', {
      files: [{ name: name(1), bytes: volumes[1]! }],
    });
    expect(lone).toMatchObject([{ refused: true, problems: [{ category: 'multi-volume' }] }]);
    expect(lone[0]!.problems[0]!.label).toBe('分卷压缩包');
    expect(lone[0]!.problems[0]!.message).toContain(name(0));

    const whole = await call<IntakeReportView[]>('office:intake', {
      files: volumes.map((bytes, i) => ({ name: name(i), bytes })),
    });
    expect(whole).toMatchObject([
      { sourceName: name(0), applicationNo: '2026103', refused: false, added: 1 },
    ]);
  });
});

describe('the register in the app', () => {
  it('refuses the register that is a zip bomb as 疑似压缩炸弹, and keeps the case as it was', async () => {
    const before = await call<OfficeOverview>('office:overview', {});
    const result = await dispatch('office:importRegister', {
      file: { name: '登记表.xlsx', bytes: await xlsxBomb() },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('refused');
      expect(result.error.message).toMatch(/^疑似压缩炸弹：/);
      expect(result.error.message).not.toMatch(SCHEMA_WORDS);
    }
    const after = await call<OfficeOverview>('office:overview', {});
    expect(after.record.applications).toEqual(before.record.applications);
  }, 60_000);

  it('imports the rows it can and says why the others were left out, in its own words', async () => {
    const rows = registerRows(3);
    rows[1]![2] = '经'.repeat(201); // an experience title over the case's 200 characters
    rows[2]![4] = '（四）'; // scope (四) for a firm that says it is no SME
    const result = await call<{
      rows: number;
      imported: number;
      skipped: { rowNumber: number; messages: string[] }[];
    }>('office:importRegister', {
      file: { name: '登记表.csv', bytes: utf8(csvText([header, ...rows])) },
    });
    // The long title is left out (the row goes in, flagged); scope (四) without SME does not.
    expect(result.rows).toBe(3);
    expect(result.imported).toBe(2);
    expect(result.skipped.map((row) => row.rowNumber)).toEqual([3, 4]);
    expect(result.skipped[0]!.messages.join('')).toContain('经验名称超过 200 个字符');
    expect(result.skipped[1]!.messages.join('')).toContain('须为中小企业');
    for (const message of result.skipped.flatMap((row) => row.messages)) {
      expect(message).not.toMatch(SCHEMA_WORDS);
    }
  });

  it('leaves out a row the case refuses with what it already holds, and stores the rest', async () => {
    const rows = registerRows(2);
    rows[0]![0] = 'BG20269001';
    rows[1]![0] = 'BG20269002';
    rows[0]![4] = '（四）'; // scope (四) with the SME column left empty: the case needs an SME
    rows[0]![6] = '';
    const result = await call<{
      imported: number;
      skipped: { rowNumber: number; messages: string[] }[];
    }>('office:importRegister', {
      file: { name: '登记表.csv', bytes: utf8(csvText([header, ...rows])) },
    });
    expect(result.imported).toBe(1);
    expect(result.skipped).toMatchObject([{ rowNumber: 2 }]);
    expect(result.skipped[0]!.messages.join('')).toContain('未导入');
    const overview = await call<OfficeOverview>('office:overview', {});
    const numbers = overview.record.applications.map((a) => a.applicationNo);
    expect(numbers).toContain('BG20269002');
    expect(numbers).not.toContain('BG20269001');
  });
});
