/**
 * The test vectors of docs/group-bundle-format.md, read from the page: the writer makes the same
 * bytes from the same inputs (the member bundle being docs/bundle-format.md's vector), the
 * merger's signature holds under plain node:crypto over its context, prefix and header, the
 * section decrypts by the spec to the page's JSON, the member section key it carries opens the
 * member's section wrap by age's spec, and the bundle verifies and opens.
 */
import {
  createDecipheriv,
  createHash,
  createHmac,
  createPublicKey,
  hkdfSync,
  verify,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../../shared/domain/rubric';
import { verifyReviewBundle } from '../../../../electron/core/bundle';
import { openGroupBundle, verifyGroupBundle } from '../../../../electron/core/merge';
import {
  buildGroupVectors,
  docVectors,
  groupInputs,
  hexOf,
  specSectionJson,
} from './group-vector-build';

const v = await docVectors('group-bundle-format.md');
const out = await buildGroupVectors(hexOf(v('group-section-wrap')));

describe('docs/group-bundle-format.md test vectors', () => {
  it('the writer makes the page’s bytes from its inputs', () => {
    expect(JSON.stringify(groupInputs.records)).toBe(v('records-json'));
    expect(out.rosterStatement).toBe(v('merger-roster-statement'));
    expect(out.rosterSignature).toBe(v('merger-roster-signature'));
    expect(out.mergeJson).toBe(v('merge-json'));
    expect(out.prefix).toBe(v('group-prefix'));
    expect(out.headerJson).toBe(v('group-header-json'));
    expect(out.signature).toBe(v('group-signature').replace(/\s+/g, ''));
    expect(out.bundleLength).toBe(Number(v('group-bundle-length')));
    expect(createHash('sha256').update(out.bytes).digest('hex')).toBe(v('group-bundle-sha256'));
  });

  it('embeds the review bundle vector and signs with the group context, by plain node:crypto', () => {
    const header = JSON.parse(v('group-header-json')) as {
      merger: { signingPublicKey: string };
      members: { sha256: string }[];
    };
    expect(header.members[0]!.sha256).toBe(createHash('sha256').update(out.member).digest('hex'));
    const raw = Buffer.from(header.merger.signingPublicKey, 'base64');
    const key = createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]),
      format: 'der',
      type: 'spki',
    });
    const message = Buffer.concat([
      Buffer.from('QBBUNDLE group bundle v1\0', 'latin1'),
      hexOf(v('group-prefix')),
      Buffer.from(v('group-header-json'), 'utf8'),
    ]);
    expect(verify(null, message, key, hexOf(v('group-signature')))).toBe(true);
  });

  it('the section decrypts by the spec to the page’s JSON', () => {
    const section = specSectionJson(out.bytes, groupInputs.sectionKey);
    expect(section.json).toBe(v('group-section-json'));
    expect(section.paddedLength).toBe(Number(v('group-section-padded-length')));
  });

  it('carries the age file key of the member section, which opens its wrap by age’s spec', () => {
    const section = JSON.parse(v('group-section-json')) as {
      version: number;
      memberKeys: { expertId: string; sequence: number; section: string; fileKey: string }[];
    };
    expect(section.version).toBe(2);
    const [carried] = section.memberKeys;
    const member = verifyReviewBundle(out.member);
    expect(carried).toMatchObject({ expertId: 'e02', sequence: 3 });
    expect(member.header.sections[0]!.sha256).toBe(carried!.section);
    const wrap = Buffer.from(member.frame.sections[0]!.wrap);
    // The header MAC: HMAC-SHA-256 under HKDF(file key, "header") over the header up to "---".
    const fileKey = hexOf(carried!.fileKey);
    const macAt = wrap.indexOf('\n---') + 4;
    const lineEnd = wrap.indexOf('\n', macAt);
    const macKey = Buffer.from(hkdfSync('sha256', fileKey, Buffer.alloc(0), 'header', 32));
    const mac = createHmac('sha256', macKey).update(wrap.subarray(0, macAt)).digest();
    expect(mac.toString('base64').replace(/=+$/, '')).toBe(
      wrap.subarray(macAt + 1, lineEnd).toString('latin1'),
    );
    // The payload: one final STREAM chunk under HKDF(file key, nonce, "payload").
    const nonce = wrap.subarray(lineEnd + 1, lineEnd + 17);
    const sealed = wrap.subarray(lineEnd + 17);
    const streamKey = Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
    const chunkNonce = Buffer.alloc(12);
    chunkNonce[11] = 1;
    const decipher = createDecipheriv('chacha20-poly1305', streamKey, chunkNonce, {
      authTagLength: 16,
    });
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const payload = Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]);
    expect(payload.subarray(0, 24).toString('latin1')).toBe('QBBUNDLE section key v1\0');
    expect(payload).toHaveLength(24 + 32);
  });

  it('verifies with no key and opens for the office and the leader', async () => {
    const verified = verifyGroupBundle(out.bytes, {
      officeFingerprint: out.people.office.card.fingerprint,
    });
    for (const reader of [out.people.office, out.people.leader]) {
      const opened = await openGroupBundle(verified, reader, {
        rubric: out.inputs.rubric as Rubric,
        roundKind: 'material',
      });
      expect(opened.sections.map((s) => [s.applicationId, s.deliberation.decision])).toEqual([
        ['A01', 'enter-defense'],
      ]);
    }
  });
});
