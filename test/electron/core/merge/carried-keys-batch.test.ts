/**
 * Carried keys opened in one batch on the stanza pool's workers (openCarriedKeys, over
 * openAgeFilesWithKeys) give, request by request, what openCarriedKey gives alone on this thread:
 * the same section key, or the same group-member-key-wrong (naming no member bundle, no section,
 * or not opening it: a wrong key, a flipped header byte, a wrong MAC, a flipped payload or tag
 * byte, a cut payload, a key labelled for another purpose), with the pool and without it.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import type { CarriedMemberKey } from '../../../../shared/merge/group-bundle-content';
import { parseAgeFile } from '../../../../electron/core/crypto/age-file';
import { assembleAgeFile } from '../../../../electron/core/crypto/age-native';
import { labelKey } from '../../../../electron/core/crypto/key-purpose';
import { StanzaPool } from '../../../../electron/core/crypto/stanza-pool';
import { wrapX25519FileKey } from '../../../../electron/core/crypto/x25519-stanza';
import { throwawayRecipientKey } from '../../../../electron/core/bundle/section-wrap';
import type { VerifiedBundle } from '../../../../electron/core/bundle/verify-review-bundle';
import type { CarriedKeyOutcome } from '../../../../electron/core/merge/member-section-keys';
import {
  openCarriedKey,
  openCarriedKeys,
  wipeCarriedOutcomes,
} from '../../../../electron/core/merge/member-section-keys';

const pool = new StanzaPool({ size: 2, wrapsPerJob: 4 });
afterAll(() => pool.close());

interface Sealed {
  readonly wrap: Buffer;
  readonly fileKey: Buffer;
  readonly sectionKey: Buffer;
}

function sealed(purpose: 'bundleSectionKey' | 'caseKey' = 'bundleSectionKey'): Sealed {
  const fileKey = randomBytes(16);
  const sectionKey = randomBytes(32);
  const wrap = assembleAgeFile({
    fileKey,
    stanzas: Array.from({ length: 8 }, () => wrapX25519FileKey(fileKey, throwawayRecipientKey())),
    nonce: randomBytes(16),
    payload: labelKey(purpose, sectionKey),
  });
  return { wrap, fileKey, sectionKey };
}

function flipped(bytes: Buffer, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
}

const good = Array.from({ length: 6 }, () => sealed());
const other = sealed('caseKey');
const headerEnd = parseAgeFile(good[0]!.wrap).payloadOffset;
const macLine = good[1]!.wrap.lastIndexOf('--- ', headerEnd);
const wrongMac = Buffer.from(good[1]!.wrap);
wrongMac.write(randomBytes(32).toString('base64').slice(0, 43), macLine + 4, 'latin1');

/** Two member bundles, as much of them as the carried keys are looked up in. */
const wraps = [
  [good[0]!.wrap, flipped(good[2]!.wrap, 40), wrongMac, good[3]!.wrap],
  [flipped(good[4]!.wrap, good[4]!.wrap.length - 3), good[5]!.wrap.subarray(0, -1), other.wrap],
];
const members = wraps.map(
  (sections, m) =>
    ({
      header: {
        roster: { statement: { member: { expertId: `e0${m + 1}` } } },
        sequence: 1,
        sections: sections.map((_, i) => ({ sha256: `${m}`.repeat(63) + `${i}` })),
      },
      frame: { sections: sections.map((wrap) => ({ wrap, ciphertext: new Uint8Array(0) })) },
    }) as unknown as VerifiedBundle,
);

const carried = (member: number, index: number, fileKey: Buffer): CarriedMemberKey => ({
  expertId: `e0${member + 1}`,
  sequence: 1,
  section: `${member}`.repeat(63) + `${index}`,
  fileKey: fileKey.toString('hex'),
});

const requests = [
  carried(0, 0, good[0]!.fileKey), // opens
  carried(0, 0, randomBytes(16)), // a wrong key
  carried(0, 1, good[2]!.fileKey), // a flipped header byte
  carried(0, 2, good[1]!.fileKey), // a wrong MAC
  carried(0, 3, good[3]!.fileKey), // opens
  carried(1, 0, good[4]!.fileKey), // a flipped tag byte
  carried(1, 1, good[5]!.fileKey), // a cut payload
  carried(1, 2, other.fileKey), // labelled for another purpose
  { ...carried(0, 0, good[0]!.fileKey), expertId: 'e09' }, // no such member bundle
  { ...carried(0, 0, good[0]!.fileKey), section: 'f'.repeat(64) }, // no such section
  { ...carried(0, 3, good[3]!.fileKey), sequence: 2 }, // another sequence
].map((c, i) => ({ carried: c, groupSection: i + 1 }));

/** An outcome in words: the section key, or the error's code, section and detail. */
function described(outcome: CarriedKeyOutcome): string {
  if ('target' in outcome) {
    const { member, index, sectionKey } = outcome.target;
    return `${member}:${index}:${Buffer.from(sectionKey).toString('hex')}`;
  }
  return `${outcome.error.code} ${JSON.stringify(outcome.error.params)} ${outcome.error.detail ?? ''}`;
}

function alone(): string[] {
  return requests.map(({ carried: c, groupSection }) => {
    try {
      return described({ target: openCarriedKey(members, c, groupSection) });
    } catch (error) {
      if (!isAppError(error, 'group-member-key-wrong')) throw error;
      return described({ error });
    }
  });
}

describe('carried keys opened in one batch', () => {
  it('give what openCarriedKey gives for each alone, on the pool and on this thread', async () => {
    const expected = alone();
    expect(expected[0]).toBe(`0:0:${good[0]!.sectionKey.toString('hex')}`);
    expect(expected[4]).toBe(`0:3:${good[3]!.sectionKey.toString('hex')}`);
    for (const i of [1, 2, 3, 5, 6, 7]) expect(expected[i]).toMatch(/does not open the section/);
    expect(expected[8]).toMatch(/names no embedded member bundle/);
    expect(expected[9]).toMatch(/names no section/);
    expect(expected[10]).toMatch(/names no embedded member bundle/);
    for (const options of [{ pool }, { pool: null }]) {
      const outcomes = await openCarriedKeys(members, requests, options);
      expect(outcomes.map(described)).toEqual(expected);
      wipeCarriedOutcomes(outcomes);
      for (const o of outcomes)
        if ('target' in o) expect(o.target.sectionKey.every((b) => b === 0)).toBe(true);
    }
  });

  it('refuses every flipped byte of a wrap in one batch on the pool, and opens the intact one', async () => {
    const { wrap, fileKey, sectionKey } = good[0]!;
    const damaged = Array.from({ length: wrap.length }, (_, offset) => flipped(wrap, offset));
    const many = [wrap, ...damaged].map(
      (w, m) =>
        ({
          header: {
            roster: { statement: { member: { expertId: `x${m}` } } },
            sequence: 1,
            sections: [{ sha256: 'a'.repeat(64) }],
          },
          frame: { sections: [{ wrap: w, ciphertext: new Uint8Array(0) }] },
        }) as unknown as VerifiedBundle,
    );
    const batch = many.map((_, m) => ({
      carried: {
        expertId: `x${m}`,
        sequence: 1,
        section: 'a'.repeat(64),
        fileKey: fileKey.toString('hex'),
      },
      groupSection: m + 1,
    }));
    const outcomes = await openCarriedKeys(many, batch, { pool });
    expect(described(outcomes[0]!)).toBe(`0:0:${sectionKey.toString('hex')}`);
    for (const [offset, outcome] of outcomes.slice(1).entries()) {
      expect(described(outcome), `byte ${offset}`).toMatch(/does not open the section/);
    }
    wipeCarriedOutcomes(outcomes);
  });
});
