/**
 * Writes reports, a deliberate plaintext export (docs/security.md, "Deliberate plaintext
 * exports"), into a new folder of its own inside the folder the user chose: `评审报告-…`, or
 * `…-2`, `…-3` when that name is taken, so nothing already there is ever overwritten, and the
 * files of one export stay together. Each name is checked to be a plain name inside that folder
 * (SECURITY.md item 26). When a file cannot be written, the folder made for the export is removed
 * again with everything written into it: an export is whole or absent.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { sha256Hex } from '../crypto/sha256-hex';
import type { PlaintextWarning, ReportExportChooser } from './report-export-chooser';
import { REPORT_PLAINTEXT_WARNING } from './report-export-chooser';
import type { ReportFile } from './report-files';
import { safeStem, uniqueNames } from './report-file-names';

export interface ReportExport {
  /** The folder made inside the chosen one (its name only). */
  readonly folderName: string;
  /** The files written, in order (names only). */
  readonly files: readonly string[];
}

function inside(root: string, name: string): string {
  const target = resolve(root, name);
  const rel = relative(resolve(root), target);
  if (name !== basename(name) || rel === '' || rel.startsWith('..') || resolve(rel) === rel) {
    throw new AppError('path-outside-folder');
  }
  return target;
}

/** A new folder `stem`, `stem-2`… inside `parent`; its name. */
async function newFolder(parent: string, stem: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const name = n === 1 ? stem : `${stem}-${n}`;
    try {
      await mkdir(inside(parent, name));
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new AppError('path-outside-folder');
}

/** Writes every file into a new folder inside `parent` named after `stem`. */
export async function writeReports(
  parent: string,
  stem: string,
  files: readonly ReportFile[],
): Promise<ReportExport> {
  const folderName = await newFolder(parent, safeStem(stem));
  const folder = inside(parent, folderName);
  // Names unique across the whole export (several groups' reports in one folder).
  const names = uniqueNames(files.map((f) => f.name));
  const written: string[] = [];
  try {
    for (const [index, file] of files.entries()) {
      const name = names[index]!;
      const bytes = await file.build();
      // 'wx': never over a file, though the folder is new and ours.
      await writeFile(inside(folder, name), bytes, { flag: 'wx' });
      written.push(name);
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { folderName, files: written };
}

/**
 * The export as a screen asks for it: the dialog shows the plaintext warning and returns a
 * folder, or null when the user cancelled (then nothing is built or written).
 */
export async function exportReports(
  chooser: ReportExportChooser,
  stem: string,
  files: readonly ReportFile[],
  /** What the dialog says; the office's reports say their own (office-report-files.ts). */
  warning: PlaintextWarning = REPORT_PLAINTEXT_WARNING,
): Promise<ReportExport | null> {
  const parent = await chooser.chooseReportFolder(warning);
  if (parent === null) return null;
  return writeReports(parent, stem, files);
}

/** A file of a recorded export: its name in the folder and the SHA-256 of the bytes written. */
export interface RecordedReportFile {
  readonly name: string;
  readonly sha256: string;
}

/** What a recorded export wrote, as its record names it. */
export interface RecordedReportExport {
  readonly folderName: string;
  readonly files: readonly RecordedReportFile[];
}

/**
 * An export never on disk without its record (the leader's, the chair's and the office's
 * reports): each file's SHA-256 taken from the very bytes written, then `record` asked to
 * record them; when it fails (the identity locked or the round gone while the dialog was open),
 * the folder is removed again and its failure thrown. Null when the user cancelled.
 */
export async function exportRecordedReports<T>(
  chooser: ReportExportChooser,
  stem: string,
  files: readonly ReportFile[],
  record: (written: RecordedReportExport) => Promise<T>,
  warning: PlaintextWarning = REPORT_PLAINTEXT_WARNING,
): Promise<{ readonly written: RecordedReportExport; readonly recorded: T } | null> {
  const parent = await chooser.chooseReportFolder(warning);
  if (parent === null) return null;
  const digests: string[] = [];
  const hashed = files.map((file, index) => ({
    name: file.name,
    build: async () => {
      const bytes = await file.build();
      digests[index] = sha256Hex(bytes);
      return bytes;
    },
  }));
  const exported = await writeReports(parent, stem, hashed);
  const written: RecordedReportExport = {
    folderName: exported.folderName,
    files: exported.files.map((name, index) => ({ name, sha256: digests[index]! })),
  };
  try {
    return { written, recorded: await record(written) };
  } catch (error) {
    await rm(join(parent, exported.folderName), { recursive: true, force: true });
    throw error;
  }
}
