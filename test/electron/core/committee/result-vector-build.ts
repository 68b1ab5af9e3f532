/**
 * The result bundle's test vectors (docs/result-bundle-format.md), built through the real code
 * from fixed inputs: the group bundle of docs/group-bundle-format.md's vectors as the one group
 * bundle (rebuilt from that page), a chair with a fixed seed and age identity and the office's
 * roster statement for them, fixed ids, salts and section keys, and two fixed age wraps.
 * print-result-vectors.ts prints them; result-bundle-vectors.test.ts rebuilds and compares them.
 */
import { createDecipheriv, hkdfSync } from 'node:crypto';
import type { CommitteeSettings } from '../../../../shared/committee/committee-input';
import { mergeCommittee } from '../../../../shared/committee/committee-merge';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import type { Rubric } from '../../../../shared/domain/rubric';
import { signRosterStatement } from '../../../../electron/core/bundle';
import { writeResultBundle } from '../../../../electron/core/committee';
import { identityFromKeys } from '../../../../electron/core/identity';
import { openGroupBundle, verifyGroupBundle } from '../../../../electron/core/merge';
import { docVectors, hexOf, versionTwoGroupVector } from '../merge/group-vector-build';

const range = (from: number, count: number) =>
  Buffer.from(Array.from({ length: count }, (_, i) => (from + i) % 256));

export { docVectors, hexOf };

/** The result's fixed inputs (the wraps are drawn once by age and kept in the page). */
export const resultInputs = {
  chairSeed: range(0xc0, 32),
  chairAge: 'AGE-SECRET-KEY-1VJ7KP8ZYX30Z5APT2PVUXUTS2U9QNACYGDYA0WQS7QHF8XEYK2NQPTJCTX',
  chairExpertId: 'e09',
  bundleId: range(0x30, 16),
  mergeSalt: range(0xa0, 32),
  applicationSalt: range(0x40, 32),
  mergeKey: range(0xe0, 32),
  applicationKey: range(0x00, 32),
  sequence: 1,
  applicationNo: '2026001',
  settings: { quota: 1, scoreLine: null, basis: 'raw', exclusions: [] } satisfies CommitteeSettings,
};

/** Every output of the result vectors, through the real merge and writer. */
export async function buildResultVectors(wraps: readonly Uint8Array[] | null) {
  // The version 2 group bundle the group vectors were when these were drawn, kept as a fixture.
  const group = await versionTwoGroupVector();
  const { people } = group;
  const rubric = group.inputs.rubric as Rubric;
  const chair = await identityFromKeys(
    { name: 'Vector chair', organisation: 'QBBUNDLE test vectors', role: 'chair' },
    '2025-01-01T00:00:00.000Z',
    resultInputs.chairSeed,
    resultInputs.chairAge,
  );
  const groupVerified = verifyGroupBundle(group.bytes);
  const memberStatement = groupVerified.header.roster.statement;
  const roster = signRosterStatement(people.office.signingKey, {
    ...memberStatement,
    reviewSections: 0,
    member: {
      fingerprint: chair.card.fingerprint,
      signingPublicKey: chair.card.signingPublicKey,
      ageRecipient: chair.card.ageRecipient,
      expertId: resultInputs.chairExpertId,
      seats: [{ role: 'chair' }],
    },
  });
  // The group vector's section is for the office and the leader: the office's opening is what
  // the chair of these vectors merged (a real chair is a reader of every group section).
  const opened = await openGroupBundle(groupVerified, people.office, {
    rubric,
    roundKind: 'material',
  });
  const { header } = groupVerified;
  const merge = mergeCommittee({
    caseId: header.caseId,
    roundId: header.roundId,
    roundKind: 'material',
    rubric,
    rubricDigest: header.rubricDigest,
    signer: {
      expertId: resultInputs.chairExpertId,
      fingerprint: chair.card.fingerprint,
      role: 'chair',
    },
    applications: [
      { applicationId: 'A01', applicationNo: resultInputs.applicationNo, groupId: header.groupId },
    ],
    groupBundles: [
      {
        groupId: header.groupId,
        merger: {
          expertId: header.roster.statement.member.expertId,
          fingerprint: header.merger.fingerprint,
        },
        sequence: header.sequence,
        digest: groupVerified.digest,
        superseded: [],
      },
    ],
    sections: opened.sections.map((s) => ({
      applicationId: s.applicationId,
      groupId: header.groupId,
      groupBundle: groupVerified.digest,
      chair: { expertId: s.chair.expertId, role: s.chair.role },
      merge: s.merge,
      deliberation: s.deliberation,
    })),
    settings: resultInputs.settings,
  });
  const draws = [
    resultInputs.bundleId,
    resultInputs.mergeSalt,
    resultInputs.applicationSalt,
    resultInputs.mergeKey,
    resultInputs.applicationKey,
  ];
  const fixedWraps = wraps === null ? null : [...wraps];
  const readers = [people.office.card, chair.card];
  const bytes = await writeResultBundle({
    identity: chair,
    roster,
    sequence: resultInputs.sequence,
    merge,
    groupBundles: [{ bytes: group.bytes, verified: groupVerified }],
    readersOf: () => readers,
    mergeReaders: readers,
    randomBytes: (n) => {
      const next = draws.shift();
      if (next?.length !== n) throw new Error('the vector draws in another order');
      return new Uint8Array(next);
    },
    wrapSectionKey: async (key, recipients) => {
      const fixed = fixedWraps?.shift();
      if (fixed !== undefined) return new Uint8Array(fixed);
      const { wrapSectionKey } = await import('../../../../electron/core/bundle/section-wrap');
      return wrapSectionKey(key, recipients, 'resultSectionKey');
    },
  });
  const buffer = Buffer.from(bytes);
  const headerLength = buffer.readUInt32BE(12);
  return {
    people: { ...people, chair },
    group: group.bytes,
    rubric,
    bytes: buffer,
    rosterStatement: canonicalJson(roster.statement),
    rosterSignature: roster.signature,
    mergeJson: canonicalJson(merge),
    prefix: buffer.subarray(0, 16).toString('hex'),
    headerJson: buffer.subarray(16, 16 + headerLength).toString('utf8'),
    signature: buffer.subarray(buffer.length - 72, buffer.length - 8).toString('hex'),
    bundleLength: buffer.length,
  };
}

interface SpecHeader {
  bundleId: string;
  groups: { length: number }[];
  mergeSection: { wrapLength: number; ciphertextLength: number };
  sections: { wrapLength: number; ciphertextLength: number }[];
}

/** The wraps of the merge section and of the first application section, in file order. */
export function specWraps(bytes: Buffer): Buffer[] {
  const headerLength = bytes.readUInt32BE(12);
  const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8')) as SpecHeader;
  const start = 16 + headerLength + header.groups.reduce((s, g) => s + g.length, 0);
  const second = start + header.mergeSection.wrapLength + header.mergeSection.ciphertextLength;
  return [
    bytes.subarray(start, start + header.mergeSection.wrapLength),
    bytes.subarray(second, second + header.sections[0]!.wrapLength),
  ];
}

/**
 * A section's plaintext by the spec, with plain node:crypto: `which` 0 is the merge section,
 * 1 the first application section; each part counts its sections from 0 in the key's label.
 */
export function specResultSection(
  bytes: Buffer,
  sectionKey: Uint8Array,
  which: 0 | 1,
): { json: string; paddedLength: number } {
  const headerLength = bytes.readUInt32BE(12);
  const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8')) as SpecHeader;
  let start = 16 + headerLength + header.groups.reduce((s, g) => s + g.length, 0);
  const record = which === 0 ? header.mergeSection : header.sections[0]!;
  if (which === 1) start += header.mergeSection.wrapLength + header.mergeSection.ciphertextLength;
  start += record.wrapLength;
  const ciphertext = bytes.subarray(start, start + record.ciphertextLength);
  const info = Buffer.concat([Buffer.from('QBBUNDLE section v1\0', 'latin1'), Buffer.from([0, 0])]);
  const key = Buffer.from(
    hkdfSync('sha256', sectionKey, Buffer.from(header.bundleId, 'hex'), info, 32),
  );
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.alloc(12));
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, -16)), decipher.final()]);
  const length = padded.readUInt32BE(0);
  if (padded.subarray(4 + length).some((b) => b !== 0)) throw new Error('non-zero padding');
  return { json: padded.subarray(4, 4 + length).toString('utf8'), paddedLength: padded.length };
}
