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
import { readVolumesIsolated } from './isolated/read-isolated';
import { refusedVolumes } from './volumes/incomplete-volumes';
import { planVolumes } from './volumes/volume-sets';
import type { IntakePlanItem, VolumePart } from './volumes/volume-sets';
import { readRarVolumeHeader } from './volumes/rar-volume-header';
import { readAtBytes } from './zip/zip-span';
import type { ReadAt } from './zip/zip-span';

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
  detailEn:
    'the name should be "application no.+applicant\'s full name"; type the two parts by hand',
};

/** The case's limits on the two parts (shared/domain/application.ts). */
const MAX_APPLICATION_NO = 64;
const MAX_APPLICANT_NAME = 200;

/**
 * The name's two parts, or null with the finding that says why not: a name that does not split,
 * or parts longer than the case can hold (a 申报编号 is short; such a name is not one).
 */
function nameParts(sourceName: string): {
  parsed: ReturnType<typeof parseArchiveName>;
  findings: ProblemFinding[];
} {
  const parsed = parseArchiveName(sourceName);
  if (parsed === null) return { parsed, findings: [badNameFinding] };
  if (
    parsed.applicationNo.length > MAX_APPLICATION_NO ||
    parsed.applicantName.length > MAX_APPLICANT_NAME
  ) {
    const tooLong: ProblemFinding = {
      ...badNameFinding,
      detail: `申报编号或申报单位全称过长（上限 ${MAX_APPLICATION_NO} 和 ${MAX_APPLICANT_NAME} 个字符），请手工填写`,
      detailEn: `the application number or the applicant's name is too long (at most ${MAX_APPLICATION_NO} and ${MAX_APPLICANT_NAME} characters); type them by hand`,
    };
    return { parsed: null, findings: [tooLong] };
  }
  return { parsed, findings: [] };
}

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
  const { parsed, findings } = nameParts(sourceName);

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

/** One input alone: a folder, or a file read as the archive its bytes say. */
async function intakeSinglePath(inputPath: string, options: IntakeOptions): Promise<IntakeResult> {
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

async function intakeSingleBytes(
  name: string,
  bytes: Uint8Array,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const format = archiveFormatFor(name, bytes.subarray(0, HEAD_BYTES));
  if (format === null) return refusedInput(name, 'file', notAnArchive(name), options);
  return intakeArchive(name, format, { bytes }, bytes.length, options);
}

/** A file on disk, or one the app received as bytes (a file dropped on the window). */
export type IntakeInput =
  { readonly path: string } | { readonly name: string; readonly bytes: Uint8Array };

/** One thing to take in: an input on its own, or the volumes of one RAR set. */
export type IntakeUnit = IntakePlanItem<IntakeInput>;

export function inputName(input: IntakeInput): string {
  return 'path' in input ? basename(input.path) : input.name;
}

/** What a RAR input's headers say about volumes; null for anything else. */
async function volumeHeaderOf(input: IntakeInput) {
  if (!('path' in input)) return readRarVolumeHeader(readAtBytes(input.bytes), input.bytes.length);
  const stats = await stat(input.path);
  if (!stats.isFile()) return null;
  const handle = await open(input.path, 'r');
  try {
    const readAt: ReadAt = async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    return await readRarVolumeHeader(readAt, stats.size);
  } finally {
    await handle.close();
  }
}

/**
 * How inputs offered together are taken in: RAR volumes grouped into their sets (a set is read
 * whole when every part is there, docs/intake.md "Multi-volume sets"), everything else alone, in
 * the order given. Only headers are read here.
 */
export async function planIntake(inputs: readonly IntakeInput[]): Promise<IntakeUnit[]> {
  const candidates = [];
  for (const input of inputs) {
    candidates.push({ input, name: inputName(input), header: await volumeHeaderOf(input) });
  }
  return planVolumes(candidates);
}

/** The names of the inputs a unit is made of, in order. */
export function unitNames(unit: IntakeUnit): string[] {
  return unit.kind === 'single' ? [inputName(unit.input)] : unit.parts.map((part) => part.name);
}

function sourceOf(part: VolumePart<IntakeInput>): ArchiveSource {
  return 'path' in part.input ? { path: part.input.path } : { bytes: part.input.bytes };
}

async function sizeOf(input: IntakeInput): Promise<number> {
  return 'path' in input ? (await stat(input.path)).size : input.bytes.length;
}

/** A whole RAR volume set, read by 7-Zip in the isolated worker, as one application. */
async function intakeVolumeSet(
  unit: Extract<IntakeUnit, { kind: 'volume-set' }>,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const limits = limitsFrom(options);
  const name = unit.parts[0]!.name;
  let size = 0;
  for (const part of unit.parts) size += await sizeOf(part.input);
  if (size > limits.maxTotalBytes) {
    const refusal = new IntakeRefusal(
      'too-large',
      `分卷压缩包合计 ${formatBytes(size)}，已超过总大小上限 ${formatBytes(limits.maxTotalBytes)}`,
      null,
      `the volumes together are ${formatBytes(size)}, over the total limit of ${formatBytes(limits.maxTotalBytes)}`,
    );
    return refusedInput(name, 'rar', refusal, options);
  }
  const sources = unit.parts.map(sourceOf);
  return assemble(
    name,
    'rar',
    (budget, readOptions) =>
      readVolumesIsolated(unit.format, unit.scheme, sources, readOptions, budget),
    options,
  );
}

/** Takes in one unit of a plan (planIntake). */
export function intakeUnit(unit: IntakeUnit, options: IntakeOptions = {}): Promise<IntakeResult> {
  switch (unit.kind) {
    case 'single':
      return 'path' in unit.input
        ? intakeSinglePath(unit.input.path, options)
        : intakeSingleBytes(unit.input.name, unit.input.bytes, options);
    case 'volume-set':
      return intakeVolumeSet(unit, options);
    case 'incomplete-volumes':
      return refusedInput(unit.parts[0]!.name, 'rar', refusedVolumes(unit), options);
  }
}

/**
 * Takes in one application from an archive (.zip, .rar, .7z) or a plain folder at `inputPath`.
 * Rejects only when the input itself cannot be read (missing, no permission); everything wrong
 * with its content comes back as problems. A lone volume of a RAR set is refused as
 * 'multi-volume', naming the parts it needs.
 */
export async function intakePath(
  inputPath: string,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const [unit] = await planIntake([{ path: inputPath }]);
  return intakeUnit(unit!, options);
}

/** The same for an archive already in memory, under the file name it was received with. */
export async function intakeArchiveBytes(
  name: string,
  bytes: Uint8Array,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const [unit] = await planIntake([{ name, bytes }]);
  return intakeUnit(unit!, options);
}

/** Several inputs offered together (volume sets grouped), one result per unit, in order. */
export async function intakeInputs(
  inputs: readonly IntakeInput[],
  options: IntakeOptions = {},
): Promise<IntakeResult[]> {
  const results: IntakeResult[] = [];
  for (const unit of await planIntake(inputs)) results.push(await intakeUnit(unit, options));
  return results;
}
