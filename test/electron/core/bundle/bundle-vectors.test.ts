/**
 * The test vectors of docs/bundle-format.md, read from the page itself: every output recomputed
 * from the spec with plain node:crypto (bundle-vector-spec.ts), the same bytes from the writer,
 * and the bundle verified and opened by each of its readers.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import type { Rubric } from '../../../../shared/domain/rubric';
import {
  openReviewBundle,
  verifyReviewBundle,
  writeReviewBundle,
} from '../../../../electron/core/bundle';
import type { ReviewDraft } from '../../../../electron/core/bundle';
import { decryptWithIdentity } from '../../../../electron/core/crypto/age-recipients';
import { identityFromKeys } from '../../../../electron/core/identity';
import type { Identity } from '../../../../electron/core/identity';
import { signRosterStatement, signUndertaking } from '../../../../electron/core/bundle';
import { specBundle } from './bundle-vector-spec';
import type { VectorInputs } from './bundle-vector-spec';

const docPath = fileURLToPath(new URL('../../../../docs/bundle-format.md', import.meta.url));
const text = await readFile(docPath, 'utf8');
const vectors = new Map<string, string>();
for (const match of text.matchAll(/<!-- vector:([a-z0-9-]+) -->\s*```text\n([\s\S]*?)```/g)) {
  vectors.set(match[1] ?? '', (match[2] ?? '').trim());
}
const v = (name: string): string => {
  const value = vectors.get(name);
  if (value === undefined) throw new Error(`docs/bundle-format.md has no vector "${name}"`);
  return value;
};
const hex = (name: string) => Buffer.from(v(name).replace(/\s+/g, ''), 'hex');

const inputs: VectorInputs = {
  officeSeed: hex('office-signing-seed'),
  officeAge: v('office-age-identity'),
  expertSeed: hex('expert-signing-seed'),
  expertAge: v('expert-age-identity'),
  leaderSeed: hex('leader-signing-seed'),
  leaderAge: v('leader-age-identity'),
  caseId: v('case-id'),
  roundId: v('round-id'),
  bundleId: hex('bundle-id'),
  sequence: Number(v('sequence')),
  rubric: JSON.parse(v('rubric-json')),
  undertakingText: v('undertaking-text'),
  undertakingSignedAt: v('undertaking-signed-at'),
  applicationId: v('application-id'),
  materials: JSON.parse(v('materials-json')),
  outcome: JSON.parse(v('outcome-json')),
  readersSalt: hex('readers-salt'),
  sectionKey: hex('section-key'),
  sectionWrap: hex('section-wrap'),
};

const make = (who: 'office' | 'expert' | 'leader', seed: Buffer, age: string): Promise<Identity> =>
  identityFromKeys(
    {
      name: `Vector ${who}`,
      organisation: 'QBBUNDLE test vectors',
      role: who === 'leader' ? 'leader' : who,
    },
    '2025-01-01T00:00:00.000Z',
    seed,
    age,
  );
const office = await make('office', inputs.officeSeed, inputs.officeAge);
const expert = await make('expert', inputs.expertSeed, inputs.expertAge);
const leader = await make('leader', inputs.leaderSeed, inputs.leaderAge);

describe('docs/bundle-format.md test vectors', () => {
  it('every output follows from the inputs by the spec', async () => {
    const out = await specBundle(inputs);
    expect(out.officeFingerprint).toBe(v('office-fingerprint'));
    expect(out.expertFingerprint).toBe(v('expert-fingerprint'));
    expect(out.leaderFingerprint).toBe(v('leader-fingerprint'));
    expect(out.rubricDigest).toBe(v('rubric-digest'));
    expect(out.rosterStatement).toBe(v('roster-statement'));
    expect(out.rosterSignature).toBe(v('roster-signature'));
    expect(out.undertakingStatement).toBe(v('undertaking-statement'));
    expect(out.undertakingSignature).toBe(v('undertaking-signature'));
    expect(out.readersCommitment).toBe(v('readers-commitment'));
    expect(out.sectionJson).toBe(v('section-json'));
    expect(out.paddedLength).toBe(Number(v('section-padded-length')));
    expect(out.sectionCipherKey).toBe(v('section-cipher-key'));
    expect(out.ciphertext).toBe(v('section-ciphertext').replace(/\s+/g, ''));
    expect(out.sectionSha256).toBe(v('section-sha256'));
    expect(out.prefix).toBe(v('prefix'));
    expect(out.headerJson).toBe(v('header-json'));
    expect(out.signature).toBe(v('signature').replace(/\s+/g, ''));
    expect(out.bundleLength).toBe(Number(v('bundle-length')));
    expect(out.bundleSha256).toBe(v('bundle-sha256'));
  });

  it('the wrap opens with each reader’s identity to the labelled section key', async () => {
    for (const identity of [inputs.officeAge, inputs.expertAge, inputs.leaderAge]) {
      const payload = Buffer.from(await decryptWithIdentity(inputs.sectionWrap, identity));
      expect(payload).toEqual(
        Buffer.concat([Buffer.from('QBBUNDLE section key v1\0', 'latin1'), inputs.sectionKey]),
      );
    }
  });

  it('the writer makes the same bytes from the same inputs', async () => {
    const rubric = inputs.rubric as Rubric;
    const roster = signRosterStatement(office.signingKey, JSON.parse(v('roster-statement')));
    const undertaking = signUndertaking(expert, {
      caseId: inputs.caseId,
      roundId: inputs.roundId,
      text: inputs.undertakingText,
      signedAt: inputs.undertakingSignedAt,
    });
    const { total: _computed, ...draft } = inputs.outcome as ReviewDraft & { total: number };
    const draws = [inputs.bundleId, inputs.readersSalt, inputs.sectionKey];
    const bytes = await writeReviewBundle({
      identity: expert,
      roster,
      rubric,
      sequence: inputs.sequence,
      undertaking,
      applications: [
        {
          applicationId: inputs.applicationId,
          materials: inputs.materials as { materialId: string; sha256: string }[],
          outcome: draft,
          readers: [office.card, leader.card],
        },
      ],
      randomBytes: (n) => {
        const next = draws.shift();
        if (next?.length !== n) throw new Error('the vector draws in another order');
        return new Uint8Array(next);
      },
      wrapSectionKey: async () => new Uint8Array(inputs.sectionWrap),
    });
    expect((await specBundle(inputs)).bundle.equals(Buffer.from(bytes))).toBe(true);
  });

  it('the bundle verifies with the office fingerprint and opens for the leader', async () => {
    const { bundle } = await specBundle(inputs);
    const verified = verifyReviewBundle(bundle, {
      officeFingerprint: v('office-fingerprint'),
      caseId: inputs.caseId,
      roundId: inputs.roundId,
      rubricDigest: v('rubric-digest'),
    });
    const opened = await openReviewBundle(verified, leader, { rubric: inputs.rubric as Rubric });
    expect(canonicalJson(opened.sections[0]?.section)).toBe(v('section-json'));
  });
});
