import { archiveFormatFor, hasArchiveExtension } from './archive-format';
import type { ArchiveReadout, ExtractedFile, ReadOptions } from './archive-readout';
import { skippedEntry } from './archive-readout';
import { IntakeRefusal } from './intake-problem';
import type { ProblemFinding } from './intake-problem';
import { isSystemJunk } from './junk-entries';
import { MAX_NESTING_DEPTH } from './limits';
import type { OutputBudget } from './output-budget';
import { hostileCategories, intakeProblemLabelsEn } from './problem-category';
import { readArchive } from './read-archive';

function prefixed(prefix: string, finding: ProblemFinding): ProblemFinding {
  return {
    ...finding,
    entryPath: finding.entryPath === null ? prefix : `${prefix}/${finding.entryPath}`,
  };
}

/**
 * Opens archives found inside the application's archive (one level, MAX_NESTING_DEPTH), drops
 * system junk, and returns every file under its full path. A hostile nested archive refuses the
 * whole input; any other failure of a nested archive skips just that entry.
 */
export async function expandNested(
  readout: ArchiveReadout,
  options: ReadOptions,
  budget: OutputBudget,
  depth = 0,
): Promise<ArchiveReadout> {
  const files: ExtractedFile[] = [];
  const findings: ProblemFinding[] = [...readout.findings];
  for (const file of readout.files) {
    if (isSystemJunk(file.path)) continue;
    if (!hasArchiveExtension(file.path)) {
      files.push(file);
      continue;
    }
    if (depth >= MAX_NESTING_DEPTH) {
      findings.push(
        skippedEntry(
          'nesting-too-deep',
          file.path,
          `压缩包内的压缩包只展开 ${MAX_NESTING_DEPTH} 层，此包未导入`,
        ),
      );
      continue;
    }
    const format = archiveFormatFor(file.path, file.bytes);
    if (format === null) {
      findings.push(
        skippedEntry('corrupt-archive', file.path, '扩展名是压缩包，内容却不是，未导入'),
      );
      continue;
    }
    try {
      const inner = await readArchive(format, { bytes: file.bytes }, options, budget);
      const expanded = await expandNested(inner, options, budget, depth + 1);
      files.push(
        ...expanded.files.map((innerFile) => ({
          ...innerFile,
          path: `${file.path}/${innerFile.path}`,
        })),
      );
      findings.push(...expanded.findings.map((finding) => prefixed(file.path, finding)));
      if (expanded.files.length === 0 && expanded.findings.length === 0) {
        findings.push(skippedEntry('empty-archive', file.path, '压缩包内的压缩包中没有文件'));
      }
    } catch (error) {
      if (!(error instanceof IntakeRefusal)) throw error;
      const path = error.entryPath === null ? file.path : `${file.path}/${error.entryPath}`;
      if (hostileCategories.has(error.category)) {
        throw new IntakeRefusal(error.category, error.detail, path, error.detailEn);
      }
      findings.push(
        skippedEntry(
          error.category,
          path,
          `${error.detail}；此内层压缩包未导入`,
          `${error.detailEn ?? intakeProblemLabelsEn[error.category]}; this inner archive is not taken`,
        ),
      );
    }
  }
  return { files, findings };
}
