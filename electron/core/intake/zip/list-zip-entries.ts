import type { Entry, ZipFile } from 'yauzl';
import { safeEntryPath, withForwardSlashes } from '../entry-path';
import { IntakeRefusal } from '../intake-problem';
import type { OutputBudget } from '../output-budget';
import { decodeZipEntryName } from './zip-entry-name';
import { refusalForZipError } from './zip-errors';

/** One central-directory entry with its name decoded and checked. */
export interface ListedZipEntry {
  readonly entry: Entry;
  readonly path: string;
  readonly isDirectory: boolean;
  readonly isLink: boolean;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Unix mode bits in the high half of the external attributes mark a symbolic link. */
function isSymlink(entry: Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

/**
 * Lists every entry before any data is read, so a single hostile name refuses the archive
 * before anything is inflated.
 */
export async function listZipEntries(
  zip: ZipFile,
  budget: OutputBudget,
): Promise<ListedZipEntry[]> {
  budget.admitEntryCount(zip.entryCount);
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    throw refusalForZipError(error, null);
  }
  // Every name is checked before anything else, so a hostile one is reported as such.
  const listed = entries.map((entry) => {
    const name = decodeZipEntryName(
      entry.fileNameRaw,
      entry.generalPurposeBitFlag,
      entry.extraFields,
    );
    return {
      entry,
      path: safeEntryPath(name),
      isDirectory: withForwardSlashes(name).endsWith('/'),
      isLink: isSymlink(entry),
    };
  });
  const seen = new Set<string>();
  for (const { path, isDirectory } of listed) {
    budget.admitEntry(path);
    // Unnamed entries are each given their own name later (material-names.ts).
    if (isDirectory || path === '') continue;
    // Two entries under one name: one would silently replace the other.
    if (seen.has(path)) throw new IntakeRefusal('corrupt-archive', '压缩包中有重名条目', path);
    seen.add(path);
  }
  return listed;
}

/**
 * Refuses entries whose data overlap another entry's header or data: the trick of Fifield's
 * non-recursive bombs (zbsm.zip), where each header is quoted inside the previous entry's data.
 */
export async function refuseOverlappingEntries(
  zip: ZipFile,
  listed: readonly ListedZipEntry[],
): Promise<void> {
  const spans: { start: number; end: number; path: string }[] = [];
  for (const { entry, path } of listed) {
    let fileDataStart: number;
    try {
      ({ fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true }));
    } catch (error) {
      throw refusalForZipError(error, path);
    }
    spans.push({
      start: entry.relativeOffsetOfLocalHeader,
      end: fileDataStart + entry.compressedSize,
      path,
    });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    if (current.start < previous.end) {
      throw new IntakeRefusal('zip-bomb', `条目数据与“${previous.path}”重叠`, current.path);
    }
  }
}
