/**
 * The group bundle's test vectors (docs/group-bundle-format.md), built through the real code from
 * fixed inputs: the review bundle of docs/bundle-format.md's vectors as the one member bundle, the
 * leader of those vectors as the merger, fixed ids, salt and section key, and a fixed age wrap.
 * print-group-vectors.ts prints them; group-bundle-vectors.test.ts rebuilds and compares them.
 */
import { createDecipheriv, hkdfSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import type { Rubric } from '../../../../shared/domain/rubric';
import { KEY_DIRECTORY_ENTRIES } from '../../../../shared/merge/group-bundle-content';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../../shared/merge/group-merge';
import {
  openReviewBundle,
  signRosterStatement,
  verifyReviewBundle,
} from '../../../../electron/core/bundle';
import { identityFromKeys } from '../../../../electron/core/identity';
import type { Identity } from '../../../../electron/core/identity';
import { writeGroupBundle } from '../../../../electron/core/merge';
import type { DirectoryEntryPlain } from '../../../../electron/core/merge/group-key-directory';
import { sealKeyDirectory } from '../../../../electron/core/merge/group-key-directory';
import { specBundle } from '../bundle/bundle-vector-spec';
import type { VectorInputs } from '../bundle/bundle-vector-spec';

/** The `<!-- vector:name -->` blocks of a page of docs/. */
export async function docVectors(page: string): Promise<(name: string) => string> {
  const path = fileURLToPath(new URL(`../../../../docs/${page}`, import.meta.url));
  const text = await readFile(path, 'utf8');
  const vectors = new Map<string, string>();
  for (const match of text.matchAll(/<!-- vector:([a-z0-9-]+) -->\s*```text\n([\s\S]*?)```/g)) {
    vectors.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return (name) => {
    const value = vectors.get(name);
    if (value === undefined) throw new Error(`docs/${page} has no vector "${name}"`);
    return value;
  };
}

export const hexOf = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');
const range = (from: number, count: number) =>
  Buffer.from(Array.from({ length: count }, (_, i) => from + i));

/** The group's fixed inputs (the wrap is drawn once by age and kept in the page). */
export const groupInputs = {
  bundleId: range(0x10, 16),
  readersSalt: range(0x60, 32),
  sectionKey: range(0x80, 32),
  sequence: 1,
  groupId: 'g1',
  records: [
    {
      kind: 'absence',
      applicationId: 'A01',
      expertId: 'e01',
      cause: 'missing-review',
      reason: '组长未提交本人评审意见。',
    },
    { kind: 'consensus', applicationId: 'A01', score: 85.5, opinion: '同意入围答辩。' },
    { kind: 'decision', applicationId: 'A01', decision: 'enter-defense' },
  ] satisfies DeliberationRecord[],
};

export async function reviewVectorInputs(): Promise<VectorInputs> {
  const v = await docVectors('bundle-format.md');
  return {
    officeSeed: hexOf(v('office-signing-seed')),
    officeAge: v('office-age-identity'),
    expertSeed: hexOf(v('expert-signing-seed')),
    expertAge: v('expert-age-identity'),
    leaderSeed: hexOf(v('leader-signing-seed')),
    leaderAge: v('leader-age-identity'),
    caseId: v('case-id'),
    roundId: v('round-id'),
    bundleId: hexOf(v('bundle-id')),
    sequence: Number(v('sequence')),
    rubric: JSON.parse(v('rubric-json')),
    undertakingText: v('undertaking-text'),
    undertakingSignedAt: v('undertaking-signed-at'),
    applicationId: v('application-id'),
    materials: JSON.parse(v('materials-json')),
    outcome: JSON.parse(v('outcome-json')),
    readersSalt: hexOf(v('readers-salt')),
    sectionKey: hexOf(v('section-key')),
    sectionWrap: hexOf(v('section-wrap')),
  };
}

export interface VectorPeople {
  readonly office: Identity;
  readonly expert: Identity;
  readonly leader: Identity;
}

export async function vectorPeople(inputs: VectorInputs): Promise<VectorPeople> {
  const make = (who: 'office' | 'expert' | 'leader', seed: Buffer, age: string) =>
    identityFromKeys(
      { name: `Vector ${who}`, organisation: 'QBBUNDLE test vectors', role: who },
      '2025-01-01T00:00:00.000Z',
      seed,
      age,
    );
  return {
    office: await make('office', inputs.officeSeed, inputs.officeAge),
    expert: await make('expert', inputs.expertSeed, inputs.expertAge),
    leader: await make('leader', inputs.leaderSeed, inputs.leaderAge),
  };
}

/** Every output of the group vectors, through the real merge and writer. */
export async function buildGroupVectors(
  wrap: Uint8Array | null,
  options: {
    /** The key directory's age files as kept in the page; null to seal new ones. */
    readonly directory?: readonly Uint8Array[] | null;
    /** The version 2 bundle the page held before version 3 (the kept fixture). */
    readonly olderVersion?: 2;
  } = {},
) {
  const inputs = await reviewVectorInputs();
  const people = await vectorPeople(inputs);
  const member = (await specBundle(inputs)).bundle;
  const verified = verifyReviewBundle(member);
  const opened = await openReviewBundle(verified, people.leader, {
    rubric: inputs.rubric as Rubric,
  });
  const rubric = inputs.rubric as Rubric;
  const statement = verified.header.roster.statement;
  const roster = signRosterStatement(people.office.signingKey, {
    ...statement,
    member: {
      fingerprint: people.leader.card.fingerprint,
      signingPublicKey: people.leader.card.signingPublicKey,
      ageRecipient: people.leader.card.ageRecipient,
      expertId: 'e01',
      seats: [{ role: 'leader', groupId: groupInputs.groupId }],
    },
  });
  const merge = mergeGroup({
    caseId: inputs.caseId,
    roundId: inputs.roundId,
    groupId: groupInputs.groupId,
    rubric,
    rubricDigest: statement.rubricDigest,
    merger: { expertId: 'e01', fingerprint: people.leader.card.fingerprint },
    members: [
      { expertId: 'e01', fingerprint: people.leader.card.fingerprint, role: 'leader' },
      { expertId: 'e02', fingerprint: people.expert.card.fingerprint, role: 'member' },
    ],
    applications: [{ applicationId: 'A01', chairRole: 'leader' }],
    submissions: [
      {
        expertId: 'e02',
        fingerprint: people.expert.card.fingerprint,
        sequence: verified.header.sequence,
        digest: verified.digest,
        sections: opened.sections.map((s) => ({
          applicationId: s.section.applicationId,
          outcome: s.section.outcome,
        })),
      },
    ],
  });
  const deliberation = deliberationSummary({
    merge,
    rubric,
    roundKind: 'material',
    records: groupInputs.records,
  });
  const draws = [groupInputs.bundleId, groupInputs.readersSalt, groupInputs.sectionKey];
  const directoryEntries: DirectoryEntryPlain[] = [];
  const bytes = await writeGroupBundle({
    identity: people.leader,
    roster,
    rubric,
    sequence: groupInputs.sequence,
    memberBundles: [{ bytes: member, verified }],
    merge,
    records: groupInputs.records,
    deliberation,
    readersOf: () => [people.office.card],
    randomBytes: (n) => {
      const next = draws.shift();
      if (next?.length !== n) throw new Error('the vector draws in another order');
      return new Uint8Array(next);
    },
    wrapSectionKey: async (key, recipients) => {
      if (wrap !== null) return new Uint8Array(wrap);
      const { wrapSectionKey } = await import('../../../../electron/core/bundle/section-wrap');
      return wrapSectionKey(key, recipients);
    },
    ...(options.olderVersion === undefined ? {} : { olderVersion: options.olderVersion }),
    sealKeyDirectory: (entries, count) => {
      // Copies: the writer wipes the file keys once sealed.
      directoryEntries.push(
        ...entries.map((e) => ({
          ...e,
          keys: e.keys.map((k) => ({ index: k.index, fileKey: new Uint8Array(k.fileKey) })),
        })),
      );
      const kept = options.directory;
      return kept === undefined || kept === null
        ? sealKeyDirectory(entries, count)
        : kept.map((file) => new Uint8Array(file));
    },
  });
  const buffer = Buffer.from(bytes);
  const headerLength = buffer.readUInt32BE(12);
  return {
    inputs,
    people,
    member,
    bytes: buffer,
    rosterStatement: canonicalJson(roster.statement),
    rosterSignature: roster.signature,
    mergeJson: canonicalJson(merge),
    prefix: buffer.subarray(0, 16).toString('hex'),
    headerJson: buffer.subarray(16, 16 + headerLength).toString('utf8'),
    signature: buffer.subarray(buffer.length - 72, buffer.length - 8).toString('hex'),
    bundleLength: buffer.length,
    /** The readers' directory entries as the writer asked them sealed. */
    directoryEntries,
  };
}

/**
 * The one section's plaintext by the spec, with plain node:crypto: its key by HKDF-SHA256 from
 * the section key, the bundle id and the label with the section's number, AES-256-GCM with a
 * zero nonce, then the length-prefixed JSON and zero padding.
 */
export function specSectionJson(
  bytes: Buffer,
  sectionKey: Uint8Array,
): { json: string; paddedLength: number } {
  const headerLength = bytes.readUInt32BE(12);
  const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8')) as {
    bundleId: string;
    directory?: { length: number }[];
    members: { length: number }[];
    sections: { wrapLength: number; ciphertextLength: number }[];
  };
  const start =
    16 +
    headerLength +
    (header.directory ?? []).reduce((s, d) => s + d.length, 0) +
    header.members.reduce((s, m) => s + m.length, 0) +
    header.sections[0]!.wrapLength;
  const ciphertext = bytes.subarray(start, start + header.sections[0]!.ciphertextLength);
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

/**
 * The version 2 group bundle the page's vectors were before version 3 (header version 1, no key
 * directory, sections carrying their full merge), kept byte for byte: the version 2 reader's
 * fixture, and the group bundle the result bundle's vectors embed (docs/result-bundle-format.md).
 */
export async function versionTwoGroupVector() {
  const inputs = await reviewVectorInputs();
  const people = await vectorPeople(inputs);
  const path = fileURLToPath(new URL('fixtures/group-bundle-v2.qbbundle', import.meta.url));
  return { inputs, people, bytes: await readFile(path) };
}

/** The key directory's age files from the page's block: KEY_DIRECTORY_ENTRIES of one length. */
export function splitDirectory(bytes: Buffer): Buffer[] {
  const length = bytes.length / KEY_DIRECTORY_ENTRIES;
  if (!Number.isInteger(length)) throw new Error('the directory block is not four equal files');
  return Array.from({ length: KEY_DIRECTORY_ENTRIES }, (_, i) =>
    bytes.subarray(i * length, (i + 1) * length),
  );
}
