/**
 * The archive worker as Electron runs it: the bundled archive-worker.cjs with its WASM decoders
 * beside it, reading every archive format out of process.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setArchiveWorkerPath } from '../../electron/core/intake';
import { intakePath } from '../../electron/core/intake/intake';
import { setIsolateEveryArchive } from '../../electron/core/intake/read-archive';
import { intakeInputs } from '../../electron/core/intake/intake';
import { importRegister } from '../../electron/core/register/import-register';
import { isRegisterFileError } from '../../electron/core/register/register-file-error';
import { buildRar5Volumes } from '../electron/core/intake/helpers/rar5-builder';
import { build7z } from '../electron/core/intake/helpers/seven-zip-spec';
import {
  csvText,
  header,
  registerRows,
  units,
  xlsxBytes,
} from '../electron/core/register/register-fixtures';
import { xlsxBomb } from '../electron/core/register/xlsx-bomb';
import { loadBuildScript } from './build-script';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-worker-bundle-'));
  const { buildElectron } = await loadBuildScript();
  const built = await buildElectron({ outDir: join(dir, 'bundle') });
  setArchiveWorkerPath(built.workerFile);
  setIsolateEveryArchive(true);
}, 120_000);

afterAll(async () => {
  setArchiveWorkerPath(null);
  setIsolateEveryArchive(false);
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled archive worker', () => {
  it('reads RAR with the unrar WASM copied beside it', async () => {
    const path = join(dir, '2026001+甲单位.rar');
    await copyFile(join(corpus, 'recursive-extractor/TestData.rar'), path);
    const result = await intakePath(path);
    expect(result.problems).toEqual([]);
    expect(result.materials.length).toBeGreaterThan(0);
  });

  it('reads 7z with the 7-Zip WASM copied beside it', async () => {
    const path = join(dir, '2026002+乙单位.7z');
    await writeFile(path, build7z({ files: [{ name: '承诺书.txt', text: '承诺' }] }));
    const result = await intakePath(path);
    expect(result.refused).toBe(false);
    expect(result.materials.map((m) => m.path)).toEqual(['承诺书.txt']);
  });

  it('reads ZIP out of process too', async () => {
    const path = join(dir, '2026003+丙单位.zip');
    await writeFile(path, zipSync({ '推荐表.pdf': new TextEncoder().encode('%PDF-1.4\n%%EOF\n') }));
    const result = await intakePath(path);
    expect(result.materials.map((m) => m.path)).toEqual(['推荐表.pdf']);
  });

  it('reads a RAR volume set with 7-Zip, all parts together', async () => {
    const pdf = new TextEncoder().encode(`%PDF-1.4\n${'分卷'.repeat(300)}\n%%EOF\n`);
    const volumes = buildRar5Volumes('承诺书.pdf', pdf, 3).map((bytes, i) => ({
      name: `2026004+丁单位.part${i + 1}.rar`,
      bytes,
    }));
    const [result] = await intakeInputs(volumes);
    expect(result!.problems).toEqual([]);
    expect(result!.materials.map((m) => m.size)).toEqual([pdf.length]);
  });

  it('reads registers (CSV and XLSX, exceljs bundled in) and refuses the register bomb', async () => {
    const rows = registerRows(3);
    const xlsx = await importRegister(await xlsxBytes({ 登记表: [header, ...rows] }), units);
    expect(xlsx).toMatchObject({ format: 'xlsx', sheetName: '登记表' });
    expect(xlsx.rows).toHaveLength(3);
    const csv = await importRegister(new TextEncoder().encode(csvText([header, ...rows])), units);
    expect(csv.rows).toHaveLength(3);
    const refused = await importRegister(await xlsxBomb(), units).catch((error: unknown) => error);
    expect(isRegisterFileError(refused)).toBe(true);
    expect((refused as { code: string }).code).toBe('zip-bomb');
  }, 60_000);
});
