/**
 * A member section's wrap opened with a carried age file key (sectionKeyWithFileKey: the header
 * read without decoding its stanzas, the header MAC, the payload, the key's label): the section
 * key of an intact wrap, the same key the chair's own X25519 identity unwraps; null for a wrong
 * key and for every damage, a flipped byte anywhere in the header (each in turn), a wrong MAC,
 * a flipped payload byte or tag byte, a cut payload, a byte added.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { parseAgeFile } from '../../../../electron/core/crypto/age-file';
import { assembleAgeFile } from '../../../../electron/core/crypto/age-native';
import {
  ageIdentityOpener,
  ageRecipientKey,
} from '../../../../electron/core/crypto/age-recipients';
import { labelKey } from '../../../../electron/core/crypto/key-purpose';
import { wrapX25519FileKey } from '../../../../electron/core/crypto/x25519-stanza';
import {
  throwawayRecipientKey,
  unwrapSectionKey,
} from '../../../../electron/core/bundle/section-wrap';
import { sectionKeyWithFileKey } from '../../../../electron/core/merge/member-section-keys';

const chair = await generateX25519Identity();
const fileKey = randomBytes(16);
const sectionKey = randomBytes(32);
const recipients = [
  throwawayRecipientKey(),
  ageRecipientKey(await identityToRecipient(chair)),
  ...Array.from({ length: 6 }, () => throwawayRecipientKey()),
];
const wrap = assembleAgeFile({
  fileKey,
  stanzas: recipients.map((r) => wrapX25519FileKey(fileKey, r)),
  nonce: randomBytes(16),
  payload: labelKey('bundleSectionKey', sectionKey),
});
const { payloadOffset } = parseAgeFile(wrap);

function flipped(offset: number): Buffer {
  const copy = Buffer.from(wrap);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
}

describe('a member section opened with a carried file key', () => {
  it('gives the section key the chair’s identity unwraps', async () => {
    const carried = sectionKeyWithFileKey(wrap, fileKey);
    expect(carried).not.toBeNull();
    expect(Buffer.from(carried!)).toEqual(sectionKey);
    const unwrapped = await unwrapSectionKey(wrap, chair);
    expect(Buffer.from(unwrapped!)).toEqual(sectionKey);
    const found = ageIdentityOpener(chair).unwrapFileKey(parseAgeFile(wrap).stanzas);
    expect(Buffer.from(found!)).toEqual(fileKey);
  });

  it('refuses a wrong key', () => {
    expect(sectionKeyWithFileKey(wrap, randomBytes(16))).toBeNull();
    expect(sectionKeyWithFileKey(wrap, Buffer.from(fileKey).subarray(0, 15))).toBeNull();
  });

  it('refuses every flipped header byte and a wrong MAC', () => {
    for (let offset = 0; offset < payloadOffset; offset++) {
      expect(sectionKeyWithFileKey(flipped(offset), fileKey), `header byte ${offset}`).toBeNull();
    }
    const macLine = wrap.lastIndexOf('--- ', payloadOffset);
    const wrongMac = Buffer.concat([
      wrap.subarray(0, macLine + 4),
      Buffer.from(randomBytes(32).toString('base64').replace(/=+$/, ''), 'latin1'),
      wrap.subarray(payloadOffset - 1),
    ]);
    expect(wrongMac).toHaveLength(wrap.length);
    expect(sectionKeyWithFileKey(wrongMac, fileKey)).toBeNull();
  });

  it('refuses a flipped payload byte, a wrong tag, a cut payload and a byte added', () => {
    for (let offset = payloadOffset; offset < wrap.length; offset++) {
      expect(sectionKeyWithFileKey(flipped(offset), fileKey), `payload byte ${offset}`).toBeNull();
    }
    const wrongTag = Buffer.from(wrap);
    randomBytes(16).copy(wrongTag, wrap.length - 16);
    expect(sectionKeyWithFileKey(wrongTag, fileKey)).toBeNull();
    for (const length of [payloadOffset, payloadOffset + 16, wrap.length - 1]) {
      expect(
        sectionKeyWithFileKey(wrap.subarray(0, length), fileKey),
        `cut to ${length}`,
      ).toBeNull();
    }
    expect(sectionKeyWithFileKey(Buffer.concat([wrap, Buffer.of(0)]), fileKey)).toBeNull();
  });
});
