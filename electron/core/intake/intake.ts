import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArchiveName } from '../../../shared/domain/application';
import { applicationKeyFor, contentKeyFor } from './application-key';
import { archiveFormatFor, hasArchiveExtension } from './archive-format';
import type { ArchiveFormat } from './archive-format';
import type { ArchiveReadout, ReadOptions } from './archive-readout';
import { buildMaterials } from './build-materials';
import { expandNested } from './expand-nested';
import { readFolder } from './folder/read-folder';
import { IntakeRefusal, describeProblem, refusalFinding } from './intake-problem';
import type { ProblemFinding } from './intake-problem';
import type {
  IntakeMaterial,
  IntakeOptions,
  IntakeResult,
  IntakeSourceKind,
} from './intake-result';
import { defaultIntakeLimits, formatBytes } from './limits';
import type { IntakeLimits } from './limits';
import { OutputBudget } from './output-budget';
import { readArchive } from './read-archive';
import type { ArchiveSource } from './read-archive';

const HEAD_BYTES = 16;

function limitsFrom(options: IntakeOptions): IntakeLimits {
  return { ...defaultIntakeLimits, ...options.limits };
}

function readOptionsFrom(options: IntakeOptions): ReadOptions {
  return { password: options.password ? options.password : null };
}

/** The archive's or folder's name is not "申报编号+申报单位全称": materials are still taken. */
const badNameFinding: ProblemFinding = {
  category: 'bad-name',
  effect: 'flagged',
  entryPath: null,
  detail: '名称应为“申报编号+申报单位全称”，请手工填写申报编号和申报单位',
};

/**
 * When nothing is left to import, the reasons entries were skipped become the reasons the whole
 * input was refused; with no such reasons, the archive was empty.
 */
function refuseIfEmpty(
  materials: readonly IntakeMaterial[],
  findings: ProblemFinding[],
): ProblemFinding[] {
  if (materials.length > 0 || findings.some((finding) => finding.effect === 'refused')) {
    return findings;
  }
  if (findings.some((finding) => finding.effect === 'skipped')) {
    return findings.map((finding) =>
      finding.effect === 'skipped' ? { ...finding, effect: 'refused' } : finding,
    );
  }
  return [
    ...findings,
    { category: 'empty-archive', effect: 'refused', entryPath: null, detail: '没有可导入的文件' },
  ];
}

async function assemble(
  sourceName: string,
  sourceKind: IntakeSourceKind,
  read: (budget: OutputBudget, readOptions: ReadOptions) => Promise<ArchiveReadout>,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const limits = limitsFrom(options);
  const readOptions = readOptionsFrom(options);
  const budget = new OutputBudget(limits, Date.now() + limits.timeLimitMs);
  const parsed = parseArchiveName(sourceName);
  const findings: ProblemFinding[] = parsed === null ? [badNameFinding] : [];

  let materials: IntakeMaterial[] = [];
  try {
    const expanded = await expandNested(await read(budget, readOptions), readOptions, budget);
    const built = await buildMaterials(expanded.files);
    materials = built.materials;
    findings.push(...expanded.findings, ...built.findings);
  } catch (error) {
    if (!(error instanceof IntakeRefusal)) throw error;
    findings.push(refusalFinding(error));
  }
  const finalFindings = refuseIfEmpty(materials, findings);
  const refused = finalFindings.some((finding) => finding.effect === 'refused');
  if (refused) materials = [];
  return {
    sourceName,
    sourceKind,
    applicationNo: parsed?.applicationNo ?? null,
    applicantName: parsed?.applicantName ?? null,
    applicationKey:
      parsed !== null
        ? applicationKeyFor(parsed.applicationNo)
        : materials.length > 0
          ? contentKeyFor(materials.map((material) => material.sha256))
          : null,
    refused,
    materials,
    problems: finalFindings.map((finding) => describeProblem(finding, sourceName)),
  };
}

/** A result that refuses the input before reading it. */
function refusedInput(
  sourceName: string,
  sourceKind: IntakeSourceKind,
  refusal: IntakeRefusal,
  options: IntakeOptions,
): Promise<IntakeResult> {
  return assemble(sourceName, sourceKind, () => Promise.reject(refusal), options);
}

function notAnArchive(name: string): IntakeRefusal {
  return hasArchiveExtension(name)
    ? new IntakeRefusal('corrupt-archive', '扩展名是压缩包，内容却不是 ZIP、RAR 或 7z')
    : new IntakeRefusal('unsupported-format', '不是压缩包：申报材料请以 ZIP、RAR 或 7z 压缩包提交');
}

async function intakeArchive(
  name: string,
  format: ArchiveFormat,
  source: ArchiveSource,
  size: number,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const limits = limitsFrom(options);
  if (size > limits.maxTotalBytes) {
    const refusal = new IntakeRefusal(
      'too-large',
      `压缩包本身 ${formatBytes(size)} 已超过总大小上限 ${formatBytes(limits.maxTotalBytes)}`,
    );
    return refusedInput(name, format, refusal, options);
  }
  return assemble(
    name,
    format,
    (budget, readOptions) => readArchive(format, source, readOptions, budget),
    options,
  );
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Takes in one application from an archive (.zip, .rar, .7z) or a plain folder at `inputPath`.
 * Rejects only when the input itself cannot be read (missing, no permission); everything wrong
 * with its content comes back as problems.
 */
export async function intakePath(
  inputPath: string,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const name = basename(inputPath);
  // The office chose this path, so a link given as the input itself is followed.
  const stats = await stat(inputPath);
  if (stats.isDirectory()) {
    return assemble(name, 'folder', (budget) => readFolder(inputPath, budget), options);
  }
  if (!stats.isFile()) {
    return refusedInput(
      name,
      'file',
      new IntakeRefusal('unsupported-format', '不是普通文件或文件夹'),
      options,
    );
  }
  const format = archiveFormatFor(name, await readHead(inputPath));
  if (format === null) return refusedInput(name, 'file', notAnArchive(name), options);
  return intakeArchive(name, format, { path: inputPath }, stats.size, options);
}

/** The same for an archive already in memory, under the file name it was received with. */
export async function intakeArchiveBytes(
  name: string,
  bytes: Uint8Array,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const format = archiveFormatFor(name, bytes.subarray(0, HEAD_BYTES));
  if (format === null) return refusedInput(name, 'file', notAnArchive(name), options);
  return intakeArchive(name, format, { bytes }, bytes.length, options);
}
