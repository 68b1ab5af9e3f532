import { sha256Hex } from '../crypto/sha256-hex';

/**
 * A stable key for re-imports of one application: its 申报编号 (assigned uniquely by the online
 * system), width-normalised and upper-cased so "Ａ2024-001" and "a2024-001" meet.
 */
export function applicationKeyFor(applicationNo: string): string {
  return `no:${applicationNo.normalize('NFKC').trim().toUpperCase()}`;
}

/** Without a usable name, the set of material hashes: the same files give the same key. */
export function contentKeyFor(sha256s: readonly string[]): string {
  return `content:${sha256Hex([...sha256s].sort().join('\n'))}`;
}
