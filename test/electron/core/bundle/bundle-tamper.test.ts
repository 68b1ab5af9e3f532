/**
 * Every failure code of a review bundle, each produced by a real change to a real bundle: a
 * flipped byte in every region, a section swapped in from another bundle, a header edited and
 * signed again by another key or by the author, a truncated, oversized or padded file.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../../../shared/bundle/bundle-limits';
import { isAppError } from '../../../../shared/errors';
import { openReviewBundle, verifyReviewBundle } from '../../../../electron/core/bundle';
import type { BundleExpectations } from '../../../../electron/core/bundle';
import { bundleRound, keysOf, materialHash } from './bundle-fixtures';
import { flipped, join, regions, split } from './bundle-surgery';

const round = await bundleRound();
const original = await round.bundle(1);

function codeOf(bytes: Uint8Array, expect: BundleExpectations = {}): string {
  try {
    verifyReviewBundle(bytes, expect);
    return 'verified';
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe('a flipped byte', () => {
  const places = regions(original);

  it('in the prefix: not a bundle, its version, its kind or its header length', () => {
    const codes = new Set<string>();
    for (let offset = 0; offset < 16; offset++) codes.add(codeOf(flipped(original, offset)));
    expect(codeOf(flipped(original, 0))).toBe('bundle-not-a-bundle');
    expect(codeOf(flipped(original, 9))).toBe('bundle-unsupported-version');
    expect(codeOf(flipped(original, 10))).toBe('bundle-malformed');
    expect(codeOf(flipped(original, 12))).toBe('bundle-too-large');
    expect(codeOf(flipped(original, 13))).toBe('bundle-truncated');
    expect(codeOf(flipped(original, 15))).toBe('bundle-malformed');
    expect(codes.has('verified')).toBe(false);
  });

  it('anywhere in the header: malformed or a bad signature, never accepted', () => {
    const [start, end] = places['header']!;
    const codes = new Set<string>();
    for (let offset = start; offset < end; offset++) codes.add(codeOf(flipped(original, offset)));
    expect([...codes].sort()).toEqual(
      expect.arrayContaining(['bundle-bad-signature', 'bundle-malformed']),
    );
    for (const code of codes) {
      expect(['bundle-bad-signature', 'bundle-malformed', 'bundle-unsupported-version']).toContain(
        code,
      );
    }
  });

  it('in any section, wrap or ciphertext: that section is altered', () => {
    for (const [name, [start, end]] of Object.entries(places)) {
      const match = /^(wrap|ciphertext) (\d+)$/.exec(name);
      if (!match) continue;
      for (const offset of [start, Math.floor((start + end) / 2), end - 1]) {
        expect(() => verifyReviewBundle(flipped(original, offset)), name).toThrow(
          expect.objectContaining({
            code: 'bundle-section-altered',
            params: { section: Number(match[2]) },
          }),
        );
      }
    }
  });

  it('in the signature: a bad signature; in the end magic: malformed', () => {
    const [signature] = places['signature']!;
    const [end] = places['end magic']!;
    expect(codeOf(flipped(original, signature))).toBe('bundle-bad-signature');
    expect(codeOf(flipped(original, signature + 63))).toBe('bundle-bad-signature');
    expect(codeOf(flipped(original, end + 3))).toBe('bundle-malformed');
  });
});

describe('the structure', () => {
  it('refuses a truncated bundle at every length, and extra bytes', () => {
    for (let length = 0; length < original.length; length++) {
      const code = codeOf(original.subarray(0, length));
      expect(code, String(length)).toBe(length === 0 ? 'bundle-not-a-bundle' : 'bundle-truncated');
    }
    expect(codeOf(Buffer.concat([original, Buffer.from([0])]))).toBe('bundle-malformed');
  });

  it('refuses an oversized bundle before reading it', () => {
    const huge = Buffer.alloc(MAX_BUNDLE_BYTES + 1);
    Buffer.from(original).copy(huge, 0, 0, 16);
    expect(codeOf(huge)).toBe('bundle-too-large');
  });

  it('refuses an unknown version, in the prefix or in the header', () => {
    const prefix = Buffer.from(original);
    prefix.writeUInt16BE(2, 8);
    expect(() => verifyReviewBundle(prefix)).toThrow(
      expect.objectContaining({ code: 'bundle-unsupported-version', params: { version: 2 } }),
    );
    const parts = split(original);
    parts.header['version'] = 7;
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-unsupported-version');
  });

  it('refuses a header that is not in canonical form, or names an unknown field', () => {
    const parts = split(original);
    parts.header['extra'] = 1;
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-malformed');
    const spaced = Buffer.from(original);
    const at = spaced.indexOf('{"author"');
    spaced[at + 1] = 0x20; // a space where a quote was: no longer the canonical form
    expect(codeOf(spaced)).toBe('bundle-malformed');
  });

  it('refuses a round id that could leave a folder, even signed by its author', () => {
    const parts = split(original);
    parts.header['roundId'] = '../../material';
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-malformed');
  });

  it('refuses a section twice, even signed by its author', () => {
    const parts = split(original);
    parts.sections.push(parts.sections[0]!);
    parts.header.sections.push(parts.header.sections[0]!);
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-duplicate-section');
  });
});

describe('signatures and the roster', () => {
  it('refuses a section swapped in from another bundle of the same author', async () => {
    const other = split(await round.bundle(2));
    const parts = split(original);
    parts.sections[0] = other.sections[0]!;
    expect(codeOf(join(parts))).toBe('bundle-section-altered');
    parts.header.sections[0] = other.header.sections[0]!;
    expect(codeOf(join(parts))).toBe('bundle-bad-signature');
  });

  it('refuses a section dropped by its author: another count than the office’s', () => {
    const parts = split(original);
    parts.sections.pop();
    parts.header.sections.pop();
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-section-count');
  });

  it('refuses a changed sequence', () => {
    const parts = split(original);
    parts.header['sequence'] = 2;
    expect(codeOf(join(parts))).toBe('bundle-bad-signature');
  });

  it('refuses a bundle signed again by another key: unknown author', () => {
    const parts = split(original);
    expect(codeOf(join(parts, round.member.signingKey))).toBe('bundle-bad-signature');
    parts.header['author'] = keysOf(round.member);
    expect(codeOf(join(parts, round.member.signingKey))).toBe('bundle-unknown-author');
  });

  it('refuses an author whose fingerprint is not the one their keys give', () => {
    const parts = split(original);
    parts.header['author'] = {
      ...keysOf(round.expert),
      fingerprint: round.member.card.fingerprint,
    };
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-unknown-author');
  });

  it('refuses a roster statement the office did not sign', () => {
    const parts = split(original);
    const roster = parts.header['roster'] as { signature: string };
    const signature = Buffer.from(roster.signature, 'base64');
    signature[0] = (signature[0] ?? 0) ^ 1;
    roster.signature = signature.toString('base64');
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-roster-invalid');
  });

  it('refuses a roster statement of another office than the one given', () => {
    expect(codeOf(original, { officeFingerprint: round.leader.card.fingerprint })).toBe(
      'bundle-unknown-office',
    );
    expect(codeOf(original, { officeFingerprint: round.office.card.fingerprint })).toBe('verified');
  });

  it('refuses an author whose statement is for another case, or a seat that does not review', async () => {
    const parts = split(original);
    parts.header['caseId'] = '5eed0000000000000000000000000002';
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-author-not-in-roster');
    const chairStatement = round.statementFor(round.expert, 'e02', [{ role: 'chair' }]);
    const asChair = await round.bundle(1, (r) => ({ ...r, roster: chairStatement }));
    expect(codeOf(asChair)).toBe('bundle-author-not-in-roster');
  });

  it('refuses an author missing from the verifier’s own roster', () => {
    const roster = [{ fingerprint: round.leader.card.fingerprint, roles: ['leader'] }];
    expect(codeOf(original, { roster })).toBe('bundle-author-not-in-roster');
    const withAuthor = [
      ...roster,
      { fingerprint: round.expert.card.fingerprint, roles: ['member'] },
    ];
    expect(codeOf(original, { roster: withAuthor })).toBe('verified');
  });

  it('refuses another case or round than the verifier’s', () => {
    expect(codeOf(original, { caseId: '5eed0000000000000000000000000009' })).toBe(
      'bundle-wrong-case-round',
    );
    expect(codeOf(original, { roundId: 'defense' })).toBe('bundle-wrong-case-round');
  });

  it('refuses a rubric digest the statement or the verifier does not name', () => {
    const parts = split(original);
    parts.header['rubricDigest'] = '0'.repeat(64);
    expect(codeOf(join(parts, round.expert.signingKey))).toBe('bundle-rubric-digest');
    expect(codeOf(original, { rubricDigest: 'f'.repeat(64) })).toBe('bundle-rubric-digest');
  });
});

describe('opening', () => {
  it('refuses a material hash that differs from the reader’s package', async () => {
    const verified = verifyReviewBundle(original);
    const materials = [
      { ...materialHash('m-a01-text'), applicationId: 'A01' },
      { ...materialHash('m-a01-form'), applicationId: 'A01', sha256: 'e'.repeat(64) },
      { ...materialHash('m-a02-text'), applicationId: 'A02' },
    ];
    await expect(openReviewBundle(verified, round.leader, { materials })).rejects.toMatchObject({
      code: 'bundle-material-hash',
      params: { applicationId: 'A01' },
    });
  });

  it('refuses readers that differ from the manifest’s', async () => {
    const verified = verifyReviewBundle(original);
    const reviewReaders = new Map([['A01', [round.office.card.fingerprint]]]);
    await expect(openReviewBundle(verified, round.leader, { reviewReaders })).rejects.toMatchObject(
      { code: 'bundle-section-invalid' },
    );
  });

  it('refuses a review that does not fit the reader’s rubric', async () => {
    const verified = verifyReviewBundle(original);
    const rubric = {
      ...round.rubric,
      criteria: round.rubric.criteria.map((c) => ({
        ...c,
        parts: c.parts.map((p) => ({ ...p, maxPoints: 1 })),
      })),
    };
    await expect(openReviewBundle(verified, round.leader, { rubric })).rejects.toMatchObject({
      code: 'bundle-review-invalid',
    });
  });

  it('refuses a section its own author broke and signed: bundle-section-invalid', async () => {
    // One the leader can open (a filler opens for nobody).
    const { number } = (await openReviewBundle(verifyReviewBundle(original), round.leader))
      .sections[0]!;
    const parts = split(original);
    const at = number - 1;
    const broken = Buffer.from(parts.sections[at]!.ciphertext);
    broken[3] = (broken[3] ?? 0) ^ 0x01;
    parts.sections[at] = { ...parts.sections[at]!, ciphertext: broken };
    parts.header.sections[at] = {
      ...parts.header.sections[at]!,
      sha256: createHash('sha256').update(parts.sections[at]!.wrap).update(broken).digest('hex'),
    };
    const verified = verifyReviewBundle(join(parts, round.expert.signingKey));
    await expect(openReviewBundle(verified, round.leader)).rejects.toMatchObject({
      code: 'bundle-section-invalid',
      params: { section: number },
    });
  });
});

describe('random damage', () => {
  it('is always refused with a code of the family, never a crash', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 400; round++) {
      const copy = Buffer.from(original);
      for (let n = 1 + (next() % 4); n > 0; n--) copy[next() % copy.length] = next() % 256;
      if (copy.equals(original)) continue;
      const code = codeOf(copy);
      expect(code.startsWith('bundle-') && code !== 'verified', code).toBe(true);
    }
  });
});
