/**
 * The test vectors of docs/group-bundle-format.md, read from the page: the writer makes the same
 * bytes from the same inputs (the member bundle being docs/bundle-format.md's vector), the
 * merger's signature holds under plain node:crypto over its context, prefix and header, the
 * section decrypts by the spec to the page's JSON, and the bundle verifies and opens.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../../shared/domain/rubric';
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
