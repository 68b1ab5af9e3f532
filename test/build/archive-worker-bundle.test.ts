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
import { forkWorkerLauncher, parsingIsolation } from '../../electron/core/intake';
import type { ParsingIsolation } from '../../electron/core/intake';
import { intakeInputs, intakePath } from '../../electron/core/intake/intake';
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
/** The bundled worker, every archive (ZIP included) read in it: what Electron main passes. */
let isolation: ParsingIsolation;
/** The worker entries started so far. */
const launched: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-worker-bundle-'));
  const { buildElectron } = await loadBuildScript();
  const built = await buildElectron({ outDir: join(dir, 'bundle') });
  isolation = parsingIsolation({
    workerPath: built.workerFile,
    launcher: (workerPath) => {
      launched.push(workerPath);
      return forkWorkerLauncher(workerPath);
    },
  });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled archive worker', () => {
  it('reads RAR with the unrar WASM copied beside it', async () => {
    const path = join(dir, '2026001+甲单位.rar');
    await copyFile(join(corpus, 'recursive-extractor/TestData.rar'), path);
    const result = await intakePath(path, { isolation });
    expect(result.problems).toEqual([]);
    expect(result.materials.length).toBeGreaterThan(0);
  });

  it('reads 7z with the 7-Zip WASM copied beside it', async () => {
    const path = join(dir, '2026002+乙单位.7z');
    await writeFile(path, build7z({ files: [{ name: '承诺书.txt', text: '承诺' }] }));
    const result = await intakePath(path, { isolation });
    expect(result.refused).toBe(false);
    expect(result.materials.map((m) => m.path)).toEqual(['承诺书.txt']);
  });

  it('reads ZIP out of process too', async () => {
    const path = join(dir, '2026003+丙单位.zip');
    await writeFile(path, zipSync({ '推荐表.pdf': new TextEncoder().encode('%PDF-1.4\n%%EOF\n') }));
    launched.length = 0;
    const result = await intakePath(path, { isolation });
    expect(result.materials.map((m) => m.path)).toEqual(['推荐表.pdf']);
    expect(launched).toEqual([isolation.workerPath]);
    expect(isolation.workerPath).toMatch(/archive-worker\.cjs$/);
  });

  it('reads a RAR volume set with 7-Zip, all parts together', async () => {
    const pdf = new TextEncoder().encode(`%PDF-1.4\n${'分卷'.repeat(300)}\n%%EOF\n`);
    const volumes = buildRar5Volumes('承诺书.pdf', pdf, 3).map((bytes, i) => ({
      name: `2026004+丁单位.part${i + 1}.rar`,
      bytes,
    }));
    const [result] = await intakeInputs(volumes, { isolation });
    expect(result!.problems).toEqual([]);
    expect(result!.materials.map((m) => m.size)).toEqual([pdf.length]);
  });

  it('reads registers (CSV and XLSX, exceljs bundled in) and refuses the register bomb', async () => {
    const rows = registerRows(3);
    const xlsx = await importRegister(await xlsxBytes({ 登记表: [header, ...rows] }), units, {
      isolation,
    });
    expect(xlsx).toMatchObject({ format: 'xlsx', sheetName: '登记表' });
    expect(xlsx.rows).toHaveLength(3);
    const csv = await importRegister(new TextEncoder().encode(csvText([header, ...rows])), units, {
      isolation,
    });
    expect(csv.rows).toHaveLength(3);
    const refused = await importRegister(await xlsxBomb(), units, { isolation }).catch(
      (error: unknown) => error,
    );
    expect(isRegisterFileError(refused)).toBe(true);
    expect((refused as { code: string }).code).toBe('zip-bomb');
  }, 60_000);
});
