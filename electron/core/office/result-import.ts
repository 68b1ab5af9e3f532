/**
 * The chair's result bundle taken in by the office (issue 11, point 3): verified down to every
 * member's signature against the office's own roster (who holds which seat, from its record),
 * the round the office names (another round's bundle is a replay), the case and the rubric;
 * opened with the office's identity, whose merge is recomputed and compared; then checked to
 * cover exactly the round's applications as the office holds them (a chair merging without one
 * would otherwise go unnoticed). Recorded as a follow-up act with its SHA-256, signer and list.
 *
 * And the committee's signed re-review of an objection, taken in against the result it names.
 */
import { createHash } from 'node:crypto';
import { openReReviewAct, openResultBundle, verifyResultBundle } from '../committee';
import type { RosterSeatFact } from '../committee';
import type { CommitteeMerge } from '../../../shared/committee/committee-merge';
import { AppError } from '../../../shared/errors';
import type { FollowUpRequest } from '../../../shared/office/followup/followup-rules';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { beijingDateOf } from '../../../shared/office/followup/iso-date';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { jsonDigest } from '../crypto/json-digest';
import type { Identity } from '../identity/identity';

/** Every registered expert with a card, and the seats the office's record gives them. */
export function rosterOf(c: OfficeRecord): RosterSeatFact[] {
  return c.experts
    .filter((e) => e.keyFingerprint !== undefined)
    .map((e) => ({
      fingerprint: e.keyFingerprint!,
      seats: [
        ...(c.committee.chairId === e.id ? [{ role: 'chair' }] : []),
        ...(c.committee.viceChairId === e.id ? [{ role: 'vice-chair' }] : []),
        ...c.groups.flatMap((g) => [
          ...(g.leaderId === e.id ? [{ role: 'leader', groupId: g.id }] : []),
          ...(g.memberIds.includes(e.id) ? [{ role: 'member', groupId: g.id }] : []),
        ]),
      ],
    }));
}

export interface ImportedResult {
  readonly request: Extract<FollowUpRequest, { kind: 'result-imported' }>;
  readonly merge: CommitteeMerge;
}

/** Verifies and opens a result bundle of `roundId`; the act to record, or a coded refusal. */
export async function importedResult(
  c: OfficeRecord,
  bytes: Uint8Array,
  roundId: string,
  office: Identity,
  workspaceId: string,
): Promise<ImportedResult> {
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  const verified = verifyResultBundle(bytes, {
    officeFingerprint: office.card.fingerprint,
    caseId: workspaceId,
    roundId,
    rubricDigest: jsonDigest(round.round.rubric),
    roster: rosterOf(c),
  });
  const opened = await openResultBundle(verified, office, { rubric: round.round.rubric });
  const merge = opened.merge;
  // The office reads every section of every result bundle (docs/result-bundle-format.md).
  if (merge === null) throw new AppError('result-bundle-not-a-reader');
  const merged = new Set(merge.applications.map((a) => a.applicationId));
  const missing = round.applicationIds.filter((id) => !merged.has(id));
  const extra = [...merged].filter((id) => !round.applicationIds.includes(id));
  const numberOf = (id: string) => c.applications.find((a) => a.id === id)?.applicationNo ?? id;
  if (missing.length > 0 || extra.length > 0) {
    throw new AppError('result-round-incomplete', {
      missing: missing.map(numberOf),
      extra: extra.map(numberOf),
    });
  }
  return {
    merge,
    request: {
      kind: 'result-imported',
      roundId,
      resultDigest: verified.digest,
      signer: { ...merge.signer },
      listKind: merge.list.kind,
      applicationIds: merge.list.entries.map((e) => e.applicationId),
      sequence: verified.header.sequence,
    },
  };
}

/**
 * The committee's signed re-review, opened with the office's identity and checked against the
 * result bundle the office imported for its round: the act recording its outcome, with the
 * file's SHA-256 and signer, for recordFollowUpAct to check against the objection.
 */
export async function importedReReview(
  c: OfficeRecord,
  bytes: Uint8Array,
  office: Identity,
  workspaceId: string,
): Promise<Extract<FollowUpRequest, { kind: 'objection-re-reviewed' }>> {
  const { statement } = await openReReviewAct(bytes, office.ageIdentity, {
    officeFingerprint: office.card.fingerprint,
    caseId: workspaceId,
  });
  const state = followUpState(c.followUp);
  const result = state.results[statement.roundId];
  if (!result) throw new AppError('result-not-imported', { roundId: statement.roundId });
  if (result.resultDigest !== statement.resultDigest) throw new AppError('re-review-other-result');
  const objection = state.objections.find((o) => o.received.objectionId === statement.objectionId);
  if (!objection) throw new AppError('objection-not-found', { objectionId: statement.objectionId });
  if (objection.received.applicationId !== statement.applicationId) {
    throw new AppError('re-review-objection-mismatch', { objectionId: statement.objectionId });
  }
  return {
    kind: 'objection-re-reviewed',
    objectionId: statement.objectionId,
    outcome: statement.outcome === 'objection-upheld' ? 'upheld' : 'dismissed',
    decidedOn: beijingDateOf(new Date(statement.decidedAt)),
    committeeMemberId: statement.signer.expertId,
    notes: statement.opinion,
    signedAct: {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      signerFingerprint: statement.signer.fingerprint,
    },
  };
}
