/**
 * The test vectors of docs/result-bundle-format.md, read from the page: the writer makes the same
 * bytes from the same inputs (the group bundle being docs/group-bundle-format.md's vector), the
 * signer's signature holds under plain node:crypto over its context, prefix and header, each
 * wrap opens with age-encryption for the office to the result's own key label and the section
 * key, each section decrypts by the spec to the page's JSON, and the bundle verifies and opens.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { openResultBundle, verifyResultBundle } from '../../../../electron/core/committee';
import {
  buildResultVectors,
  docVectors,
  hexOf,
  resultInputs,
  specResultSection,
  specWraps,
} from './result-vector-build';

const v = await docVectors('result-bundle-format.md');
const out = await buildResultVectors([
  hexOf(v('result-merge-wrap')),
  hexOf(v('result-application-wrap')),
]);

describe('docs/result-bundle-format.md test vectors', () => {
  it('the writer makes the page’s bytes from its inputs', () => {
    expect(resultInputs.chairAge).toBe(v('chair-age-identity'));
    expect(out.people.chair.card.fingerprint).toBe(v('chair-fingerprint'));
    expect(out.rosterStatement).toBe(v('chair-roster-statement'));
    expect(out.rosterSignature).toBe(v('chair-roster-signature'));
    expect(out.mergeJson).toBe(v('committee-merge-json'));
    expect(out.prefix).toBe(v('result-prefix'));
    expect(out.headerJson).toBe(v('result-header-json'));
    expect(out.signature).toBe(v('result-signature').replace(/\s+/g, ''));
    expect(out.bundleLength).toBe(Number(v('result-bundle-length')));
    expect(createHash('sha256').update(out.bytes).digest('hex')).toBe(v('result-bundle-sha256'));
  });

  it('embeds the group bundle vector and signs with the result context, by plain node:crypto', () => {
    const header = JSON.parse(v('result-header-json')) as {
      signer: { signingPublicKey: string };
      groups: { sha256: string }[];
    };
    expect(header.groups[0]!.sha256).toBe(createHash('sha256').update(out.group).digest('hex'));
    const raw = Buffer.from(header.signer.signingPublicKey, 'base64');
    const key = createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]),
      format: 'der',
      type: 'spki',
    });
    const message = Buffer.concat([
      Buffer.from('QBBUNDLE result bundle v1\0', 'latin1'),
      hexOf(v('result-prefix')),
      Buffer.from(v('result-header-json'), 'utf8'),
    ]);
    expect(verify(null, message, key, hexOf(v('result-signature')))).toBe(true);
  });

  it('each wrap opens with age for the office: the result label and the section key', async () => {
    const keys = [resultInputs.mergeKey, resultInputs.applicationKey];
    for (const [index, wrap] of specWraps(out.bytes).entries()) {
      const decrypter = new Decrypter();
      decrypter.addIdentity(out.people.office.ageIdentity);
      const payload = Buffer.from(await decrypter.decrypt(wrap));
      expect(payload).toEqual(
        Buffer.concat([Buffer.from('QBRESULT section key v1\0', 'latin1'), keys[index]!]),
      );
    }
  });

  it('the sections decrypt by the spec to the page’s JSON', () => {
    const merge = specResultSection(out.bytes, resultInputs.mergeKey, 0);
    expect(merge.json).toBe(v('result-merge-section-json'));
    expect(merge.paddedLength).toBe(Number(v('result-merge-section-padded-length')));
    const application = specResultSection(out.bytes, resultInputs.applicationKey, 1);
    expect(application.json).toBe(v('result-application-section-json'));
    expect(application.paddedLength).toBe(Number(v('result-application-section-padded-length')));
  });

  it('verifies with no key and opens for the office, the merge recomputed', async () => {
    const verified = verifyResultBundle(out.bytes, {
      officeFingerprint: out.people.office.card.fingerprint,
      roundId: 'material',
    });
    const opened = await openResultBundle(verified, out.people.office, { rubric: out.rubric });
    expect(canonicalJson(opened.merge)).toBe(v('committee-merge-json'));
    expect(opened.applications.map((a) => [a.application.applicationId, a.list])).toEqual([
      ['A01', { on: true, position: 1 }],
    ]);
  });
});
