import { archiveFormatFor, hasArchiveExtension } from './archive-format';
import type { ArchiveReadout, ExtractedFile, ReadOptions } from './archive-readout';
import { skippedEntry } from './archive-readout';
import { IntakeRefusal } from './intake-problem';
import type { ProblemFinding } from './intake-problem';
import { parsingIsolation } from './isolated/parsing-isolation';
import type { ParsingIsolation } from './isolated/parsing-isolation';
import { readVolumesIsolated } from './isolated/read-isolated';
import { isSystemJunk } from './junk-entries';
import { MAX_NESTING_DEPTH } from './limits';
import type { OutputBudget } from './output-budget';
import { hostileCategories, intakeProblemLabelsEn } from './problem-category';
import { readArchive } from './read-archive';
import { refusedVolumes } from './volumes/incomplete-volumes';
import { rarFormatOf, readRarVolumeHeader } from './volumes/rar-volume-header';
import { volumeNaming } from './volumes/volume-names';
import { planVolumes } from './volumes/volume-sets';
import type { IntakePlanItem } from './volumes/volume-sets';
import { readAtBytes } from './zip/zip-span';

function prefixed(prefix: string, finding: ProblemFinding): ProblemFinding {
  return {
    ...finding,
    entryPath: finding.entryPath === null ? prefix : `${prefix}/${finding.entryPath}`,
  };
}

/** The files of one level grouped: RAR volume sets together, everything else alone. */
async function planFiles(
  files: readonly ExtractedFile[],
): Promise<IntakePlanItem<ExtractedFile>[]> {
  const candidates = [];
  for (const file of files) {
    const rar = rarFormatOf(file.bytes) !== null;
    const named = hasArchiveExtension(file.path) || volumeNaming(file.path) !== null;
    const header =
      rar && named ? await readRarVolumeHeader(readAtBytes(file.bytes), file.bytes.length) : null;
    candidates.push({ input: file, name: file.path, header });
  }
  return planVolumes(candidates);
}

/**
 * Opens archives found inside the application's archive (one level, MAX_NESTING_DEPTH), drops
 * system junk, and returns every file under its full path. A hostile nested archive refuses the
 * whole input; any other failure of a nested archive skips just that entry. The volumes of a RAR
 * set inside are read together, as when they are offered together. Nested archives are read as
 * `isolation` says, like the outer one.
 */
export async function expandNested(
  readout: ArchiveReadout,
  options: ReadOptions,
  budget: OutputBudget,
  isolation: ParsingIsolation = parsingIsolation(),
  depth = 0,
): Promise<ArchiveReadout> {
  const files: ExtractedFile[] = [];
  const findings: ProblemFinding[] = [...readout.findings];

  /** Reads one nested archive (or volume set) known by `path`, into `files` and `findings`. */
  const openNested = async (path: string, read: () => Promise<ArchiveReadout>): Promise<void> => {
    if (depth >= MAX_NESTING_DEPTH) {
      findings.push(
        skippedEntry(
          'nesting-too-deep',
          path,
          `压缩包内的压缩包只展开 ${MAX_NESTING_DEPTH} 层，此包未导入`,
          `archives inside archives are opened ${MAX_NESTING_DEPTH} level deep; this one is not taken`,
        ),
      );
      return;
    }
    try {
      const expanded = await expandNested(await read(), options, budget, isolation, depth + 1);
      files.push(
        ...expanded.files.map((innerFile) => ({ ...innerFile, path: `${path}/${innerFile.path}` })),
      );
      findings.push(...expanded.findings.map((finding) => prefixed(path, finding)));
      if (expanded.files.length === 0 && expanded.findings.length === 0) {
        findings.push(skippedEntry('empty-archive', path, '压缩包内的压缩包中没有文件'));
      }
    } catch (error) {
      if (!(error instanceof IntakeRefusal)) throw error;
      const where = error.entryPath === null ? path : `${path}/${error.entryPath}`;
      if (hostileCategories.has(error.category)) {
        throw new IntakeRefusal(error.category, error.detail, where, error.detailEn);
      }
      findings.push(
        skippedEntry(
          error.category,
          where,
          `${error.detail}；此内层压缩包未导入`,
          `${error.detailEn ?? intakeProblemLabelsEn[error.category]}; this inner archive is not taken`,
        ),
      );
    }
  };

  const kept = readout.files.filter((file) => !isSystemJunk(file.path));
  for (const unit of await planFiles(kept)) {
    if (unit.kind === 'volume-set') {
      const volumes = unit.parts.map((part) => ({ bytes: part.input.bytes }));
      await openNested(unit.parts[0]!.name, () =>
        readVolumesIsolated(unit.format, unit.scheme, volumes, options, budget, isolation),
      );
      continue;
    }
    if (unit.kind === 'incomplete-volumes') {
      const refusal = refusedVolumes(unit);
      findings.push(
        skippedEntry('multi-volume', unit.parts[0]!.name, refusal.detail, refusal.detailEn),
      );
      continue;
    }
    const file = unit.input;
    if (!hasArchiveExtension(file.path)) {
      files.push(file);
      continue;
    }
    const format = archiveFormatFor(file.path, file.bytes);
    // Too deep is said first, whatever the bytes are (openNested reads nothing then).
    if (format === null && depth < MAX_NESTING_DEPTH) {
      findings.push(
        skippedEntry('corrupt-archive', file.path, '扩展名是压缩包，内容却不是，未导入'),
      );
      continue;
    }
    await openNested(file.path, () =>
      readArchive(format!, { bytes: file.bytes }, options, budget, isolation),
    );
  }
  return { files, findings };
}
