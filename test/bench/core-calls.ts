/**
 * Every timed call into the app's core, one small function each, so that a change of the case
 * format or of sealing's options is adapted here and nowhere else in the bench.
 */
import { openCasePackage, writeCasePackage } from '../../electron/core/case';
import type { MaterialSource } from '../../electron/core/case';
import { DEFAULT_CHUNK_SIZE_LOG2 } from '../../electron/core/case/case-format';
import type { Identity } from '../../electron/core/identity';
import { intakePath, parsingIsolation } from '../../electron/core/intake';
import { sealRound } from '../../electron/core/office/office-seal';
import type { OfficeSession } from '../../electron/core/office/office-session';

/** "1 MiB": the chunk size our packages are written with, for the rows' words. */
export const OUR_CHUNK = `${2 ** (DEFAULT_CHUNK_SIZE_LOG2 - 20)} MiB`;

/** One material sealed into a package for one expert: the app's own write path, fsync included. */
export async function encryptMaterial(options: {
  readonly path: string;
  readonly office: Identity;
  readonly recipient: string;
  readonly entryId: string;
  readonly source: MaterialSource;
}): Promise<number> {
  const written = await writeCasePackage({
    path: options.path,
    office: options.office,
    recipients: [options.recipient],
    manifest: { bench: true },
    materials: [{ id: options.entryId, source: options.source }],
  });
  return written.size;
}

/** Several materials into one package, from a stream of them (the 2 GB case). */
export async function writeCaseOf(options: {
  readonly path: string;
  readonly office: Identity;
  readonly recipient: string;
  readonly materials: AsyncIterable<{ readonly id: string; readonly source: MaterialSource }>;
}): Promise<number> {
  const written = await writeCasePackage({
    path: options.path,
    office: options.office,
    recipients: [options.recipient],
    manifest: { bench: 'case' },
    materials: options.materials,
  });
  return written.size;
}

export interface Reader {
  readonly path: string;
  readonly officeFingerprint: string;
  /** The expert's age identity ("AGE-SECRET-KEY-1…"). */
  readonly identity: string;
}

/** Opens the package and streams one material through, as a viewer would; returns its bytes. */
export async function decryptMaterial(reader: Reader, entryId: string): Promise<number> {
  const opened = await openCasePackage(reader.path, {
    officeFingerprint: reader.officeFingerprint,
    identity: reader.identity,
  });
  try {
    let bytes = 0;
    for await (const chunk of opened.readEntryStream(entryId) as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
    }
    return bytes;
  } finally {
    await opened.close();
  }
}

/** Opens the package and reads one material whole. */
export async function openAndReadOne(reader: Reader, entryId: string): Promise<number> {
  const opened = await openCasePackage(reader.path, {
    officeFingerprint: reader.officeFingerprint,
    identity: reader.identity,
  });
  try {
    return (await opened.readEntry(entryId)).length;
  } finally {
    await opened.close();
  }
}

/** One application archive taken in (nothing stored); returns how many materials it gave. */
export async function intakeOne(path: string): Promise<number> {
  // As the command line reads a ZIP: in its own process (the app's isolated path starts a worker
  // per archive; from source under tsx that start-up is most of the time, so it is not this row).
  const result = await intakePath(path, { isolation: parsingIsolation({ zipInProcess: true }) });
  if (result.refused || result.problems.length > 0) {
    throw new Error(
      `测试压缩包未能完整导入 / a bench archive was not taken in whole: ${result.problems
        .map((p) => p.category)
        .join(', ')}`,
    );
  }
  return result.materials.length;
}

/**
 * Seals the round's packages (one per seated expert) into `outDir`, as the office's "封装"
 * does; returns how many packages and their total size. No passphrase: each package is wrapped
 * for its expert's age recipient only, as the peer's files are. To measure sealing with
 * `withPassphrases`, pass scryptLogN 10 too (MIN_SCRYPT_LOG_N) and say so in the seal_round row,
 * so that key stretching (about 0.5 s per package at age's default) does not hide the bulk work.
 */
export async function sealPackages(
  session: OfficeSession,
  office: Identity,
  roundId: string,
  outDir: string,
): Promise<{ packages: number; bytes: number }> {
  const report = await sealRound(session, { office, roundId, outDir });
  return {
    packages: report.packages.length,
    bytes: report.packages.reduce((sum, p) => sum + p.size, 0),
  };
}
