/**
 * The bench's runner around the measurements: which modules a name selects, an unknown name
 * refused with exit code 2 and a clear line, a missing tool said once with its Debian package,
 * and bench-results.json rewritten whole after every row.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { rowFrom } from './alternating';
import { selectModules } from './modules';
import { PeerTools } from './peer-tools';
import { ResultsFile } from './results-file';
import { machineInfo } from './machine';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('selectModules', () => {
  const names = (args: string[]) => {
    const selection = selectModules(args);
    return 'modules' in selection ? selection.modules.map((m) => m.name) : selection;
  };

  it('takes all modules, module names, row names and the crypto group, in run order', () => {
    expect(names([])).toEqual([
      'encrypt',
      'decrypt',
      'open',
      'intake',
      'seal',
      'search',
      'journal',
      'unwrap',
      'merge',
      'reports',
      'reader',
      'unlock',
    ]);
    expect(names(['seal', 'encrypt'])).toEqual(['encrypt', 'seal']);
    expect(names(['seal_round', 'decrypt_throughput'])).toEqual(['decrypt', 'seal']);
    expect(names(['crypto'])).toEqual(['encrypt', 'decrypt', 'open']);
    expect(names(['search_query_250apps'])).toEqual(['search']);
    expect(names(['reader_heap_25_materials', 'pdf_first_page_200p'])).toEqual(['reader']);
    expect(names(['unlock_and_hydrate_25', 'journal_append', 'x25519_unwrap'])).toEqual([
      'journal',
      'unwrap',
      'unlock',
    ]);
    expect(names(['merge_10x7x250', 'x25519_unwrap'])).toEqual(['unwrap', 'merge']);
    expect(names(['reports_10x7x250', 'merge_10x7x250'])).toEqual(['merge', 'reports']);
  });

  it('names every unknown one', () => {
    expect(names(['seal', 'sael', 'x'])).toEqual({ unknown: ['sael', 'x'] });
  });
});

describe('npm run bench with an unknown name', () => {
  it('exits with 2 and one clear line, no stack trace, before touching any disk', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/bench/run.ts', 'no-such-module'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('未知的基准测试模块：no-such-module');
    expect(result.stderr).toContain('Unknown bench module: no-such-module');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});

describe('PeerTools', () => {
  it('says a missing tool once, with its Debian package, and reports it per side', async () => {
    const said: string[] = [];
    const probed: string[] = [];
    const tools = new PeerTools(
      (line) => said.push(line),
      async (tool) => {
        probed.push(tool);
        return tool !== 'sha256sum';
      },
    );
    expect(await tools.missing(['age'])).toBeNull();
    expect(await tools.missing(['age', 'sha256sum'])).toBe('sha256sum (Debian package coreutils)');
    expect(await tools.missing(['sha256sum'])).toBe('sha256sum (Debian package coreutils)');
    expect(probed).toEqual(['age', 'sha256sum']);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('缺少对比工具 sha256sum');
    expect(said[0]).toContain('sudo apt-get install coreutils');
  });
});

describe('ResultsFile', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('rewrites the whole file after every row, under the header, with no temp file left', async () => {
    dir = await mkdtemp(join(tmpdir(), 'qbr-bench-results-'));
    const path = join(dir, 'bench-results.json');
    const results = new ResultsFile(path, {
      command: 'npm run bench',
      startedAt: '2026-01-01T00:00:00.000Z',
      machine: machineInfo(),
      scratch: { path: dir, freeBytes: 1, neededBytes: 1 },
      modules: ['encrypt'],
      repeats: 5,
      loadAverageAtStart: [0, 0, 0],
    });
    const read = async () => JSON.parse(await readFile(path, 'utf8'));
    await results.write();
    expect(await read()).toMatchObject({ rows: [], failures: [], modules: ['encrypt'] });
    const row = rowFrom(
      { name: 'encrypt_throughput', unit: 'MB/s', better: 'higher', value: (s) => 500 / s },
      {
        repeats: 5,
        warmup: 1,
        order: ['ours'],
        sides: [{ name: 'ours', work: 'w', seconds: [1, 1, 1, 1, 1] }],
      },
    );
    await results.addRow(row);
    const afterRow = await read();
    expect(afterRow.rows.map((r: { name: string }) => r.name)).toEqual(['encrypt_throughput']);
    expect(afterRow.machine.cores).toBeGreaterThan(0);
    expect(afterRow.wallSeconds).toBeUndefined();
    await results.addFailure('seal', 'age exited 1');
    await results.finish(12.5);
    expect(await read()).toMatchObject({
      failures: [{ module: 'seal', message: 'age exited 1' }],
      wallSeconds: 12.5,
    });
    expect(await readdir(dir)).toEqual(['bench-results.json']);
  });
});
