/**
 * Verifying a group bundle with no key at all (docs/bundle-format.md, "Group bundle", reading):
 * the frame and its canonical header, the merger's signature, every section's hash, the office's
 * roster statement seating the merger in the group, and then every embedded member review bundle
 * in full (verifyReviewBundle: its author's signature, its sections, its own roster statement
 * from the same office, the same case, round and rubric, a seat in the same group), so the chain
 * holds down to each member's signature. Stops at the first failure with its own code.
 */
import type { SignedRosterStatement } from '../../../shared/bundle/roster-statement';
import { isCanonicalJsonOf } from '../../../shared/domain/canonical-json';
import { AppError, isAppError } from '../../../shared/errors';
import type { GroupBundleHeader } from '../../../shared/merge/group-bundle-content';
import { GroupBundleHeaderSchema } from '../../../shared/merge/group-bundle-content';
import { MAX_BUNDLE_BYTES, MAX_HEADER_BYTES } from '../../../shared/bundle/bundle-limits';
import {
  BUNDLE_END_MAGIC,
  BUNDLE_MAGIC,
  BUNDLE_VERSION,
  FIXED_BYTES,
  PREFIX_BYTES,
  SIGNATURE_BYTES,
} from '../bundle/bundle-format';
import type { BundleSectionBytes } from '../bundle/read-bundle-frame';
import { rosterStatementHolds } from '../bundle/roster-statement';
import { verifyReviewBundle } from '../bundle/verify-review-bundle';
import type { VerifiedBundle } from '../bundle/verify-review-bundle';
import { PublicKeyRing } from '../crypto/ed25519-keys';
import { verifyForKey } from '../crypto/signature-context';
import { fingerprintOf, normaliseFingerprint } from '../identity/fingerprint';
import { BUNDLE_KIND_GROUP } from './group-bundle-format';
import { sha256Hex as sha256 } from '../crypto/sha256-hex';

export interface GroupBundleExpectations {
  readonly officeFingerprint?: string;
  readonly caseId?: string;
  readonly roundId?: string;
  readonly rubricDigest?: string;
}

export interface VerifiedGroupBundle {
  readonly header: GroupBundleHeader;
  /** Prefix and header: what the merger signed (after the context string). */
  readonly signedBytes: Uint8Array;
  readonly sections: readonly BundleSectionBytes[];
  /** Version 3: the key directory's age files, in header order (none before version 3). */
  readonly directory: readonly Uint8Array[];
  /** The embedded member bundles, verified, in header order. */
  readonly members: readonly VerifiedBundle[];
  /** SHA-256 (hex) of the file. */
  readonly digest: string;
  readonly officeChecked: boolean;
}

const malformed = (detail: string) => new AppError('group-bundle-malformed', {}, detail);

function parseHeader(bytes: Uint8Array): GroupBundleHeader {
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch {
    throw malformed('the header is not UTF-8 JSON');
  }
  const parsed = GroupBundleHeaderSchema.safeParse(json);
  if (!parsed.success) {
    throw malformed(`header field ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  }
  if (!isCanonicalJsonOf(parsed.data, text, json))
    throw malformed('the header is not in canonical form');
  return parsed.data;
}

interface GroupFrame {
  readonly header: GroupBundleHeader;
  readonly signedBytes: Buffer;
  readonly directory: readonly Buffer[];
  readonly memberBytes: readonly Buffer[];
  readonly sections: readonly BundleSectionBytes[];
  readonly signature: Buffer;
}

function readGroupFrame(input: Uint8Array): GroupFrame {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const head = bytes.subarray(0, BUNDLE_MAGIC.length);
  if (bytes.length === 0 || !BUNDLE_MAGIC.subarray(0, head.length).equals(head)) {
    throw malformed('not a bundle');
  }
  if (bytes.length < FIXED_BYTES) throw malformed('shorter than the fixed parts');
  if (bytes.readUInt16BE(8) !== BUNDLE_VERSION) throw malformed('another version');
  if (bytes.length > MAX_BUNDLE_BYTES) throw malformed('larger than a bundle may be');
  if (bytes[10] !== BUNDLE_KIND_GROUP || bytes[11] !== 0) {
    throw malformed('not a group bundle (kind or reserved byte)');
  }
  const headerLength = bytes.readUInt32BE(12);
  if (headerLength > MAX_HEADER_BYTES || bytes.length < FIXED_BYTES + headerLength) {
    throw malformed('the header is cut short or too long');
  }
  const headerEnd = PREFIX_BYTES + headerLength;
  const header = parseHeader(bytes.subarray(PREFIX_BYTES, headerEnd));
  const records = header.version === 3 ? header.directory : [];
  const directoryLength = records.reduce((sum, d) => sum + d.length, 0);
  const membersLength = header.members.reduce((sum, m) => sum + m.length, 0);
  const sectionsLength = header.sections.reduce(
    (sum, s) => sum + s.wrapLength + s.ciphertextLength,
    0,
  );
  if (
    FIXED_BYTES + headerLength + directoryLength + membersLength + sectionsLength !==
    bytes.length
  ) {
    throw malformed('the parts do not add up to the file');
  }
  if (!bytes.subarray(bytes.length - BUNDLE_END_MAGIC.length).equals(BUNDLE_END_MAGIC)) {
    throw malformed('the end magic is wrong');
  }
  let offset = headerEnd;
  const directory = records.map((d) => {
    const part = bytes.subarray(offset, offset + d.length);
    offset += d.length;
    return part;
  });
  const memberBytes = header.members.map((m) => {
    const part = bytes.subarray(offset, offset + m.length);
    offset += m.length;
    return part;
  });
  const sections = header.sections.map((record) => {
    const wrap = bytes.subarray(offset, offset + record.wrapLength);
    offset += record.wrapLength;
    const ciphertext = bytes.subarray(offset, offset + record.ciphertextLength);
    offset += record.ciphertextLength;
    return { wrap, ciphertext };
  });
  return {
    header,
    signedBytes: bytes.subarray(0, headerEnd),
    directory,
    memberBytes,
    sections,
    signature: bytes.subarray(offset, offset + SIGNATURE_BYTES),
  };
}

/** The merger's roster statement: the office's, for these keys, case, round, rubric and group. */
function checkMerger(
  header: GroupBundleHeader,
  keys: PublicKeyRing,
  officeFingerprint?: string,
): SignedRosterStatement {
  const invalid = (detail: string) => new AppError('group-bundle-merger-invalid', {}, detail);
  const { merger, roster } = header;
  const signingPublicKey = Buffer.from(merger.signingPublicKey, 'base64');
  if (
    fingerprintOf({ signingPublicKey, ageRecipient: merger.ageRecipient }) !== merger.fingerprint
  ) {
    throw invalid("the merger's keys do not give its fingerprint");
  }
  if (!rosterStatementHolds(roster, keys)) throw invalid('the roster statement does not verify');
  const { statement } = roster;
  if (officeFingerprint !== undefined) {
    const expected = normaliseFingerprint(officeFingerprint);
    if (expected === null) throw new RangeError('the office fingerprint is malformed');
    if (statement.office.fingerprint !== expected) throw new AppError('bundle-unknown-office');
  }
  const m = statement.member;
  if (
    m.fingerprint !== merger.fingerprint ||
    m.signingPublicKey !== merger.signingPublicKey ||
    m.ageRecipient !== merger.ageRecipient
  ) {
    throw invalid('the statement certifies another key');
  }
  if (
    statement.caseId !== header.caseId ||
    statement.roundId !== header.roundId ||
    statement.rubricDigest !== header.rubricDigest
  ) {
    throw invalid('certified for another case, round or rubric');
  }
  const seated = m.seats.some(
    (s) => s.groupId === header.groupId && (s.role === 'leader' || s.role === 'member'),
  );
  if (!seated) throw invalid('no seat in the group');
  if (header.sections.length !== statement.reviewSections) {
    throw invalid('another number of sections than the statement gives');
  }
  return roster;
}

function checkMembers(
  header: GroupBundleHeader,
  memberBytes: readonly Buffer[],
  office: string,
  keys: PublicKeyRing,
): VerifiedBundle[] {
  const seen = new Map<string, { sequence: number; sha256: string }[]>();
  return header.members.map((entry, index) => {
    const member = index + 1;
    const bytes = memberBytes[index] ?? Buffer.alloc(0);
    // Hashed once: the digest checked against the signed header is the member bundle's own.
    const digest = sha256(bytes);
    if (digest !== entry.sha256) {
      throw new AppError('group-member-bundle-invalid', { member, cause: 'sha256' });
    }
    let verified: VerifiedBundle;
    try {
      verified = verifyReviewBundle(
        bytes,
        {
          officeFingerprint: office,
          caseId: header.caseId,
          roundId: header.roundId,
          rubricDigest: header.rubricDigest,
        },
        { digest, keys },
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError(
        'group-member-bundle-invalid',
        { member, cause: error.code },
        error.detail,
      );
    }
    const { statement } = verified.header.roster;
    if (
      statement.member.expertId !== entry.expertId ||
      verified.header.author.fingerprint !== entry.fingerprint ||
      verified.header.sequence !== entry.sequence
    ) {
      throw new AppError('group-member-bundle-invalid', { member, cause: 'header' });
    }
    if (!statement.member.seats.some((s) => s.groupId === header.groupId)) {
      throw new AppError('merge-outside-group', { expertId: entry.expertId });
    }
    const known = seen.get(entry.fingerprint) ?? [];
    if (known.some((k) => k.sha256 === entry.sha256)) {
      throw new AppError('merge-member-twice', { expertId: entry.expertId });
    }
    if (known.some((k) => k.sequence === entry.sequence)) {
      throw new AppError('bundle-equivocation', { sequence: entry.sequence });
    }
    seen.set(entry.fingerprint, [...known, { sequence: entry.sequence, sha256: entry.sha256 }]);
    return verified;
  });
}

/** Verifies a group bundle's bytes down to each member's signature; throws at the first failure. */
export function verifyGroupBundle(
  bytes: Uint8Array,
  expect: GroupBundleExpectations = {},
): VerifiedGroupBundle {
  const frame = readGroupFrame(bytes);
  const { header } = frame;
  // Every public key of this bundle and its members made into a KeyObject once.
  const keys = new PublicKeyRing();
  const signed = verifyForKey(
    'groupBundle',
    keys.keyOf(header.merger.signingPublicKey),
    [frame.signedBytes],
    frame.signature,
  );
  if (!signed) throw new AppError('group-bundle-bad-signature');
  frame.sections.forEach((section, index) => {
    if (sha256(section.wrap, section.ciphertext) !== header.sections[index]?.sha256) {
      throw new AppError('group-bundle-section-altered', { section: index + 1 });
    }
  });
  if (header.version === 3) {
    frame.directory.forEach((entry, index) => {
      if (sha256(entry) !== header.directory[index]?.sha256) {
        throw new AppError('group-bundle-directory-altered', { entry: index + 1 });
      }
    });
  }
  const roster = checkMerger(header, keys, expect.officeFingerprint);
  if (
    (expect.caseId !== undefined && expect.caseId !== header.caseId) ||
    (expect.roundId !== undefined && expect.roundId !== header.roundId)
  ) {
    throw new AppError('bundle-wrong-case-round');
  }
  if (expect.rubricDigest !== undefined && expect.rubricDigest !== header.rubricDigest) {
    throw new AppError('bundle-rubric-digest');
  }
  const members = checkMembers(
    header,
    frame.memberBytes,
    roster.statement.office.fingerprint,
    keys,
  );
  return {
    header,
    signedBytes: frame.signedBytes,
    sections: frame.sections,
    directory: frame.directory,
    members,
    digest: sha256(bytes),
    officeChecked: expect.officeFingerprint !== undefined,
  };
}
