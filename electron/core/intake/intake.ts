import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { archiveFormatFor, hasArchiveExtension } from './archive-format';
import type { ArchiveFormat } from './archive-format';
import { assemble, limitsFrom, refusedInput } from './assemble-result';
import { readFolder } from './folder/read-folder';
import { IntakeRefusal } from './intake-problem';
import { planIntake } from './intake-plan';
import type { IntakeInput, IntakeUnit } from './intake-plan';
import type { IntakeOptions, IntakeResult } from './intake-result';
import { readVolumesIsolated } from './isolated/read-isolated';
import { formatBytes } from './limits';
import { readArchive } from './read-archive';
import type { ArchiveSource } from './read-archive';
import { refusedVolumes } from './volumes/incomplete-volumes';
import type { VolumePart } from './volumes/volume-sets';

export { inputName, planIntake, unitNames } from './intake-plan';
export type { IntakeInput, IntakeUnit } from './intake-plan';

const HEAD_BYTES = 16;

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
    (budget, readOptions, isolation) => readArchive(format, source, readOptions, budget, isolation),
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
    (budget, readOptions, isolation) =>
      readVolumesIsolated(unit.format, unit.scheme, sources, readOptions, budget, isolation),
    options,
  );
}

/**
 * Takes in one unit of a plan (planIntake). Archives are parsed as `options.isolation` says;
 * without it, every one in the isolated worker (parsingIsolation()).
 */
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
