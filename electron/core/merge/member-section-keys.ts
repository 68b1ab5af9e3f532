/**
 * The member section keys a group section carries (docs/group-bundle-format.md, "Member section
 * keys"). The merger, who opened each member section of an application, puts the age file key of
 * its wrap into that application's group section; a reader of the group section then opens the
 * member section with it, symmetrically: no X25519, and the age header MAC (HMAC-SHA-256 under a
 * key derived from the file key, over the member's stanzas) proves the key is that wrap's, so a
 * wrong key can only make the open fail. The file key, not the AES key of the section, because
 * the MAC commits to it: AES-GCM alone does not commit to its key.
 */
import { ReviewSectionSchema } from '../../../shared/bundle/review-content';
import { AppError } from '../../../shared/errors';
import type { CarriedMemberKey } from '../../../shared/merge/group-bundle-content';
import { parseAgeFile, readAgeHeader } from '../crypto/age-file';
import { openAgePayload } from '../crypto/age-native';
import { openAgeFilesWithKeys } from '../crypto/age-open-many';
import type { OpenManyOptions } from '../crypto/age-open-many';
import { ageIdentityOpener } from '../crypto/age-recipients';
import { unlabelKey } from '../crypto/key-purpose';
import { parseCanonicalSection } from '../bundle/section-plaintext';
import { decryptSection, sectionCipherKey } from '../bundle/section-cipher';
import type { VerifiedBundle } from '../bundle/verify-review-bundle';

/** One member section the merger can open: the key to carry, and what the writer checks. */
export interface MemberSectionKey extends CarriedMemberKey {
  readonly applicationId: string;
  /** The member section's readers (fingerprints): those the member chose. */
  readonly readers: readonly string[];
}

/**
 * The section key of a member section's wrap opened with a carried age file key: the header MAC,
 * the payload and the key's label checked. Null when any of them fails (a wrong key).
 */
export function sectionKeyWithFileKey(wrap: Uint8Array, fileKey: Uint8Array): Uint8Array | null {
  try {
    // No stanza is needed: the header is read and checked line by line, its bodies not decoded.
    const payload = openAgePayload(wrap, readAgeHeader(wrap), fileKey);
    return unlabelKey('bundleSectionKey', payload);
  } catch {
    return null;
  }
}

/**
 * Every section of the member bundles that `ageIdentity` can open, with its age file key, its
 * application and its readers: the merger's side. The stanzas are tried on this thread (the
 * merger signs once; the reader's side is the one timed).
 */
export function memberSectionKeys(
  members: readonly VerifiedBundle[],
  ageIdentity: string,
): MemberSectionKey[] {
  const opener = ageIdentityOpener(ageIdentity);
  const out: MemberSectionKey[] = [];
  for (const member of members) {
    const bundleId = Buffer.from(member.header.bundleId, 'hex');
    for (const [index, part] of member.frame.sections.entries()) {
      const parsed = parseAgeFile(part.wrap);
      const fileKey = opener.unwrapFileKey(parsed.stanzas);
      if (fileKey === null) continue;
      const sectionKey = unlabelKey('bundleSectionKey', openAgePayload(part.wrap, parsed, fileKey));
      const cipherKey = sectionCipherKey(sectionKey, bundleId, index);
      sectionKey.fill(0);
      const plaintext = decryptSection(cipherKey, part.ciphertext, index + 1);
      cipherKey.fill(0);
      const section = parseCanonicalSection(
        plaintext,
        ReviewSectionSchema,
        (detail) => new AppError('bundle-section-invalid', { section: index + 1 }, detail),
      );
      out.push({
        expertId: member.header.roster.statement.member.expertId,
        sequence: member.header.sequence,
        section: member.header.sections[index]!.sha256,
        fileKey: Buffer.from(fileKey).toString('hex'),
        applicationId: section.applicationId,
        readers: section.readers.fingerprints,
      });
      fileKey.fill(0);
    }
  }
  return out;
}

/** Where a carried key points: the member bundle (index in the header) and the section index. */
export interface CarriedKeyTarget {
  readonly member: number;
  readonly index: number;
  readonly sectionKey: Uint8Array;
}

/**
 * The member section a carried key names, opened with it; `group-member-key-wrong` (the group
 * section's number) when it names no embedded section or does not open it.
 */
export function openCarriedKey(
  members: readonly VerifiedBundle[],
  carried: CarriedMemberKey,
  groupSection: number,
): CarriedKeyTarget {
  const wrong = (detail: string) =>
    new AppError('group-member-key-wrong', { section: groupSection }, detail);
  const member = members.findIndex(
    (m) =>
      m.header.roster.statement.member.expertId === carried.expertId &&
      m.header.sequence === carried.sequence,
  );
  if (member < 0) throw wrong('names no embedded member bundle');
  const index = members[member]!.header.sections.findIndex((s) => s.sha256 === carried.section);
  if (index < 0) throw wrong('names no section of the member bundle');
  const fileKey = Buffer.from(carried.fileKey, 'hex');
  const sectionKey = sectionKeyWithFileKey(members[member]!.frame.sections[index]!.wrap, fileKey);
  fileKey.fill(0);
  if (sectionKey === null) throw wrong('the key does not open the section');
  return { member, index, sectionKey };
}

/** A carried key to open, and the number of the group section that carries it. */
export interface CarriedKeyRequest {
  readonly carried: CarriedMemberKey;
  readonly groupSection: number;
}

/** What openCarriedKey gives for one request, or what it throws. */
export type CarriedKeyOutcome =
  { readonly target: CarriedKeyTarget } | { readonly error: AppError };

/**
 * openCarriedKey for many carried keys at once: the member sections they name found here, their
 * headers read here, their MACs and payloads checked on the stanza pool's workers (no X25519),
 * so this thread can go on with another group bundle meanwhile. Each outcome in place, the same
 * target or error openCarriedKey gives for it alone, so that the caller meets the first failure
 * where it met it one by one; the caller wipes the section keys (wipeCarriedOutcomes).
 */
export async function openCarriedKeys(
  members: readonly VerifiedBundle[],
  requests: readonly CarriedKeyRequest[],
  options: OpenManyOptions = {},
): Promise<CarriedKeyOutcome[]> {
  const wrong = (groupSection: number, detail: string) =>
    new AppError('group-member-key-wrong', { section: groupSection }, detail);
  type Place =
    | { readonly error: AppError }
    | { readonly member: number; readonly index: number; readonly fileKey: Buffer };
  const places = requests.map(({ carried, groupSection }): Place => {
    const member = members.findIndex(
      (m) =>
        m.header.roster.statement.member.expertId === carried.expertId &&
        m.header.sequence === carried.sequence,
    );
    if (member < 0) return { error: wrong(groupSection, 'names no embedded member bundle') };
    const index = members[member]!.header.sections.findIndex((s) => s.sha256 === carried.section);
    if (index < 0) return { error: wrong(groupSection, 'names no section of the member bundle') };
    return { member, index, fileKey: Buffer.from(carried.fileKey, 'hex') };
  });
  const toOpen = places.flatMap((p) =>
    'error' in p
      ? []
      : [{ file: members[p.member]!.frame.sections[p.index]!.wrap, fileKey: p.fileKey }],
  );
  let opened;
  try {
    opened = await openAgeFilesWithKeys(toOpen, options);
  } finally {
    for (const p of places) if ('fileKey' in p) p.fileKey.fill(0);
  }
  let next = 0;
  return places.map((place, i): CarriedKeyOutcome => {
    if ('error' in place) return { error: place.error };
    const outcome = opened[next++]!;
    const groupSection = requests[i]!.groupSection;
    if ('error' in outcome || outcome.payload === null) {
      return { error: wrong(groupSection, 'the key does not open the section') };
    }
    try {
      const sectionKey = unlabelKey('bundleSectionKey', outcome.payload);
      return { target: { member: place.member, index: place.index, sectionKey } };
    } catch {
      return { error: wrong(groupSection, 'the key does not open the section') };
    }
  });
}

/** Zeroes the section keys of `outcomes` that the caller did not take. */
export function wipeCarriedOutcomes(outcomes: readonly CarriedKeyOutcome[]): void {
  for (const outcome of outcomes) if ('target' in outcome) outcome.target.sectionKey.fill(0);
}
