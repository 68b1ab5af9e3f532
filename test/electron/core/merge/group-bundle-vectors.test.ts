/**
 * The test vectors of docs/group-bundle-format.md, read from the page: the writer makes the same
 * bytes from the same inputs (the member bundle being docs/bundle-format.md's vector), the
 * merger's signature holds under plain node:crypto over its context, prefix and header, the
 * section decrypts by the spec to the page's JSON, the member section key it carries opens the
 * member's section wrap by age's spec, the office's and the leader's key directory entries open
 * by age's spec (X25519 and all, plain node:crypto) to the page's payload, whose file key opens
 * the section's wrap, and the bundle verifies and opens; so does the version 2 bundle the page
 * held before (kept as a fixture).
 */
import {
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  verify,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import type { Rubric } from '../../../../shared/domain/rubric';
import { verifyReviewBundle } from '../../../../electron/core/bundle';
import { identityKeyBytes } from '../../../../electron/core/crypto/age-bech32';
import { openGroupBundle, verifyGroupBundle } from '../../../../electron/core/merge';
import {
  buildGroupVectors,
  docVectors,
  groupInputs,
  hexOf,
  specSectionJson,
  splitDirectory,
  versionTwoGroupVector,
} from './group-vector-build';

const v = await docVectors('group-bundle-format.md');
const directory = splitDirectory(hexOf(v('key-directory')));
const out = await buildGroupVectors(hexOf(v('group-section-wrap')), { directory });

/** age's header MAC of `file` under `fileKey`, checked by plain node:crypto; the payload then. */
function openAgeBySpec(file: Buffer, fileKey: Buffer): Buffer {
  const macAt = file.indexOf('\n---') + 4;
  const lineEnd = file.indexOf('\n', macAt);
  const macKey = Buffer.from(hkdfSync('sha256', fileKey, Buffer.alloc(0), 'header', 32));
  const mac = createHmac('sha256', macKey).update(file.subarray(0, macAt)).digest();
  expect(mac.toString('base64').replace(/=+$/, '')).toBe(
    file.subarray(macAt + 1, lineEnd).toString('latin1'),
  );
  // The payload: one final STREAM chunk under HKDF(file key, nonce, "payload").
  const nonce = file.subarray(lineEnd + 1, lineEnd + 17);
  const sealed = file.subarray(lineEnd + 17);
  const streamKey = Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
  const chunkNonce = Buffer.alloc(12);
  chunkNonce[11] = 1;
  const decipher = createDecipheriv('chacha20-poly1305', streamKey, chunkNonce, {
    authTagLength: 16,
  });
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
}

/** The file key of a one-stanza age file for `ageIdentity`, by age's X25519 recipient spec; null when not for it. */
function x25519FileKeyBySpec(file: Buffer, ageIdentity: string): Buffer | null {
  const lines = file.toString('latin1').split('\n');
  const [tag, kind, shareText] = lines[1]!.split(' ');
  expect([tag, kind]).toEqual(['->', 'X25519']);
  const share = Buffer.from(shareText!, 'base64');
  const body = Buffer.from(lines[2]!, 'base64');
  const scalar = Buffer.from(identityKeyBytes(ageIdentity)!);
  const privateKey = createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), scalar]),
    format: 'der',
    type: 'pkcs8',
  });
  const ours = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
  const theirs = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), share]),
    format: 'der',
    type: 'spki',
  });
  const shared = diffieHellman({ privateKey, publicKey: theirs });
  const wrapKey = Buffer.from(
    hkdfSync('sha256', shared, Buffer.concat([share, ours]), 'age-encryption.org/v1/X25519', 32),
  );
  const decipher = createDecipheriv('chacha20-poly1305', wrapKey, Buffer.alloc(12), {
    authTagLength: 16,
  });
  decipher.setAuthTag(body.subarray(16));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, 16)), decipher.final()]);
  } catch {
    return null;
  }
}

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
    expect(section.version).toBe(3);
    const [carried] = section.memberKeys;
    const member = verifyReviewBundle(out.member);
    expect(carried).toMatchObject({ expertId: 'e02', sequence: 3 });
    expect(member.header.sections[0]!.sha256).toBe(carried!.section);
    const wrap = Buffer.from(member.frame.sections[0]!.wrap);
    // The header MAC: HMAC-SHA-256 under HKDF(file key, "header") over the header up to "---".
    const payload = openAgeBySpec(wrap, hexOf(carried!.fileKey));
    expect(payload.subarray(0, 24).toString('latin1')).toBe('QBBUNDLE section key v1\0');
    expect(payload).toHaveLength(24 + 32);
  });

  it('gives the office and the leader each one directory entry, whose file key opens the section’s wrap', () => {
    const lengths = directory.map((d) => d.length);
    expect(new Set(lengths).size).toBe(1);
    const wrap = hexOf(v('group-section-wrap'));
    for (const reader of [out.people.office, out.people.leader]) {
      const keys = directory.map((file) => x25519FileKeyBySpec(file, reader.ageIdentity));
      expect(keys.filter((k) => k !== null)).toHaveLength(1);
      const entry = directory[keys.findIndex((k) => k !== null)]!;
      const payload = openAgeBySpec(
        entry,
        keys.find((k) => k !== null)!,
      );
      expect(payload.toString('hex')).toBe(v('key-directory-payload').replace(/\s+/g, ''));
      // The label, n = 1, index 0, then the section wrap's file key.
      expect(payload.subarray(0, 26).toString('latin1')).toBe('QBBUNDLE key directory v1\0');
      expect(payload.readUInt16BE(26)).toBe(1);
      expect(payload.readUInt16BE(28)).toBe(0);
      const sectionKeyPayload = openAgeBySpec(wrap, payload.subarray(30, 46));
      expect(sectionKeyPayload.subarray(24).toString('hex')).toBe(
        groupInputs.sectionKey.toString('hex'),
      );
    }
    // Nobody else's: the expert (a member, no reader of the group section) has no entry.
    expect(directory.map((f) => x25519FileKeyBySpec(f, out.people.expert.ageIdentity))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('still verifies and opens the version 2 bundle the page held before', async () => {
    const older = await versionTwoGroupVector();
    const verified = verifyGroupBundle(older.bytes, {
      officeFingerprint: older.people.office.card.fingerprint,
    });
    expect(verified.header.version).toBe(1);
    for (const reader of [older.people.office, older.people.leader]) {
      const opened = await openGroupBundle(verified, reader, {
        rubric: older.inputs.rubric as Rubric,
        roundKind: 'material',
      });
      expect(opened.sections.map((s) => [s.applicationId, s.deliberation.decision])).toEqual([
        ['A01', 'enter-defense'],
      ]);
    }
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
      // The slim section states no merge: the reader's recomputation is the page's merge.
      const merge = JSON.parse(v('merge-json')) as { applications: unknown[]; members: unknown };
      expect(canonicalJson(opened.sections[0]!.merge)).toBe(canonicalJson(merge.applications[0]));
      expect(canonicalJson(opened.sections[0]!.members)).toBe(canonicalJson(merge.members));
    }
  });

  it('holds in its section only what a reader cannot recompute', () => {
    const section = JSON.parse(v('group-section-json')) as Record<string, unknown>;
    expect(Object.keys(section).sort()).toEqual([
      'applicationId',
      'chair',
      'format',
      'memberKeys',
      'people',
      'readers',
      'records',
      'rule',
      'version',
    ]);
  });
});
