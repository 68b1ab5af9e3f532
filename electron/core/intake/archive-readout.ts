import type { DocumentInspection } from './documents/inspect-document';
import type { ProblemFinding } from './intake-problem';

/** One file an archive or folder yielded, under its checked path. */
export interface ExtractedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  /**
   * The document check, when the isolated worker already made it: a host that isolates every
   * archive then parses nothing of the content itself (SECURITY.md item 7).
   */
  readonly inspection?: DocumentInspection;
}

/**
 * What a reader got out of one archive or folder: the files it could read and the entries it
 * skipped, each with its reason. A reader throws `IntakeRefusal` instead when nothing can be kept.
 */
export interface ArchiveReadout {
  readonly files: ExtractedFile[];
  readonly findings: ProblemFinding[];
}

/** What every reader needs besides the bytes. */
export interface ReadOptions {
  /** Tried on every encrypted entry (and on encrypted headers). */
  readonly password: string | null;
}

/** An entry-level finding: that entry is left out, the rest of the archive kept. */
export function skippedEntry(
  category: ProblemFinding['category'],
  entryPath: string,
  detail: string,
  detailEn?: string,
): ProblemFinding {
  return detailEn === undefined
    ? { category, effect: 'skipped', entryPath, detail }
    : { category, effect: 'skipped', entryPath, detail, detailEn };
}
