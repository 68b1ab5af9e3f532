/**
 * Verifying a result bundle with no key at all (docs/result-bundle-format.md, "Verifying"): the
 * frame and its canonical header, the signer's signature, every section's hash, the office's
 * roster statement seating the signer as chair (or vice-chair, acting for the chair), the case,
 * the round (another round's result is a replay) and the rubric, and then every embedded group
 * bundle in full (verifyGroupBundle: its merger's signature and seat, each member bundle down to
 * its author's signature), so the chain holds from the chair to each expert. With the verifier's
 * roster (the office's own, or a package's), every signer, merger and author is checked on it.
 * Stops at the first failure with its own code.
 */
import type { SignedRosterStatement } from '../../../shared/bundle/roster-statement';
import { MAX_BUNDLE_BYTES, MAX_HEADER_BYTES } from '../../../shared/bundle/bundle-limits';
import type { ResultBundleHeader } from '../../../shared/committee/result-bundle-content';
import { ResultBundleHeaderSchema } from '../../../shared/committee/result-bundle-content';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError, isAppError } from '../../../shared/errors';
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
import { verifyFor } from '../crypto/signature-context';
import { fingerprintOf, normaliseFingerprint } from '../identity/fingerprint';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import type { VerifiedGroupBundle } from '../merge/verify-group-bundle';
import { BUNDLE_KIND_RESULT } from './result-bundle-format';
import { sha256Hex as sha256 } from '../crypto/sha256-hex';

/** A person of the verifier's roster: their fingerprint and seats. */
export interface RosterSeatFact {
  readonly fingerprint: string;
  readonly seats: readonly { readonly role: string; readonly groupId?: string }[];
}

export interface ResultBundleExpectations {
  readonly officeFingerprint?: string;
  readonly caseId?: string;
  /** The round the verifier expects: a result bundle of another round is refused as a replay. */
  readonly roundId?: string;
  readonly rubricDigest?: string;
  /** The verifier's roster: the signer, every merger and every member bundle's author on it. */
  readonly roster?: readonly RosterSeatFact[];
}

export interface VerifiedResultBundle {
  readonly header: ResultBundleHeader;
  /** Prefix and header: what the signer signed (after the context string). */
  readonly signedBytes: Uint8Array;
  readonly mergeSection: BundleSectionBytes;
  readonly sections: readonly BundleSectionBytes[];
  /** The embedded group bundles, verified down to each member bundle, in header order. */
  readonly groups: readonly VerifiedGroupBundle[];
  /** SHA-256 (hex) of the file. */
  readonly digest: string;
  readonly officeChecked: boolean;
  /** How many signatures were checked: the signer's, the office's, and down the chain. */
  readonly signaturesVerified: number;
}

const malformed = (detail: string) => new AppError('result-bundle-malformed', {}, detail);

function parseHeader(bytes: Uint8Array): ResultBundleHeader {
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch {
    throw malformed('the header is not UTF-8 JSON');
  }
  const parsed = ResultBundleHeaderSchema.safeParse(json);
  if (!parsed.success) {
    throw malformed(`header field ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  }
  if (canonicalJson(parsed.data) !== text) throw malformed('the header is not in canonical form');
  return parsed.data;
}

interface ResultFrame {
  readonly header: ResultBundleHeader;
  readonly signedBytes: Buffer;
  readonly groupBytes: readonly Buffer[];
  readonly mergeSection: BundleSectionBytes;
  readonly sections: readonly BundleSectionBytes[];
  readonly signature: Buffer;
}

function readResultFrame(input: Uint8Array): ResultFrame {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const head = bytes.subarray(0, BUNDLE_MAGIC.length);
  if (bytes.length === 0 || !BUNDLE_MAGIC.subarray(0, head.length).equals(head)) {
    throw malformed('not a bundle');
  }
  if (bytes.length < FIXED_BYTES) throw malformed('shorter than the fixed parts');
  if (bytes.readUInt16BE(8) !== BUNDLE_VERSION) throw malformed('another version');
  if (bytes.length > MAX_BUNDLE_BYTES) throw malformed('larger than a bundle may be');
  if (bytes[10] !== BUNDLE_KIND_RESULT || bytes[11] !== 0) {
    throw malformed('not a result bundle (kind or reserved byte)');
  }
  const headerLength = bytes.readUInt32BE(12);
  if (headerLength > MAX_HEADER_BYTES || bytes.length < FIXED_BYTES + headerLength) {
    throw malformed('the header is cut short or too long');
  }
  const headerEnd = PREFIX_BYTES + headerLength;
  const header = parseHeader(bytes.subarray(PREFIX_BYTES, headerEnd));
  const records = [header.mergeSection, ...header.sections];
  const groupsLength = header.groups.reduce((sum, g) => sum + g.length, 0);
  const sectionsLength = records.reduce((sum, s) => sum + s.wrapLength + s.ciphertextLength, 0);
  if (FIXED_BYTES + headerLength + groupsLength + sectionsLength !== bytes.length) {
    throw malformed('the parts do not add up to the file');
  }
  if (!bytes.subarray(bytes.length - BUNDLE_END_MAGIC.length).equals(BUNDLE_END_MAGIC)) {
    throw malformed('the end magic is wrong');
  }
  let offset = headerEnd;
  const groupBytes = header.groups.map((g) => {
    const part = bytes.subarray(offset, offset + g.length);
    offset += g.length;
    return part;
  });
  const sections = records.map((record) => {
    const wrap = bytes.subarray(offset, offset + record.wrapLength);
    offset += record.wrapLength;
    const ciphertext = bytes.subarray(offset, offset + record.ciphertextLength);
    offset += record.ciphertextLength;
    return { wrap, ciphertext };
  });
  return {
    header,
    signedBytes: bytes.subarray(0, headerEnd),
    groupBytes,
    mergeSection: sections[0]!,
    sections: sections.slice(1),
    signature: bytes.subarray(offset, offset + SIGNATURE_BYTES),
  };
}

/** The signer's roster statement: the office's, for these keys, case, round, rubric and seat. */
function checkSigner(
  header: ResultBundleHeader,
  officeFingerprint?: string,
): SignedRosterStatement {
  const invalid = (detail: string) => new AppError('result-bundle-signer-invalid', {}, detail);
  const { signer, roster } = header;
  const signingPublicKey = Buffer.from(signer.signingPublicKey, 'base64');
  if (
    fingerprintOf({ signingPublicKey, ageRecipient: signer.ageRecipient }) !== signer.fingerprint
  ) {
    throw invalid("the signer's keys do not give its fingerprint");
  }
  if (!rosterStatementHolds(roster)) throw invalid('the roster statement does not verify');
  const { statement } = roster;
  if (officeFingerprint !== undefined) {
    const expected = normaliseFingerprint(officeFingerprint);
    if (expected === null) throw new RangeError('the office fingerprint is malformed');
    if (statement.office.fingerprint !== expected) throw new AppError('bundle-unknown-office');
  }
  const m = statement.member;
  if (
    m.fingerprint !== signer.fingerprint ||
    m.signingPublicKey !== signer.signingPublicKey ||
    m.ageRecipient !== signer.ageRecipient
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
  const seat = header.signerRole === 'chair' ? 'chair' : 'vice-chair';
  if (!m.seats.some((s) => s.role === seat)) throw invalid('no seat for the role it signs in');
  return roster;
}

function onRoster(
  roster: readonly RosterSeatFact[],
  fingerprint: string,
  fits: (seat: { role: string; groupId?: string }) => boolean,
): boolean {
  return roster.some((p) => p.fingerprint === fingerprint && p.seats.some(fits));
}

function checkGroups(
  header: ResultBundleHeader,
  groupBytes: readonly Buffer[],
  office: string,
  roster: readonly RosterSeatFact[] | undefined,
): VerifiedGroupBundle[] {
  const seen = new Map<string, { sequence: number; sha256: string }[]>();
  return header.groups.map((entry, index) => {
    const group = index + 1;
    const bytes = groupBytes[index] ?? Buffer.alloc(0);
    if (sha256(bytes) !== entry.sha256) {
      throw new AppError('result-group-bundle-invalid', { group, cause: 'sha256' });
    }
    let verified: VerifiedGroupBundle;
    try {
      verified = verifyGroupBundle(bytes, {
        officeFingerprint: office,
        caseId: header.caseId,
        roundId: header.roundId,
        rubricDigest: header.rubricDigest,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError('result-group-bundle-invalid', { group, cause: error.code }, error.detail);
    }
    const g = verified.header;
    if (
      g.groupId !== entry.groupId ||
      g.roster.statement.member.expertId !== entry.expertId ||
      g.merger.fingerprint !== entry.fingerprint ||
      g.sequence !== entry.sequence
    ) {
      throw new AppError('result-group-bundle-invalid', { group, cause: 'header' });
    }
    if (roster !== undefined) {
      const inGroup = (s: { role: string; groupId?: string }) =>
        s.groupId === g.groupId && (s.role === 'leader' || s.role === 'member');
      const authors = [
        g.merger.fingerprint,
        ...verified.members.map((m) => m.header.author.fingerprint),
      ];
      if (!authors.every((fp) => onRoster(roster, fp, inGroup))) {
        throw new AppError('result-group-bundle-invalid', { group, cause: 'not-in-roster' });
      }
    }
    const key = `${entry.groupId}\n${entry.fingerprint}`;
    const known = seen.get(key) ?? [];
    if (known.some((k) => k.sha256 === entry.sha256)) {
      throw new AppError('committee-group-twice', { groupId: entry.groupId });
    }
    if (known.some((k) => k.sequence === entry.sequence)) {
      throw new AppError('committee-group-equivocation', {
        groupId: entry.groupId,
        sequence: entry.sequence,
      });
    }
    seen.set(key, [...known, { sequence: entry.sequence, sha256: entry.sha256 }]);
    return verified;
  });
}

/** Verifies a result bundle's bytes down to each member's signature; throws at the first failure. */
export function verifyResultBundle(
  bytes: Uint8Array,
  expect: ResultBundleExpectations = {},
): VerifiedResultBundle {
  const frame = readResultFrame(bytes);
  const { header } = frame;
  const signed = verifyFor(
    'resultBundle',
    Buffer.from(header.signer.signingPublicKey, 'base64'),
    [frame.signedBytes],
    frame.signature,
  );
  if (!signed) throw new AppError('result-bundle-bad-signature');
  // The merge section is section 0, the applications' from 1.
  [frame.mergeSection, ...frame.sections].forEach((section, index) => {
    const record = index === 0 ? header.mergeSection : header.sections[index - 1];
    if (sha256(section.wrap, section.ciphertext) !== record?.sha256) {
      throw new AppError('result-bundle-section-altered', { section: index });
    }
  });
  const roster = checkSigner(header, expect.officeFingerprint);
  if (expect.caseId !== undefined && expect.caseId !== header.caseId) {
    throw new AppError('bundle-wrong-case-round');
  }
  if (expect.roundId !== undefined && expect.roundId !== header.roundId) {
    throw new AppError('result-bundle-replayed', {
      found: header.roundId,
      expected: expect.roundId,
    });
  }
  if (expect.rubricDigest !== undefined && expect.rubricDigest !== header.rubricDigest) {
    throw new AppError('bundle-rubric-digest');
  }
  if (expect.roster !== undefined) {
    const seat = header.signerRole === 'chair' ? 'chair' : 'vice-chair';
    if (!onRoster(expect.roster, header.signer.fingerprint, (s) => s.role === seat)) {
      throw new AppError('result-bundle-signer-invalid', {}, 'not on the roster in that seat');
    }
  }
  const groups = checkGroups(
    header,
    frame.groupBytes,
    roster.statement.office.fingerprint,
    expect.roster,
  );
  // Each review bundle: its author's and its roster statement's; each group bundle: the merger's
  // and its statement's; the result: the signer's and its statement's.
  const signaturesVerified = 2 + groups.reduce((sum, g) => sum + 2 + g.members.length * 2, 0);
  return {
    header,
    signedBytes: frame.signedBytes,
    mergeSection: frame.mergeSection,
    sections: frame.sections,
    groups,
    digest: sha256(bytes),
    officeChecked: expect.officeFingerprint !== undefined,
    signaturesVerified,
  };
}
