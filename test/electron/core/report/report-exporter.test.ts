/**
 * The reports' exporter: a new folder of its own inside the chosen one, never a file over
 * another; a failure part-way removes what it wrote; the chooser is asked with the plaintext
 * warning, and a cancelled dialog builds and writes nothing; names stay plain names.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import {
  exportRecordedReports,
  exportReports,
  writeReports,
} from '../../../../electron/core/report/report-exporter';
import type { PlaintextWarning } from '../../../../electron/core/report/report-export-chooser';
import { REPORT_PLAINTEXT_WARNING } from '../../../../electron/core/report/report-export-chooser';
import type { ReportFile } from '../../../../electron/core/report/report-files';

const scratch = await mkdtemp(join(tmpdir(), 'qb-report-export-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const file = (name: string, text: string): ReportFile => ({
  name,
  build: async () => new TextEncoder().encode(text),
});

describe('writeReports', () => {
  it('writes into a new folder, and a second export into another', async () => {
    const parent = await mkdtemp(join(scratch, 'p-'));
    await writeFile(join(parent, 'a.docx'), 'the user’s own file');
    const first = await writeReports(parent, '评审报告-g1', [
      file('a.docx', '1'),
      file('a.docx', '2'),
    ]);
    expect(first).toEqual({ folderName: '评审报告-g1', files: ['a.docx', 'a-2.docx'] });
    const second = await writeReports(parent, '评审报告-g1', [file('a.docx', '3')]);
    expect(second.folderName).toBe('评审报告-g1-2');
    expect(await readFile(join(parent, 'a.docx'), 'utf8')).toBe('the user’s own file');
    expect(await readFile(join(parent, '评审报告-g1', 'a-2.docx'), 'utf8')).toBe('2');
  });

  it('removes the folder it made when a report fails part-way', async () => {
    const parent = await mkdtemp(join(scratch, 'p-'));
    const failing: ReportFile = {
      name: 'b.docx',
      build: async () => {
        throw new Error('disk gone');
      },
    };
    await expect(writeReports(parent, 'r', [file('a.docx', '1'), failing])).rejects.toThrow(
      'disk gone',
    );
    expect(await readdir(parent)).toEqual([]);
  });

  it('makes any folder stem a plain name inside the chosen folder', async () => {
    const parent = await mkdtemp(join(scratch, 'p-'));
    for (const stem of ['..', '../x', 'a/b', 'C:\\x', '/', '', ' . ']) {
      const done = await writeReports(parent, stem, [file('a.docx', '1')]);
      expect(done.folderName, stem).not.toMatch(/[/\\:]|^\.+$/);
      expect(await readFile(join(parent, done.folderName, 'a.docx'), 'utf8')).toBe('1');
    }
    expect(await readdir(parent)).toHaveLength(7);
  });

  it('refuses a name that is not a plain name, writing nothing', async () => {
    const parent = await mkdtemp(join(scratch, 'p-'));
    for (const name of ['../x.docx', 'sub/x.docx', '/etc/x.docx']) {
      const error = await writeReports(parent, 'r', [file(name, '1')]).catch((e: unknown) => e);
      expect(isAppError(error, 'path-outside-folder'), name).toBe(true);
    }
    expect(await readdir(parent)).toEqual([]);
  });
});

describe('exportReports', () => {
  it('asks with the plaintext warning; a cancelled dialog builds nothing', async () => {
    const asked: PlaintextWarning[] = [];
    let built = 0;
    const counted: ReportFile = {
      name: 'x.docx',
      build: async () => {
        built += 1;
        return new Uint8Array([1]);
      },
    };
    const cancelled = await exportReports(
      {
        chooseReportFolder: async (w) => {
          asked.push(w);
          return null;
        },
      },
      'r',
      [counted],
    );
    expect(cancelled).toBeNull();
    expect(built).toBe(0);
    expect(asked).toEqual([REPORT_PLAINTEXT_WARNING]);
    const parent = await mkdtemp(join(scratch, 'p-'));
    const done = await exportReports({ chooseReportFolder: async () => parent }, 'r', [counted]);
    expect(done?.files).toEqual(['x.docx']);
    expect(built).toBe(1);
  });
});

describe('exportRecordedReports', () => {
  const chooser = (parent: string | null, asked: PlaintextWarning[] = []) => ({
    chooseReportFolder: async (warning: PlaintextWarning) => {
      asked.push(warning);
      return parent;
    },
  });

  it('records every file with the SHA-256 of the bytes written, and answers the record', async () => {
    const parent = await mkdtemp(join(scratch, 'p-'));
    const asked: PlaintextWarning[] = [];
    const done = await exportRecordedReports(
      chooser(parent, asked),
      '评审报告-r1',
      [file('a.docx', '一'), file('a.docx', '二')],
      async (written) => ({ recordOf: written }),
    );
    expect(asked).toEqual([REPORT_PLAINTEXT_WARNING]);
    expect(done?.written.folderName).toBe('评审报告-r1');
    expect(done?.recorded.recordOf).toBe(done?.written);
    for (const f of done!.written.files) {
      const bytes = await readFile(join(parent, '评审报告-r1', f.name));
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(done!.written.files.map((f) => f.name)).toEqual(['a.docx', 'a-2.docx']);
  });

  it('removes the folder again when the record fails, and throws its failure', async () => {
    const parent = await mkdtemp(join(scratch, 'p-'));
    await expect(
      exportRecordedReports(chooser(parent), 'r', [file('a.docx', '1')], async () => {
        throw new Error('identity locked');
      }),
    ).rejects.toThrow('identity locked');
    expect(await readdir(parent)).toEqual([]);
  });

  it('builds, writes and records nothing when the dialog is cancelled', async () => {
    let built = 0;
    let recorded = 0;
    const done = await exportRecordedReports(
      chooser(null),
      'r',
      [{ name: 'a.docx', build: async () => (built++, new Uint8Array([1])) }],
      async () => {
        recorded += 1;
      },
    );
    expect([done, built, recorded]).toEqual([null, 0, 0]);
  });
});
