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
