import { applicationNoKey } from '../../../shared/office/office-id';
import type { RegisterRow } from './register-rows';

/** An archive as named "申报编号+申报单位全称" (see parseArchiveName). */
export interface ArchiveIdentity {
  readonly applicationNo: string;
  readonly applicantName: string;
}

/** A register row and an archive with the same 申报编号. */
export interface RegisterArchivePair<A extends ArchiveIdentity> {
  readonly applicationNo: string;
  readonly row: RegisterRow;
  readonly archive: A;
}

/** 登记表与材料包核对结果. */
export interface RegisterArchiveMatch<A extends ArchiveIdentity> {
  /** Same number, same unit name. */
  readonly matched: readonly RegisterArchivePair<A>[];
  /** Same number, different unit name: one of them is mistyped. */
  readonly nameMismatches: readonly RegisterArchivePair<A>[];
  /** Registered, no archive received. */
  readonly registerOnly: readonly RegisterRow[];
  /** Archive received, not registered. */
  readonly archiveOnly: readonly A[];
}

/**
 * Pairs register rows with received archives by 申报编号 (NFKC, trimmed); names are compared
 * after NFKC with all whitespace removed. Every archive appears once: a resent archive is paired
 * again with the same row. Rows without a number cannot be paired and are left out.
 */
export function matchRegisterToArchives<A extends ArchiveIdentity>(
  rows: readonly RegisterRow[],
  archives: readonly A[],
): RegisterArchiveMatch<A> {
  const rowOf = new Map<string, RegisterRow>();
  for (const row of rows) {
    const number = row.application.applicationNo;
    // With a duplicated number in the register, the first row stands (the others carry a problem).
    if (number !== undefined && !rowOf.has(applicationNoKey(number)))
      rowOf.set(applicationNoKey(number), row);
  }
  const matched: RegisterArchivePair<A>[] = [];
  const nameMismatches: RegisterArchivePair<A>[] = [];
  const archiveOnly: A[] = [];
  const paired = new Set<string>();
  for (const archive of archives) {
    const applicationNo = applicationNoKey(archive.applicationNo);
    const row = rowOf.get(applicationNo);
    if (row === undefined) {
      archiveOnly.push(archive);
      continue;
    }
    paired.add(applicationNo);
    const same =
      comparableName(row.application.applicantName ?? '') === comparableName(archive.applicantName);
    (same ? matched : nameMismatches).push({ applicationNo, row, archive });
  }
  const registerOnly = [...rowOf].filter(([number]) => !paired.has(number)).map(([, row]) => row);
  return { matched, nameMismatches, registerOnly, archiveOnly };
}

function comparableName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
