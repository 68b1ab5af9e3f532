/**
 * What the office's 评审结果与答辩 tab shows of a result bundle it just opened (issue 11, point 3):
 * the chair's list with every cut and its reason, and the raw ranking with its ties and the rule
 * that separated them. Taken from the committee merge main recomputed and verified; the record
 * keeps only the list, so this view comes with the import's answer and lives in the screen.
 */
import type { CommitteeMerge } from '../../committee/committee-merge';

export interface ResultDetailView {
  readonly roundId: string;
  /** The bundle's SHA-256 as recorded: the screen shows the view beside this import only. */
  readonly resultDigest: string;
  readonly list: CommitteeMerge['list'];
  /** The raw ranking (the list's basis may be the normalised one; the list says which). */
  readonly ranking: CommitteeMerge['ranking']['raw'];
  /** Criterion ids, heaviest first: the tie rules' order. */
  readonly tieBreakCriteria: readonly string[];
  /** Applications nobody scored, by 申报编号. */
  readonly unscored: readonly string[];
}

/** The view of a verified merge. */
export function resultDetailView(merge: CommitteeMerge, resultDigest: string): ResultDetailView {
  return {
    roundId: merge.roundId,
    resultDigest,
    list: merge.list,
    ranking: merge.ranking.raw,
    tieBreakCriteria: merge.ranking.tieBreakCriteria,
    unscored: merge.ranking.unscored,
  };
}
