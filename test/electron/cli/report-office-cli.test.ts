/**
 * qbreview report --office: the office's 公示名单 (Word, CSV, XLSX, no score) and 异议处理记录
 * from its own record, after the notice and an objection recorded through qbreview followup;
 * refused before any notice is published, and with --group beside it.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { STRONG, useScratch } from '../core/office/office-fixtures';
import { sealableCase } from '../core/office/sealable-case';
import { cli } from './run-cli';

const scratch = useScratch();

describe('qbreview report --office', () => {
  it('writes 公示名单 and 异议处理记录 from the record, and nothing before a notice', async () => {
    const s = await sealableCase(scratch());
    const dir = join(scratch(), '2026.qboffice');
    const officeFile = join(scratch(), 'office.qbid');
    await writeFile(officeFile, await encodeIdentityFile(s.office, STRONG, 10));
    const env = { QBREVIEW_PASSPHRASE: STRONG, QBREVIEW_STATE_DIR: join(scratch(), 'state') };
    const run = (...argv: string[]) => cli([...argv, '--identity', officeFile, '--json'], env);
    const out = join(scratch(), 'out');
    await mkdir(out);
    const report = () => run('report', '--office', dir, '--out', out);

    const early = await report();
    expect(early.code).toBe(2);
    expect(await readdir(out)).toEqual([]);
    const mixed = await run('report', '--office', dir, '--group', 'x.qbbundle', '--out', out);
    expect(mixed.code).toBe(2);

    const H = ['--handler', '王经办'];
    expect(
      (await run('followup', 'notice', dir, '2026001', '2026002', '--start', '2026年9月28日', ...H))
        .code,
    ).toBe(0);
    const objection = await run(
      'followup',
      'objection',
      dir,
      '--application',
      '2026002',
      '--objector',
      '李某',
      '--content',
      '申报数据与年报不符',
      '--evidence',
      '年报第12页',
      '--received',
      '2026年10月9日',
      ...H,
    );
    expect(objection.code, objection.stdout).toBe(0);

    const done = await report();
    expect(done.code, done.stdout + done.stderr).toBe(0);
    const result = done.json?.result as { folder: string; files: string[]; notice: number };
    expect(result.files).toEqual([
      '公示名单.docx',
      '公示名单.csv',
      '公示名单.xlsx',
      '异议处理记录.docx',
    ]);
    expect(result.notice).toBe(2);
    // Both reports: 办公室报告, then the round as the office named it.
    expect(result.folder).toBe('办公室报告-2026年资料评审');
    const folder = join(out, result.folder);
    expect([...(await readdir(folder))].sort()).toEqual([...result.files].sort());
    const text = async (name: string) =>
      (await mammoth.extractRawText({ buffer: await readFile(join(folder, name)) })).value;
    const notice = await text('公示名单.docx');
    expect(notice).toContain('2026001');
    expect(notice).toContain('2026002');
    expect(notice).toContain('公示期：2026年9月28日至2026年10月15日');
    expect(notice).not.toContain('得分');
    const objections = await text('异议处理记录.docx');
    expect(objections).toContain('申报数据与年报不符');
    expect(objections).toContain('年报第12页');
    expect(objections).toContain('2026年10月9日');
  });
});
