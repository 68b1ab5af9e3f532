/**
 * Every review bundle received, per author, case and round (docs/bundle-format.md, "History"):
 * a resubmission has a higher sequence and becomes the current one; earlier ones stay. Two
 * different bundles with one sequence are `bundle-equivocation` wherever they meet (the author
 * signed both: proof of a fault, never settled by arrival order); an unseen sequence below the
 * highest is `bundle-stale-sequence` (a replay or rollback). Ordered by sequence, never a clock.
 */
import { AppError } from '../../../shared/errors';
import type { VerifiedBundle } from './verify-review-bundle';

export interface HistoryEntry {
  readonly caseId: string;
  readonly roundId: string;
  readonly author: string;
  readonly sequence: number;
  /** SHA-256 (hex) of the bundle file. */
  readonly digest: string;
}

export type AdmitOutcome =
  /** New; `supersedes` is the sequence it replaces as current, if any. */
  | { readonly kind: 'added'; readonly supersedes: number | null }
  /** This very bundle was already in the history. */
  | { readonly kind: 'already-present' };

function slotKey(entry: Pick<HistoryEntry, 'caseId' | 'roundId' | 'author'>): string {
  return `${entry.caseId}\n${entry.roundId}\n${entry.author}`;
}

export function historyEntryOf(verified: VerifiedBundle): HistoryEntry {
  const { header } = verified;
  return {
    caseId: header.caseId,
    roundId: header.roundId,
    author: header.author.fingerprint,
    sequence: header.sequence,
    digest: verified.digest,
  };
}

export class ReviewBundleHistory {
  readonly #slots = new Map<string, HistoryEntry[]>();

  /** What admitting `entry` would do, without changing anything; throws as `admit` does. */
  check(entry: HistoryEntry): AdmitOutcome {
    const known = this.#slots.get(slotKey(entry)) ?? [];
    const same = known.find((e) => e.sequence === entry.sequence);
    if (same !== undefined) {
      if (same.digest === entry.digest) return { kind: 'already-present' };
      throw new AppError('bundle-equivocation', { sequence: entry.sequence });
    }
    const highest = known.at(-1);
    if (highest !== undefined && highest.sequence > entry.sequence) {
      throw new AppError('bundle-stale-sequence', {
        found: entry.sequence,
        highest: highest.sequence,
      });
    }
    return { kind: 'added', supersedes: highest?.sequence ?? null };
  }

  /** Adds the bundle, or throws `bundle-equivocation` or `bundle-stale-sequence`. */
  admit(entry: HistoryEntry): AdmitOutcome {
    const outcome = this.check(entry);
    if (outcome.kind === 'added') {
      const key = slotKey(entry);
      const known = this.#slots.get(key) ?? [];
      this.#slots.set(key, [...known, entry]);
    }
    return outcome;
  }

  /** The author's bundles in the case and round, oldest first. */
  bundlesOf(caseId: string, roundId: string, author: string): readonly HistoryEntry[] {
    return this.#slots.get(slotKey({ caseId, roundId, author })) ?? [];
  }

  /** The author's current bundle: the highest sequence. */
  current(caseId: string, roundId: string, author: string): HistoryEntry | undefined {
    return this.bundlesOf(caseId, roundId, author).at(-1);
  }

  /** Every entry, slot by slot, oldest first. */
  entries(): readonly HistoryEntry[] {
    return [...this.#slots.values()].flat();
  }
}
