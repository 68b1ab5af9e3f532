/**
 * A register is an untrusted archive too: the XLSX of issue 7 (about 260 KiB whose sheet
 * inflates to 256 MiB) is refused as a zip bomb by the isolated worker, before exceljs sees a
 * byte of it, and rows arrive in bounded batches, counted by the parent. Time and memory of the
 * refusal are measured outside the unit tests (docs/intake.md, "Registers").
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegister } from '../../../../electron/core/register/import-register';
import { isRegisterFileError } from '../../../../electron/core/register/register-file-error';
import type { AppError } from '../../../../shared/errors';
import { registerLimits } from '../../../../electron/core/register/register-limits';
import { header, registerRows, units, xlsxBytes } from './register-fixtures';
import { xlsxBomb } from './xlsx-bomb';

const MiB = 1024 * 1024;
let dir: string;
let bomb: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-register-bomb-'));
  bomb = await xlsxBomb();
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isRegisterFileError(error)).toBe(true);
  return error as AppError;
}

describe('a register that is a zip bomb', () => {
  it('is the file of the issue: about 262 KiB that inflates to 256 MiB', () => {
    expect(bomb.length).toBeLessThan(300 * 1024);
    expect(bomb.length).toBeGreaterThan(200 * 1024);
  });

  it('is refused as 疑似压缩炸弹, from bytes and from a path', async () => {
    const path = join(dir, '登记表.xlsx');
    await writeFile(path, bomb);
    for (const source of [{ bytes: bomb }, { path }]) {
      const error = await refusal(importRegister(source, units));
      expect(error.code).toBe('zip-bomb');
      expect(error.message).toMatch(/^疑似压缩炸弹：/);
      expect(error.message).toContain('Suspected zip bomb'.toLowerCase().slice(0, 9));
      expect(error.message).toContain('xl/worksheets/sheet1.xml');
    }
  });

  it('is refused when its header lies about the size, by the real output', async () => {
    const lying = await xlsxBomb({ inflatedBytes: 64 * MiB, lyingHeader: true });
    const error = await refusal(importRegister(lying, units));
    expect(error.code).toBe('zip-bomb');
  });

  it('is over the size limit when it inflates past the register budget at a plain ratio', async () => {
    const limits = { ...registerLimits, maxTotalBytes: 1 * MiB, maxEntryBytes: 1 * MiB };
    const rows = registerRows(4000);
    const error = await refusal(
      importRegister(await xlsxBytes({ 登记表: [header, ...rows] }), units, { limits }),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^超出大小限制：/);
  });

  it('still reads a register of a few thousand rows, in several batches', async () => {
    const rows = registerRows(5000);
    const result = await importRegister(await xlsxBytes({ 登记表: [header, ...rows] }), units);
    expect(result.format).toBe('xlsx');
    expect(result.rows).toHaveLength(5000);
    expect(result.rows[4999]?.application.applicationNo).toBe('BG20215000');
  });
});
