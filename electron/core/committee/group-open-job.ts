/**
 * One group bundle's share of the chair's merge, as plain data that can cross a worker thread's
 * port: verified with no key (verifyGroupBundle, then its merger checked against the chair's
 * package), then opened with the chair's identity (openGroupBundle: every group section for the
 * chair decrypted and checked, the member sections opened, the merges recomputed). The work is
 * done whole, whatever comes of it, and the outcome says what each step gave: the caller
 * (prepare-committee-merge.ts) applies the merge's rules in the merge's order over the outcomes of
 * every bundle, so a bundle opened here that the rules would not have opened (superseded, given
 * twice, after a failure) is simply not looked at. Run by group-open-worker.ts on a worker thread
 * (its X25519 trials on that same thread: the stanza pool is the main thread's only), or here.
 */
import type { ErrorCode } from '../../../shared/errors';
import { AppError, isAppError } from '../../../shared/errors';
import type { GroupBundleHeader } from '../../../shared/merge/group-bundle-content';
import type { IdentityCard } from '../identity/identity-card';
import { openGroupBundle } from '../merge/open-group-bundle';
import type { GroupReaderFacts, OpenedGroupSection } from '../merge/open-group-bundle';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import type { GroupBundleExpectations } from '../merge/verify-group-bundle';
import { checkGroupOf } from './group-merger-check';
import type { MergerFacts } from './group-merger-check';

export interface GroupOpenJob {
  /** The group bundle's bytes (a worker is sent its own copy). */
  readonly bytes: Uint8Array;
  readonly expect: GroupBundleExpectations;
  readonly mergers: MergerFacts;
  /** The chair (or vice-chair): the public card and the age identity that opens the sections. */
  readonly identity: { readonly card: IdentityCard; readonly ageIdentity: string };
  readonly facts: GroupReaderFacts;
}

/** An AppError as data: what it carries, rebuilt as the same error on the other side. */
export interface AppErrorFacts {
  readonly code: ErrorCode;
  readonly params: unknown;
  readonly detail?: string;
}

/** What the committee merge takes of an opened group section. */
export type GroupSectionFacts = Pick<
  OpenedGroupSection,
  'applicationId' | 'chair' | 'merge' | 'deliberation'
>;

/** The opening of a verified bundle: its sections for the reader, or why it failed. */
export type GroupOpening =
  { readonly sections: readonly GroupSectionFacts[] } | { readonly error: AppErrorFacts };

export type GroupOutcome =
  /** verifyGroupBundle or the merger's check refused the bundle; it was not opened. */
  | { readonly refused: AppErrorFacts }
  /** Verified: the header and digest verifyGroupBundle gave, and the opening. */
  | {
      readonly header: GroupBundleHeader;
      readonly digest: string;
      readonly officeChecked: boolean;
      readonly opening: GroupOpening;
    }
  /** Something other than an AppError was thrown (a fault): the caller does the work itself. */
  | { readonly unexpected: string };

export function appErrorFacts(error: AppError): AppErrorFacts {
  return error.detail === undefined
    ? { code: error.code, params: error.params }
    : { code: error.code, params: error.params, detail: error.detail };
}

/** The same AppError again, from its facts. */
export function appErrorOf(facts: AppErrorFacts): AppError {
  return new AppError(facts.code, facts.params as never, facts.detail);
}

function faultOf(error: unknown): { unexpected: string } {
  return { unexpected: error instanceof Error ? `${error.name}: ${error.message}` : 'a fault' };
}

/** Verifies and opens one group bundle; never throws: every failure is in the outcome. */
export async function openGroupForMerge(job: GroupOpenJob): Promise<GroupOutcome> {
  let verified;
  try {
    verified = verifyGroupBundle(job.bytes, job.expect);
    checkGroupOf(job.mergers, verified.header);
  } catch (error) {
    return isAppError(error) ? { refused: appErrorFacts(error) } : faultOf(error);
  }
  const { header, digest, officeChecked } = verified;
  try {
    const opened = await openGroupBundle(verified, job.identity, job.facts);
    const sections = opened.sections.map((s) => ({
      applicationId: s.applicationId,
      chair: s.chair,
      merge: s.merge,
      deliberation: s.deliberation,
    }));
    return { header, digest, officeChecked, opening: { sections } };
  } catch (error) {
    if (!isAppError(error)) return faultOf(error);
    return { header, digest, officeChecked, opening: { error: appErrorFacts(error) } };
  }
}
