import type { MaterialKind } from '../../../shared/domain/material';
import type { IntakeProblem } from './intake-problem';
import type { ParsingIsolation } from './isolated/parsing-isolation';
import type { IntakeLimits } from './limits';

/** One file of an application, held in memory only (SECURITY 18). */
export interface IntakeMaterial {
  /** '/'-separated path inside the archive or folder, names decoded; 'inner.zip/a.pdf' when nested. */
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly size: number;
  /** Lower-case hex; the caller skips materials it already holds. */
  readonly sha256: string;
  readonly kind: MaterialKind;
  readonly mediaType: string;
}

export type IntakeSourceKind = 'zip' | 'rar' | '7z' | 'folder' | 'file';

/** What intake made of one archive or folder. */
export interface IntakeResult {
  /** The archive's file name or the folder's name, as received. */
  readonly sourceName: string;
  readonly sourceKind: IntakeSourceKind;
  /** 申报编号 from the name, or null with a 'bad-name' problem. */
  readonly applicationNo: string | null;
  /** 申报单位全称 from the name, or null with a 'bad-name' problem. */
  readonly applicantName: string | null;
  /** Stable across re-imports: from 申报编号, else from the materials' hashes; null if neither. */
  readonly applicationKey: string | null;
  /** True when nothing was imported: `materials` is empty and a problem says why ('refused'). */
  readonly refused: boolean;
  readonly materials: readonly IntakeMaterial[];
  readonly problems: readonly IntakeProblem[];
}

export interface IntakeOptions {
  /** Tried on encrypted archives and entries; empty means none. */
  readonly password?: string | null;
  /** Overrides of `defaultIntakeLimits`. */
  readonly limits?: Partial<IntakeLimits>;
  /**
   * How archives are parsed out of this process; without it, the safe default
   * (parsingIsolation(): every archive, ZIP included, in the isolated worker).
   */
  readonly isolation?: ParsingIsolation;
}
