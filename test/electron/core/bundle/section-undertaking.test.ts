/**
 * The opener verifies the undertaking's signature once per bundle when every section carries
 * the same one (the writer puts one in each), and any section whose undertaking differs on its
 * own: a section re-sealed by its author with another undertaking opens when that one is the
 * author's, and is refused when its signature does not hold.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import {
  openReviewBundle,
  signUndertaking,
  verifyReviewBundle,
} from '../../../../electron/core/bundle';
import {
  decryptSection,
  encryptSection,
  padSection,
  sectionCipherKey,
} from '../../../../electron/core/bundle/section-cipher';
import { unwrapSectionKey } from '../../../../electron/core/bundle/section-wrap';
import { bundleRound } from './bundle-fixtures';
import { join, split } from './bundle-surgery';

const round = await bundleRound();

/**
 * The bundle with the leader's first readable section re-sealed by its author around
 * `undertaking` (the section's key kept, its hash in the header and the signature made anew).
 */
async function withUndertaking(undertaking: unknown): Promise<Buffer> {
  const parts = split(await round.bundle(1));
  const bundleId = Buffer.from(String(parts.header['bundleId']), 'hex');
  for (const [index, section] of parts.sections.entries()) {
    const key = await unwrapSectionKey(section.wrap, round.leader.ageIdentity);
    if (key === null) continue;
    const cipherKey = sectionCipherKey(key, bundleId, index);
    const plain = JSON.parse(decryptSection(cipherKey, section.ciphertext, index + 1).toString());
    const body = Buffer.from(canonicalJson({ ...plain, undertaking }), 'utf8');
    const padded = padSection(body, section.ciphertext.length - 16);
    const ciphertext = encryptSection(cipherKey, padded);
    parts.sections[index] = { wrap: section.wrap, ciphertext };
    parts.header.sections[index]!['sha256'] = createHash('sha256')
      .update(section.wrap)
      .update(ciphertext)
      .digest('hex');
    return join(parts, round.expert.signingKey);
  }
  throw new Error('the leader reads no section');
}

describe('the undertaking of each section', () => {
  const statement = {
    caseId: '5eed0000000000000000000000000001',
    roundId: 'material',
    text: '本人承诺对评审材料和评审情况严格保密。',
  };

  it('opens a section whose undertaking differs but is the author’s own', async () => {
    const other = signUndertaking(round.expert, {
      ...statement,
      signedAt: '2026-11-21T10:00:00+08:00',
    });
    const opened = await openReviewBundle(
      verifyReviewBundle(await withUndertaking(other)),
      round.leader,
    );
    const signedAt = opened.sections.map((s) => s.section.undertaking.statement.signedAt);
    expect(new Set(signedAt)).toEqual(
      new Set(['2026-11-20T09:00:00+08:00', '2026-11-21T10:00:00+08:00']),
    );
  });

  it('refuses a section whose undertaking differs and does not verify', async () => {
    // The bundle's own undertaking (Ed25519 is deterministic: the same signature as in the
    // other sections), its statement changed after signing: same signature, another message.
    const genuine = signUndertaking(round.expert, {
      ...statement,
      signedAt: '2026-11-20T09:00:00+08:00',
    });
    const forged = {
      ...genuine,
      statement: { ...genuine.statement, signedAt: '2026-11-22T10:00:00+08:00' },
    };
    await expect(
      openReviewBundle(verifyReviewBundle(await withUndertaking(forged)), round.leader),
    ).rejects.toMatchObject({ code: 'bundle-undertaking-invalid' });
  });
});
