/**
 * The manifest's roster and review readers for one person's package (case manifest version 3;
 * docs/case-format.md, "Who may read a review"): the keys of everyone that person needs to check
 * or address a review, and per application they may see, who may read its reviews. Sealing
 * refuses a plan the reader rule cannot meet before any manifest is built, so here every
 * application has its readers and every reader a registered card.
 */
import type {
  CaseManifestOffice,
  CaseManifestReviewReaders,
  CaseManifestRosterEntry,
} from '../../../shared/case/case-manifest';
import { groupExpertIds } from '../../../shared/domain/group';
import type { OfficeExpert } from '../../../shared/office/expert-card';
import { planReviewReaders, seatsOf, visibleGroups } from '../../../shared/office/visibility';
import type { SealingPlan } from '../../../shared/office/visibility';
import type { Identity } from '../identity/identity';
import { AppError } from '../../../shared/errors';

/** The office as every manifest names it: its name, fingerprint and both public keys. */
export function manifestOffice(office: Identity): CaseManifestOffice {
  return {
    name: office.card.organisation,
    fingerprint: office.card.fingerprint,
    signingPublicKey: office.card.signingPublicKey,
    ageRecipient: office.card.ageRecipient,
  };
}

function cardOf(experts: ReadonlyMap<string, OfficeExpert>, expertId: string) {
  const card = experts.get(expertId)?.card;
  // Sealing refuses anyone without a registered card ('no-card') before planning a package.
  if (card === undefined) throw new AppError('internal', { channel: 'office:seal' });
  return card;
}

/**
 * Everyone `expertId` needs the keys of: the chair, the vice-chair, and the leader and members
 * of each group their package describes (every group for the chair and vice-chair, their own
 * otherwise), each once, in that order, with all their seats. Nobody of another group is named
 * to a member: the panel's composition is no more of their business than it was before.
 */
export function manifestRoster(
  expertId: string,
  plan: SealingPlan,
  experts: ReadonlyMap<string, OfficeExpert>,
): CaseManifestRosterEntry[] {
  const people = [
    plan.committee.chairId,
    plan.committee.viceChairId,
    ...visibleGroups(expertId, plan).flatMap((g) => groupExpertIds(g)),
  ].filter((id): id is string => id !== undefined);
  return [...new Set(people)].map((id) => {
    const card = cardOf(experts, id);
    return {
      expertId: id,
      name: experts.get(id)!.name,
      seats: seatsOf(id, plan).map((seat) => ({ ...seat })),
      signingPublicKey: card.signingPublicKey,
      ageRecipient: card.ageRecipient,
      fingerprint: card.fingerprint,
    };
  });
}

/** Per application of the package, in the given order: the office, then the rule's readers. */
export function manifestReviewReaders(
  applicationIds: readonly string[],
  plan: SealingPlan,
  experts: ReadonlyMap<string, OfficeExpert>,
  office: CaseManifestOffice,
): CaseManifestReviewReaders[] {
  return applicationIds.map((applicationId) => ({
    applicationId,
    readers: [
      { fingerprint: office.fingerprint, roles: ['office' as const] },
      ...planReviewReaders(applicationId, plan).readers.map((reader) => ({
        fingerprint: cardOf(experts, reader.expertId).fingerprint,
        expertId: reader.expertId,
        roles: [...reader.roles],
      })),
    ],
  }));
}
