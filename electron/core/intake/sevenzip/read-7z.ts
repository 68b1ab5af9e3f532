import type { SevenZipModule } from '7z-wasm';
import { skippedEntry } from '../archive-readout';
import type { ArchiveReadout, ExtractedFile, ReadOptions } from '../archive-readout';
import { safeEntryPath } from '../entry-path';
import { IntakeRefusal } from '../intake-problem';
import type { ProblemFinding } from '../intake-problem';
import type { OutputBudget } from '../output-budget';
import { meterWrites } from './meter-writes';
import { classifySevenZipOutput, perFileErrors } from './seven-zip-errors';
import { hasEncryptedHeaders } from './seven-zip-header';
import { parseSevenZipListing } from './seven-zip-listing';
import type { SevenZipListedEntry } from './seven-zip-listing';
import { loadSevenZip, passwordArg, refusalForRun, runSevenZip } from './seven-zip-run';

const INPUT = '/intake/archive.7z';
const OUTPUT = '/intake/out';

interface WantedEntry {
  readonly entry: SevenZipListedEntry;
  readonly path: string;
}

/** Checks every name first, then counts entries and refuses duplicates. */
function admitNames(entries: readonly SevenZipListedEntry[], budget: OutputBudget): string[] {
  const paths = entries.map((entry) => safeEntryPath(entry.path));
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const path = paths[i]!;
    budget.admitEntry(path);
    if (entry.isDirectory) return;
    if (seen.has(path)) throw new IntakeRefusal('corrupt-archive', '压缩包中有重名条目', path);
    seen.add(path);
  });
  return paths;
}

/** Splits the listing into what to extract and what to skip (links, locked entries). */
function chooseEntries(
  entries: readonly SevenZipListedEntry[],
  paths: readonly string[],
  options: ReadOptions,
  budget: OutputBudget,
): { wanted: WantedEntry[]; findings: ProblemFinding[] } {
  const wanted: WantedEntry[] = [];
  const findings: ProblemFinding[] = [];
  entries.forEach((entry, i) => {
    const path = paths[i]!;
    if (entry.isDirectory) return;
    if (entry.isLink) {
      findings.push(skippedEntry('link-entry', path, '符号链接条目不导入'));
    } else if (entry.encrypted && options.password === null) {
      const detail = '文件已加密，请提供密码或未加密的压缩包';
      findings.push(skippedEntry('password-required', path, detail));
    } else {
      budget.admitDeclared(path, entry.size, entry.packedSize);
      wanted.push({ entry, path });
    }
  });
  return { wanted, findings };
}

function readOutput(sevenZip: SevenZipModule, path: string): Uint8Array | 'missing' | 'link' {
  const target = `${OUTPUT}/${path}`;
  const { FS } = sevenZip;
  let mode: number;
  try {
    mode = FS.lstat(target).mode;
  } catch {
    return 'missing';
  }
  if (FS.isLink(mode)) return 'link';
  if (!FS.isFile(mode)) return 'missing';
  return FS.readFile(target);
}

/**
 * Reads a 7z archive with 7-Zip compiled to WASM, extracting into its in-memory file system
 * (MEMFS), never the real disk. Runs only in the isolated worker, like RAR.
 */
export async function read7z(
  bytes: Uint8Array,
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  const lines: string[] = [];
  const sevenZip = await loadSevenZip(lines);
  sevenZip.FS.mkdir('/intake');
  sevenZip.FS.writeFile(INPUT, bytes);
  const common = ['-sccUTF-8', '-t7z', passwordArg(options)];

  const listing = runSevenZip(sevenZip, lines, ['l', '-slt', ...common, INPUT]);
  // Exit code 1 is a warning (such as data after the end of the archive): still readable.
  const listed = listing.exitCode === 0 || listing.exitCode === 1;
  if (!listed || classifySevenZipOutput(listing.lines) !== null) {
    throw refusalForRun(listing, options, null, hasEncryptedHeaders(bytes));
  }
  const entries = parseSevenZipListing(listing.lines);
  if (entries === null) {
    throw new IntakeRefusal('corrupt-archive', '7z 目录无法解析（条目名含换行等控制字符）');
  }
  const paths = admitNames(entries, budget);
  const { wanted, findings } = chooseEntries(entries, paths, options, budget);
  if (wanted.length === 0) return { files: [], findings };

  meterWrites(sevenZip, OUTPUT, budget, bytes.length);
  const extraction = runSevenZip(sevenZip, lines, ['x', '-y', `-o${OUTPUT}`, ...common, INPUT]);
  if (extraction.thrown !== null) throw refusalForRun(extraction, options, null);
  const fileErrors = perFileErrors(extraction.lines);

  const files: ExtractedFile[] = [];
  for (const { entry, path } of wanted) {
    const error = fileErrors.get(entry.path);
    if (error !== undefined) {
      const refusal = refusalForRun({ ...extraction, lines: [error] }, options, path);
      if (refusal.category !== 'wrong-password') throw refusal;
      findings.push(skippedEntry('wrong-password', path, `${refusal.detail}，该文件未导入`));
      continue;
    }
    const output = readOutput(sevenZip, path);
    if (output === 'missing') throw refusalForRun(extraction, options, path);
    if (output === 'link') {
      findings.push(skippedEntry('link-entry', path, '符号链接条目不导入'));
      continue;
    }
    if (output.length > entry.size) {
      throw new IntakeRefusal('zip-bomb', '实际解压大小超过声明大小', path);
    }
    if (output.length < entry.size) {
      throw new IntakeRefusal('corrupt-archive', '实际解压大小小于声明大小', path);
    }
    files.push({ path, bytes: output });
  }
  return { files, findings };
}
