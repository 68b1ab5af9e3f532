import { CommitteeSchema, type Committee } from '../domain/committee';
import { ConflictOfInterestSchema, type ConflictOfInterest } from '../domain/conflict';
import { ExpertSchema, type Expert } from '../domain/expert';
import { GroupSchema, groupExpertIds, type Group } from '../domain/group';
import { ExpertCardSchema, type ExpertCard, type OfficeExpert } from './expert-card';
import type { OfficeRecord } from './office-record-fields';
import { AppError, parseOrThrow } from '../errors';

/**
 * Registers an expert, or updates the one with the same id. With a card, the card's name must be
 * the expert's and its fingerprint becomes the expert's keyFingerprint; without one, a card
 * registered earlier is kept. Throws when the fingerprint is already another expert's.
 */
export function registerExpert(
  c: OfficeRecord,
  input: Expert,
  cardInput?: ExpertCard,
): OfficeRecord {
  const expert = parseOrThrow(ExpertSchema, input, 'expert', input.name);
  const existing = c.experts.find((e) => e.id === expert.id);
  let registered: OfficeExpert;
  if (cardInput === undefined) {
    const card = existing?.card;
    registered = card ? { ...expert, keyFingerprint: card.fingerprint, card } : expert;
  } else {
    const card = parseOrThrow(ExpertCardSchema, cardInput, 'card', expert.name);
    if (comparable(card.name) !== comparable(expert.name)) {
      throw new AppError('card-name-mismatch', { cardName: card.name, expertName: expert.name });
    }
    if (expert.keyFingerprint !== undefined && expert.keyFingerprint !== card.fingerprint) {
      throw new AppError('registered-fingerprint-mismatch', { expertName: expert.name });
    }
    registered = { ...expert, keyFingerprint: card.fingerprint, card };
  }
  const holder = c.experts.find(
    (e) =>
      e.id !== expert.id &&
      registered.keyFingerprint !== undefined &&
      e.keyFingerprint === registered.keyFingerprint,
  );
  if (holder) throw new AppError('fingerprint-registered', { expertName: holder.name });
  return {
    ...c,
    experts: existing
      ? c.experts.map((e) => (e.id === expert.id ? registered : e))
      : [...c.experts, registered],
  };
}

/** Appoints the chair and vice-chair (Article 13); both must be registered experts. */
export function setCommittee(c: OfficeRecord, input: Committee): OfficeRecord {
  const committee = parseOrThrow(CommitteeSchema, input, 'committee');
  for (const id of [committee.chairId, committee.viceChairId]) {
    if (id !== undefined) assertExpert(c, id);
  }
  return { ...c, committee };
}

/**
 * Adds a group or replaces the one with the same id. Its leader and members must be registered
 * experts and sit in no other group.
 */
export function setGroup(c: OfficeRecord, input: Group): OfficeRecord {
  const group = parseOrThrow(GroupSchema, input, 'group', input.name);
  for (const expertId of groupExpertIds(group)) {
    assertExpert(c, expertId);
    const other = c.groups.find((g) => g.id !== group.id && groupExpertIds(g).includes(expertId));
    if (other) {
      throw new AppError('expert-in-other-group', {
        expertName: nameOf(c, expertId),
        otherGroupName: other.name,
        groupName: group.name,
      });
    }
  }
  const exists = c.groups.some((g) => g.id === group.id);
  return {
    ...c,
    groups: exists ? c.groups.map((g) => (g.id === group.id ? group : g)) : [...c.groups, group],
  };
}

/** Removes a group and its assignments; refused while a round it serves is no longer a draft. */
export function removeGroup(c: OfficeRecord, groupId: string): OfficeRecord {
  if (!c.groups.some((g) => g.id === groupId)) throw new AppError('group-not-found', { groupId });
  const sealed = c.assignments.find((a) => a.groupId === groupId && !isDraft(c, a.roundId));
  if (sealed) throw new AppError('group-in-sealed-round', { groupId, roundId: sealed.roundId });
  return {
    ...c,
    groups: c.groups.filter((g) => g.id !== groupId),
    assignments: c.assignments.filter((a) => a.groupId !== groupId),
  };
}

/** Which group reviews an application in a round; null to unassign. */
export interface AssignmentChange {
  readonly roundId: string;
  readonly applicationId: string;
  readonly groupId: string | null;
}

/**
 * Assigns an application of a draft round to a group, replacing its earlier group in that round.
 * Throws for an unknown round, group, or an application outside the round.
 */
export function assignApplication(c: OfficeRecord, change: AssignmentChange): OfficeRecord {
  const { roundId, applicationId, groupId } = change;
  const round = c.rounds.find((r) => r.round.id === roundId);
  if (!round) throw new AppError('round-not-found', { roundId });
  if (round.round.status !== 'draft') {
    throw new AppError('round-sealed-assignments', { roundName: round.round.name });
  }
  if (!round.applicationIds.includes(applicationId)) {
    throw new AppError('application-not-in-round', { applicationId, roundName: round.round.name });
  }
  if (groupId !== null && !c.groups.some((g) => g.id === groupId)) {
    throw new AppError('group-not-found', { groupId });
  }
  const others = c.assignments.filter(
    (a) => !(a.roundId === roundId && a.applicationId === applicationId),
  );
  return {
    ...c,
    assignments: groupId === null ? others : [...others, { roundId, applicationId, groupId }],
  };
}

/**
 * Records a conflict of interest the office has confirmed, replacing the kind and reason of one
 * already recorded for the same pair. From then on the application is left out of that
 * expert's packages, whatever their seat.
 */
export function addConflict(c: OfficeRecord, input: ConflictOfInterest): OfficeRecord {
  const conflict = parseOrThrow(ConflictOfInterestSchema, input, 'conflict');
  assertExpert(c, conflict.expertId);
  if (!c.applications.some((a) => a.id === conflict.applicationId)) {
    throw new AppError('application-not-found', { applicationId: conflict.applicationId });
  }
  const others = c.conflicts.filter(
    (x) => !(x.expertId === conflict.expertId && x.applicationId === conflict.applicationId),
  );
  return { ...c, conflicts: [...others, conflict] };
}

/** Removes a recorded conflict; throws when none is recorded for the pair. */
export function removeConflict(
  c: OfficeRecord,
  expertId: string,
  applicationId: string,
): OfficeRecord {
  const kept = c.conflicts.filter(
    (x) => !(x.expertId === expertId && x.applicationId === applicationId),
  );
  if (kept.length === c.conflicts.length) {
    throw new AppError('conflict-not-recorded', { expertId, applicationId });
  }
  return { ...c, conflicts: kept };
}

function assertExpert(c: OfficeRecord, expertId: string): void {
  if (!c.experts.some((e) => e.id === expertId)) {
    throw new AppError('expert-not-registered', { expertId });
  }
}

function nameOf(c: OfficeRecord, expertId: string): string {
  return c.experts.find((e) => e.id === expertId)?.name ?? expertId;
}

function isDraft(c: OfficeRecord, roundId: string): boolean {
  // An assignment to a round that no longer exists holds nothing sealed.
  const status = c.rounds.find((r) => r.round.id === roundId)?.round.status;
  return status === undefined || status === 'draft';
}

// Names on cards may differ from the office's entry only in width and spacing.
function comparable(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
