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
    // Unnamed entries are each given their own name later (material-names.ts).
    if (entry.isDirectory || path === '') return;
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

/** What 7-Zip is given: one archive, or every volume of a set (named as 7-Zip expects). */
interface SevenZipInput {
  /** -t: '7z', 'Rar' (RAR 4) or 'Rar5'. */
  readonly type: '7z' | 'Rar' | 'Rar5';
  /** Files written into its memory file system under /intake; the first is opened. */
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** The archive's names are encrypted (seen in its headers): a failure is the password's. */
  readonly headersEncrypted: boolean;
}

const INPUT_DIR = '/intake';

/**
 * Reads an archive with 7-Zip compiled to WASM, extracting into its in-memory file system
 * (MEMFS), never the real disk. Runs only in the isolated worker, like RAR.
 */
async function readWithSevenZip(
  input: SevenZipInput,
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  const lines: string[] = [];
  const sevenZip = await loadSevenZip(lines);
  sevenZip.FS.mkdir(INPUT_DIR);
  for (const file of input.files) sevenZip.FS.writeFile(`${INPUT_DIR}/${file.name}`, file.bytes);
  const archive = `${INPUT_DIR}/${input.files[0]!.name}`;
  const archiveBytes = input.files.reduce((sum, file) => sum + file.bytes.length, 0);
  const common = ['-sccUTF-8', `-t${input.type}`, passwordArg(options)];

  const listing = runSevenZip(sevenZip, lines, ['l', '-slt', ...common, archive]);
  // Exit code 1 is a warning (such as data after the end of the archive): still readable.
  const listed = listing.exitCode === 0 || listing.exitCode === 1;
  if (!listed || classifySevenZipOutput(listing.lines) !== null) {
    throw refusalForRun(listing, options, null, input.headersEncrypted);
  }
  const entries = parseSevenZipListing(listing.lines);
  if (entries === null) {
    throw new IntakeRefusal(
      'corrupt-archive',
      '压缩包目录无法解析（条目名含换行等控制字符）',
      null,
      "the archive's list of entries cannot be read (a name holds a line break or the like)",
    );
  }
  const paths = admitNames(entries, budget);
  const { wanted, findings } = chooseEntries(entries, paths, options, budget);
  if (wanted.length === 0) return { files: [], findings };

  meterWrites(sevenZip, OUTPUT, budget, archiveBytes);
  const extraction = runSevenZip(sevenZip, lines, ['x', '-y', `-o${OUTPUT}`, ...common, archive]);
  if (extraction.thrown !== null) throw refusalForRun(extraction, options, null);
  const fileErrors = perFileErrors(extraction.lines);

  const files: ExtractedFile[] = [];
  for (const { entry, path } of wanted) {
    const error = fileErrors.get(entry.path);
    if (error !== undefined) {
      const refusal = refusalForRun({ ...extraction, lines: [error] }, options, path);
      if (refusal.category !== 'wrong-password') throw refusal;
      findings.push(
        skippedEntry(
          'wrong-password',
          path,
          `${refusal.detail}，该文件未导入`,
          `${refusal.detailEn ?? 'wrong password'}; this file is not taken`,
        ),
      );
      continue;
    }
    // 7-Zip writes the name it listed; a Windows separator may have become a folder or not.
    let output = readOutput(sevenZip, path);
    if (output === 'missing' && entry.path !== path) output = readOutput(sevenZip, entry.path);
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

/** Reads a 7z archive (7-Zip, forced to -t7z). */
export function read7z(
  bytes: Uint8Array,
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  return readWithSevenZip(
    {
      type: '7z',
      files: [{ name: 'archive.7z', bytes }],
      headersEncrypted: hasEncryptedHeaders(bytes),
    },
    options,
    budget,
  );
}

/**
 * Reads a complete RAR volume set, first to last: node-unrar-js reads no volume sets, 7-Zip
 * does when every part sits beside the first under the names it expects ("v.part1.rar"… or
 * "v.rar", "v.r00"…, as the archive's own naming flag says).
 */
export function readRarVolumes(
  format: 'rar4' | 'rar5',
  scheme: 'part' | 'old',
  volumes: readonly Uint8Array[],
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  const width = String(volumes.length).length;
  const files = volumes.map((bytes, i) => ({
    name:
      scheme === 'part'
        ? `v.part${String(i + 1).padStart(width, '0')}.rar`
        : i === 0
          ? 'v.rar'
          : `v.${String.fromCharCode(114 + Math.floor((i - 1) / 100))}${String((i - 1) % 100).padStart(2, '0')}`,
    bytes,
  }));
  return readWithSevenZip(
    { type: format === 'rar5' ? 'Rar5' : 'Rar', files, headersEncrypted: false },
    options,
    budget,
  );
}
