/**
 * The secrecy check the tests share (SECURITY.md item 28): which files a flow wrote, and whether
 * any of them holds a confidential text in plaintext. A text counts as found raw (UTF-8, UTF-16LE
 * or GBK), base64-encoded at any alignment, in a file's name, or anywhere inside a ZIP member,
 * gzip stream or base64-encoded container the file holds, however deeply nested. A file or a
 * container it recognises but cannot read (unknown method, too deep, too large) makes it throw:
 * a scan never passes by skipping. A damaged stream is read as far as it inflates.
 */
import { lstat, readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumStorageContainers } from './chromium-storage';
import { containersIn, inflateAsFarAsItGoes, ScanLimitError } from './embedded-containers';
import { needlesFor } from './marker-needles';
import type { Needle, NeedleForm, TextEncoding } from './marker-needles';
import { needleSearch } from './needle-search';

export interface PlaintextFinding {
  readonly file: string;
  readonly text: string;
  readonly encoding: TextEncoding | 'file name';
  readonly form: NeedleForm | 'file name';
  /** The containers the text sat in, outermost first; empty when it was in the file's bytes. */
  readonly inside: readonly string[];
}

/** Where a scan stops and throws rather than skip: so it stays a test and not a zip bomb. */
export interface ScanLimits {
  /** Containers nested deeper than this (a zip in a zip in a zip…). */
  readonly depth: number;
  /** Bytes of one file on disk. */
  readonly fileBytes: number;
  /** Bytes inflated from one file, all its containers together. */
  readonly inflatedBytesPerFile: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = {
  depth: 6,
  fileBytes: 512 * 1024 * 1024,
  inflatedBytesPerFile: 1024 * 1024 * 1024,
};

/** Every regular file under `dir`, recursively, symlinks included; none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => join(e.parentPath, e.name));
}

interface FileScan {
  readonly file: string;
  readonly needlesIn: (bytes: Buffer) => Needle[];
  readonly findings: PlaintextFinding[];
  readonly limits: ScanLimits;
  inflatedBytes: number;
}

async function scanBytes(
  bytes: Buffer,
  inside: readonly string[],
  depth: number,
  scan: FileScan,
): Promise<void> {
  for (const { text, encoding, form } of scan.needlesIn(bytes)) {
    scan.findings.push({ file: scan.file, text, encoding, form, inside });
  }
  const decodable = scan.limits.inflatedBytesPerFile - scan.inflatedBytes;
  const containers = [...containersIn(bytes), ...chromiumStorageContainers(bytes, decodable)];
  for (const container of containers) {
    const path = [...inside, container.where];
    let inner: { bytes: Buffer; clean: boolean };
    if ('decoded' in container) {
      inner = { bytes: container.decoded, clean: true };
    } else {
      const room = scan.limits.inflatedBytesPerFile - scan.inflatedBytes;
      inner = await inflateAsFarAsItGoes(container.deflated, room, path.join(' > '));
      scan.inflatedBytes += inner.bytes.length;
    }
    if (inner.bytes.length === 0) continue;
    if (depth >= scan.limits.depth) {
      // A signature met by chance inflates to noise with an error; a real container does not.
      if (inner.clean) throw new ScanLimitError(`${path.join(' > ')}: nested too deeply to check`);
      continue;
    }
    await scanBytes(inner.bytes, path, depth + 1, scan);
  }
}

/** What a file holds: its bytes, or for a symlink its target's bytes or its dangling target. */
async function contentOf(file: string, limits: ScanLimits): Promise<Buffer> {
  // A file gone between the listing and the read (Chromium writes its profile by temp file and
  // rename while the session runs) holds nothing on disk any more; where it went is scanned
  // under its new name by the scan that runs after the session.
  const link = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (link === null) return Buffer.alloc(0);
  const target = link.isSymbolicLink() ? await stat(file).catch(() => null) : link;
  if (target === null) return Buffer.from(await readlink(file), 'utf8');
  if (!target.isFile()) return Buffer.alloc(0);
  if (target.size > limits.fileBytes) {
    throw new ScanLimitError(`${file}: ${target.size} bytes, too large to check`);
  }
  return readFile(file);
}

/** Every place one of `texts` occurs in plaintext in `files` (see the module comment). */
export async function plaintextFound(
  files: readonly string[],
  texts: readonly string[],
  limits: ScanLimits = DEFAULT_SCAN_LIMITS,
): Promise<PlaintextFinding[]> {
  const needlesIn = needleSearch(texts.flatMap(needlesFor));
  const findings: PlaintextFinding[] = [];
  for (const file of files) {
    for (const text of texts) {
      if (file.includes(text)) {
        findings.push({ file, text, encoding: 'file name', form: 'file name', inside: [] });
      }
    }
    const scan: FileScan = { file, needlesIn, findings, limits, inflatedBytes: 0 };
    try {
      await scanBytes(await contentOf(file, limits), [], 0, scan);
    } catch (error) {
      if (error instanceof ScanLimitError) {
        throw new ScanLimitError(`plaintext scan of ${file}: ${error.message}`);
      }
      throw error;
    }
  }
  return findings;
}

/**
 * Every file under each of `folders`, scanned as `plaintextFound` does. Each folder must exist:
 * a misspelt or never-created folder would otherwise pass as clean.
 */
export async function plaintextFoundUnder(
  folders: readonly string[],
  texts: readonly string[],
): Promise<PlaintextFinding[]> {
  const files: string[] = [];
  for (const folder of folders) {
    if (!(await stat(folder).catch(() => null))?.isDirectory()) {
      throw new Error(`plaintext scan: ${folder} is not a folder`);
    }
    files.push(...(await filesUnder(folder)));
  }
  return plaintextFound(files, texts);
}
