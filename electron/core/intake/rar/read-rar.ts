import { createExtractorFromData } from 'node-unrar-js';
import type { Extractor, FileHeader } from 'node-unrar-js';
import { skippedEntry } from '../archive-readout';
import type { ArchiveReadout, ExtractedFile, ReadOptions } from '../archive-readout';
import { safeEntryPath } from '../entry-path';
import { IntakeRefusal } from '../intake-problem';
import type { ProblemFinding } from '../intake-problem';
import type { OutputBudget, OutputMeter } from '../output-budget';
import { categoryForUnrarReason, refusalForRarError, unrarReason } from './rar-errors';
import type { RarFailureContext } from './rar-errors';
import { readRar4Headers } from './rar4-headers';
import { readRarVolumeHeader } from '../volumes/rar-volume-header';
import { readAtBytes } from '../zip/zip-span';

/** One RAR entry with its recovered name and what the listing says about it. */
interface RarEntry {
  readonly index: number;
  readonly header: FileHeader;
  readonly path: string;
  readonly isDirectory: boolean;
  readonly isLink: boolean;
}

/** The protected hooks of node-unrar-js's in-memory extractor, where real output can be counted. */
interface ExtractorHooks {
  create(filename: string): number;
  write(fd: number, buffer: number, size: number): boolean;
  dataFiles?: Record<string, unknown>;
}

async function openExtractor(
  data: ArrayBuffer,
  password: string | null,
): Promise<Extractor<Uint8Array>> {
  return createExtractorFromData(password === null ? { data } : { data, password });
}

/**
 * One volume of a RAR set, read alone (a nested part whose set is not all there, or a caller
 * that skipped planIntake): node-unrar-js reads no volume sets and would call it unreadable.
 */
function loneVolume(): IntakeRefusal {
  return new IntakeRefusal(
    'multi-volume',
    '这是分卷压缩包的一部分，须与其余各卷一起导入',
    null,
    'part of a multi-volume archive: import it together with its other volumes',
  );
}

/** Lists the archive; names come from our RAR4 parser where the decoder would garble them. */
async function listRar(
  bytes: Uint8Array,
  data: ArrayBuffer,
  options: ReadOptions,
): Promise<{ entries: RarEntry[]; context: RarFailureContext }> {
  const rar4 = readRar4Headers(bytes);
  const passwordSupplied = options.password !== null;
  let headers: FileHeader[];
  let context: RarFailureContext = {
    passwordSupplied,
    headerEncrypted: rar4?.headerEncrypted ?? false,
  };
  try {
    const list = (await openExtractor(data, options.password)).getFileList();
    context = {
      passwordSupplied,
      headerEncrypted: list.arcHeader.flags.headerEncrypted || context.headerEncrypted,
    };
    if (list.arcHeader.flags.volume || rar4?.volume === true) {
      // Drain the generator so the decoder frees the archive before we refuse.
      for (const _header of list.fileHeaders) void _header;
      throw loneVolume();
    }
    headers = [...list.fileHeaders];
  } catch (error) {
    throw refusalForRarError(error, null, { ...context, entryEncrypted: false });
  }
  const legacy = rar4 !== null && rar4.files.length === headers.length ? rar4.files : null;
  const entries = headers.map((header, index) => {
    const recovered = legacy?.[index];
    const usable = recovered !== undefined && recovered.isDirectory === header.flags.directory;
    const name = usable && recovered.legacyName !== null ? recovered.legacyName : header.name;
    // RAR5 stores links as headers without data; an empty file has no data either, but no size.
    const sizeHint =
      !header.flags.directory && header.packSize === 0 && header.crc === 0 && header.unpSize > 0;
    return {
      index,
      header,
      path: safeEntryPath(name),
      isDirectory: header.flags.directory,
      isLink: sizeHint || (usable && recovered.isLink),
    };
  });
  return { entries, context };
}

function admitEntries(entries: readonly RarEntry[], budget: OutputBudget): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    budget.admitEntry(entry.path);
    // Unnamed entries are each given their own name later (material-names.ts).
    if (entry.isDirectory || entry.path === '') continue;
    if (seen.has(entry.path)) {
      throw new IntakeRefusal('corrupt-archive', '压缩包中有重名条目', entry.path);
    }
    seen.add(entry.path);
  }
}

/**
 * Reads a RAR 4 or 5 archive into memory with node-unrar-js. Runs only in the isolated worker:
 * the WASM glue installs process-wide exception handlers, and a limit breach is thrown through
 * the decoder, which leaves it unusable (the worker exits afterwards).
 */
export async function readRar(
  bytes: Uint8Array,
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  const data = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  const volume = await readRarVolumeHeader(readAtBytes(bytes), bytes.length);
  if (volume?.isVolume === true) throw loneVolume();
  const { entries, context } = await listRar(bytes, data, options);
  // Every name is checked (by safeEntryPath above) before any counting or decoding.
  admitEntries(entries, budget);

  const files: ExtractedFile[] = [];
  const findings: ProblemFinding[] = [];
  const pending = new Set<number>();
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    if (entry.isLink) {
      findings.push(skippedEntry('link-entry', entry.path, '链接条目（符号链接或硬链接）不导入'));
    } else if (entry.header.flags.encrypted && options.password === null) {
      findings.push(
        skippedEntry('password-required', entry.path, '文件已加密，请提供密码或未加密的压缩包'),
      );
    } else {
      budget.admitDeclared(entry.path, entry.header.unpSize, entry.header.packSize);
      pending.add(entry.index);
    }
  }

  // A fresh extractor after each entry-level failure: the decoder closes the archive on errors.
  while (pending.size > 0) {
    const outcome = await extractPending(data, entries, pending, options, budget, context);
    files.push(...outcome.files);
    findings.push(...outcome.findings);
  }
  return { files, findings };
}

async function extractPending(
  data: ArrayBuffer,
  entries: readonly RarEntry[],
  pending: Set<number>,
  options: ReadOptions,
  budget: OutputBudget,
  context: RarFailureContext,
): Promise<{ files: ExtractedFile[]; findings: ProblemFinding[] }> {
  const files: ExtractedFile[] = [];
  const findings: ProblemFinding[] = [];
  let extractor: Extractor<Uint8Array>;
  try {
    extractor = await openExtractor(data, options.password);
  } catch (error) {
    throw refusalForRarError(error, null, { ...context, entryEncrypted: false });
  }
  const hooks = extractor as unknown as ExtractorHooks;
  let current: RarEntry | null = null;
  let createdFor: RarEntry | null = null;
  let meter: OutputMeter | null = null;
  const create = hooks.create.bind(extractor);
  const write = hooks.write.bind(extractor);
  hooks.create = (filename) => {
    createdFor = current;
    meter = current === null ? null : budget.meter(current.path, current.header.packSize);
    return create(filename);
  };
  hooks.write = (fd, buffer, size) => {
    // Thrown through the WASM decoder: it stops at once, and the worker is discarded after.
    meter?.add(size);
    return write(fd, buffer, size);
  };

  let position = 0;
  let examined: RarEntry | null = null;
  const extraction = extractor.extract({
    files: () => {
      examined = entries[position++] ?? null;
      const wanted = examined !== null && pending.has(examined.index);
      if (wanted) current = examined;
      return wanted;
    },
    ...(options.password === null ? {} : { password: options.password }),
  });
  try {
    for (const file of extraction.files) {
      const entry = current as RarEntry | null;
      if (entry === null) continue;
      pending.delete(entry.index);
      const bytes = file.extraction ?? new Uint8Array(0);
      checkSize(entry, bytes);
      files.push({ path: entry.path, bytes });
      // The decoder keeps its own copy of every output; drop it so memory holds one.
      delete hooks.dataFiles?.[`*Extracted*/${file.fileHeader.name}`];
    }
  } catch (error) {
    const entry = examined as RarEntry | null;
    const entryContext = { ...context, entryEncrypted: entry?.header.flags.encrypted ?? false };
    if (error instanceof IntakeRefusal || entry === null || !pending.has(entry.index)) {
      throw refusalForRarError(error, entry?.path ?? null, entryContext);
    }
    pending.delete(entry.index);
    const finding = entryFinding(error, entry, createdFor === entry, entryContext);
    if (finding === null) throw refusalForRarError(error, entry.path, entryContext);
    findings.push(finding);
    return { files, findings };
  }
  if (pending.size > 0) {
    // The decoder reached the end without the entries it listed: the archive contradicts itself.
    throw new IntakeRefusal('corrupt-archive', '解压结果与目录不符');
  }
  return { files, findings };
}

function checkSize(entry: RarEntry, bytes: Uint8Array): void {
  if (bytes.length > entry.header.unpSize) {
    throw new IntakeRefusal('zip-bomb', '实际解压大小超过声明大小', entry.path);
  }
  if (bytes.length < entry.header.unpSize) {
    throw new IntakeRefusal('corrupt-archive', '实际解压大小小于声明大小', entry.path);
  }
}

/** An entry-level outcome for a decoder failure on one entry, or null when it dooms the archive. */
function entryFinding(
  error: unknown,
  entry: RarEntry,
  outputCreated: boolean,
  context: RarFailureContext & { readonly entryEncrypted: boolean },
): ProblemFinding | null {
  // node-unrar-js creates no output for a link, then fails to read it back (a TypeError).
  if (error instanceof TypeError && !outputCreated) {
    return skippedEntry('link-entry', entry.path, '链接条目（符号链接或硬链接）不导入');
  }
  const reason = unrarReason(error);
  const mapped = reason === null ? null : categoryForUnrarReason(reason, context);
  if (mapped === null) return null;
  const [category, detail, detailEn] = mapped;
  if (
    category !== 'password-required' &&
    category !== 'wrong-password' &&
    category !== 'link-entry'
  ) {
    return null;
  }
  return skippedEntry(
    category,
    entry.path,
    `${detail}，该文件未导入 (${reason})`,
    `${detailEn}; this file is not taken`,
  );
}
