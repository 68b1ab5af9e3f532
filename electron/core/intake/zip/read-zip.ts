import type { ArchiveReadout, ExtractedFile, ReadOptions } from '../archive-readout';
import { skippedEntry } from '../archive-readout';
import type { ProblemFinding } from '../intake-problem';
import type { OutputBudget } from '../output-budget';
import { listZipEntries, refuseOverlappingEntries } from './list-zip-entries';
import { openZip } from './open-zip';
import type { ZipSource } from './open-zip';
import { readZipEntry } from './read-zip-entry';

/**
 * Reads a ZIP into memory (SECURITY 18: nothing touches the disk): names and overlaps are
 * checked for every entry first, declared sizes next, then each file is inflated under the budget.
 */
export async function readZip(
  source: ZipSource,
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  const zip = await openZip(source);
  try {
    const listed = await listZipEntries(zip, budget);
    await refuseOverlappingEntries(zip, listed);
    for (const { entry, path, isDirectory, isLink } of listed) {
      if (!isDirectory && !isLink)
        budget.admitDeclared(path, entry.uncompressedSize, entry.compressedSize);
    }
    const files: ExtractedFile[] = [];
    const findings: ProblemFinding[] = [];
    for (const { entry, path, isDirectory, isLink } of listed) {
      if (isDirectory) continue;
      if (isLink) {
        findings.push(skippedEntry('link-entry', path, '符号链接条目不导入'));
        continue;
      }
      const outcome = await readZipEntry(zip, entry, path, options.password, budget);
      if (outcome.kind === 'file') files.push({ path, bytes: outcome.bytes });
      else findings.push(outcome.finding);
    }
    return { files, findings };
  } finally {
    zip.close();
  }
}
