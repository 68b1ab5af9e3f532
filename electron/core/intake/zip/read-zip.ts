import { open } from 'node:fs/promises';
import type { ArchiveReadout, ExtractedFile, ReadOptions } from '../archive-readout';
import { skippedEntry } from '../archive-readout';
import { IntakeRefusal } from '../intake-problem';
import type { ProblemFinding } from '../intake-problem';
import type { OutputBudget } from '../output-budget';
import { listZipEntries, refuseOverlappingEntries } from './list-zip-entries';
import { openZip } from './open-zip';
import type { ZipSource } from './open-zip';
import { readZipEntry } from './read-zip-entry';
import {
  STRONG_ENCRYPTION_DETAIL,
  STRONG_ENCRYPTION_DETAIL_EN,
  hasStrongEncryption,
} from './strong-encryption';
import { locateZipSpan, readAtBytes } from './zip-span';
import type { ReadAt } from './zip-span';

async function withReadAt<T>(
  source: ZipSource,
  use: (readAt: ReadAt, size: number) => Promise<T>,
): Promise<T> {
  if (source.kind === 'bytes') return use(readAtBytes(source.bytes), source.bytes.length);
  const handle = await open(source.path, 'r');
  try {
    const { size } = await handle.stat();
    return await use(async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    }, size);
  } finally {
    await handle.close();
  }
}

/**
 * A structure that fails to parse may be PKWARE strong encryption with an encrypted central
 * directory, which is not damage: that is said as 格式不支持 (docs/intake.md), anything else
 * stays as it was.
 */
async function strongEncryptionOr(error: unknown, source: ZipSource): Promise<unknown> {
  if (!(error instanceof IntakeRefusal) || error.category !== 'corrupt-archive') return error;
  const strong = await withReadAt(source, async (readAt, size) => {
    const span = await locateZipSpan(readAt, size);
    return hasStrongEncryption(readAt, span?.start ?? 0, size);
  });
  return strong
    ? new IntakeRefusal(
        'unsupported-format',
        STRONG_ENCRYPTION_DETAIL,
        null,
        STRONG_ENCRYPTION_DETAIL_EN,
      )
    : error;
}

/**
 * Reads a ZIP into memory (SECURITY 18: nothing touches the disk): names and overlaps are
 * checked for every entry first, declared sizes next, then each file is inflated under the budget.
 */
export async function readZip(
  source: ZipSource,
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  const zip = await openZip(source).catch(async (error: unknown) => {
    throw await strongEncryptionOr(error, source);
  });
  try {
    const listed = await (async () => {
      const entries = await listZipEntries(zip, budget);
      await refuseOverlappingEntries(zip, entries);
      return entries;
    })().catch(async (error: unknown) => {
      throw await strongEncryptionOr(error, source);
    });
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
