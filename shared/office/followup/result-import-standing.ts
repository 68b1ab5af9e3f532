/**
 * Where a verified result bundle of a round stands against the imports on record (issue 11,
 * points 3 and 6). A result bundle's sequence is its signer's own counter for the round
 * (docs/result-bundle-format.md), so "older" is judged per signer: the chair's second bundle
 * supersedes the chair's first, and the chair's first offered after it is refused
 * (result-bundle-older), as is another file under a sequence that signer already used
 * (result-bundle-sequence-reused). The very bundle already imported (the same SHA-256) is not
 * recorded again: the caller says so and records nothing. Acts recorded before the sequence was
 * kept carry none and are not compared.
 */
import { AppError } from '../../errors';
import type { FollowUpAct } from './followup-acts';
import type { FollowUpState } from './followup-state';

type ResultAct = Extract<FollowUpAct, { kind: 'result-imported' }>;

/** What the import states of the bundle: the fields of its act that decide its standing. */
export type ResultImportFacts = Pick<ResultAct, 'roundId' | 'resultDigest' | 'signer' | 'sequence'>;

export type ResultImportStanding =
  | { readonly kind: 'new' }
  /** The same file is on record for the round already: nothing new to record. */
  | { readonly kind: 'already-imported'; readonly act: ResultAct };

/** New, or already imported; throws result-bundle-older or result-bundle-sequence-reused. */
export function resultImportStanding(
  state: FollowUpState,
  facts: ResultImportFacts,
): ResultImportStanding {
  const ofRound = state.acts.filter(
    (a): a is ResultAct => a.kind === 'result-imported' && a.roundId === facts.roundId,
  );
  const same = ofRound.find((a) => a.resultDigest === facts.resultDigest);
  if (facts.sequence !== undefined) {
    const bySigner = ofRound.filter(
      (a) => a.signer.fingerprint === facts.signer.fingerprint && a.sequence !== undefined,
    );
    const highest = Math.max(0, ...bySigner.map((a) => a.sequence!));
    if (facts.sequence < highest) {
      throw new AppError('result-bundle-older', {
        roundId: facts.roundId,
        found: facts.sequence,
        imported: highest,
      });
    }
    if (facts.sequence === highest && same === undefined) {
      throw new AppError('result-bundle-sequence-reused', {
        roundId: facts.roundId,
        sequence: facts.sequence,
      });
    }
  }
  return same === undefined ? { kind: 'new' } : { kind: 'already-imported', act: same };
}

/** Every result bundle the record names: their bytes are kept in the workspace, sealed. */
export function importedResultDigests(state: FollowUpState): string[] {
  return [
    ...new Set(state.acts.flatMap((a) => (a.kind === 'result-imported' ? [a.resultDigest] : []))),
  ];
}
