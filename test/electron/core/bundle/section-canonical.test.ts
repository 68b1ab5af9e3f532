/**
 * A section's plaintext must be the canonical JSON of its schema's value (docs/bundle-format.md,
 * "Opening"): a section re-sealed by its author with the same value spelled otherwise (a space,
 * keys out of order or twice, a number or escape written another way) is refused, and the same
 * value re-sealed in canonical form opens. parseCanonicalSection itself gives the same answers
 * as re-serialising the schema's output: a key a schema strips, or a value it transforms, leaves
 * the text no longer the canonical form of what was parsed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { AppError } from '../../../../shared/errors';
import { openReviewBundle, verifyReviewBundle } from '../../../../electron/core/bundle';
import {
  decryptSection,
  encryptSection,
  padSection,
  sectionCipherKey,
} from '../../../../electron/core/bundle/section-cipher';
import { parseCanonicalSection } from '../../../../electron/core/bundle/section-plaintext';
import { unwrapSectionKey } from '../../../../electron/core/bundle/section-wrap';
import { bundleRound } from './bundle-fixtures';
import { join, split } from './bundle-surgery';

const round = await bundleRound();

/**
 * The bundle with the leader's first readable section re-sealed by its author with the text
 * `respell` makes of the section's canonical JSON (key, hash and signature made anew).
 */
async function respelled(respell: (canonical: string) => string): Promise<Buffer> {
  const parts = split(await round.bundle(1));
  const bundleId = Buffer.from(String(parts.header['bundleId']), 'hex');
  for (const [index, section] of parts.sections.entries()) {
    const key = await unwrapSectionKey(section.wrap, round.leader.ageIdentity);
    if (key === null) continue;
    const cipherKey = sectionCipherKey(key, bundleId, index);
    const text = decryptSection(cipherKey, section.ciphertext, index + 1).toString();
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    const body = Buffer.from(respell(text), 'utf8');
    const ciphertext = encryptSection(cipherKey, padSection(body, section.ciphertext.length - 16));
    parts.sections[index] = { wrap: section.wrap, ciphertext };
    parts.header.sections[index]!['sha256'] = createHash('sha256')
      .update(section.wrap)
      .update(ciphertext)
      .digest('hex');
    return join(parts, round.expert.signingKey);
  }
  throw new Error('the leader reads no section');
}

const openAs = async (bundle: Buffer) => openReviewBundle(verifyReviewBundle(bundle), round.leader);

describe('a review section not in canonical form', () => {
  it('opens when re-sealed in canonical form', async () => {
    const opened = await openAs(await respelled((text) => text));
    expect(opened.sections.length).toBeGreaterThan(0);
  });

  const spellings: [string, (text: string) => string][] = [
    ['a space after the first brace', (t) => `{ ${t.slice(1)}`],
    ['a trailing newline', (t) => `${t}\n`],
    [
      'the first two keys swapped',
      (t) => t.replace(/^\{("[^"]+":"[^"]*"),("[^"]+":"[^"]*")/, '{$2,$1'),
    ],
    ['a key twice', (t) => t.replace(/^\{("[^"]+":"[^"]*")/, '{$1,$1')],
    ['the version as 1.0', (t) => t.replace('"version":1', '"version":1.0')],
    ['the version as 1e0', (t) => t.replace('"version":1', '"version":1e0')],
    ['an escaped letter', (t) => t.replace('"format":"qb-', '"format":"\\u0071b-')],
    ['an escaped solidus', (t) => t.replace('"format":"qb-', '"format":"q\\/b-')],
  ];
  for (const [name, respell] of spellings) {
    it(`refuses ${name}`, async () => {
      const bundle = await respelled((text) => {
        const changed = respell(text);
        expect(changed).not.toBe(text);
        return changed;
      });
      await expect(openAs(bundle)).rejects.toMatchObject({ code: 'bundle-section-invalid' });
    });
  }
});

describe('parseCanonicalSection', () => {
  const invalid = (detail: string) =>
    new AppError('bundle-section-invalid', { section: 1 }, detail);
  const parse = <S extends z.ZodType>(text: string, schema: S) =>
    parseCanonicalSection(new TextEncoder().encode(text), schema, invalid);
  const detailOf = (run: () => unknown): string | undefined => {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error.detail;
      throw error;
    }
    return undefined;
  };
  const Loose = z.object({ a: z.number(), b: z.record(z.string(), z.string()) });

  it('returns the value of a canonical text, integer-like keys in code-unit order too', () => {
    expect(parse('{"a":1,"b":{"10":"x","9":"y"}}', Loose)).toEqual({
      a: 1,
      b: { 9: 'y', 10: 'x' },
    });
    // A subarray of a larger buffer is read at its own offset.
    const big = new TextEncoder().encode('xx{"a":-1.5,"b":{}}yy');
    expect(parseCanonicalSection(big.subarray(2, big.length - 2), Loose, invalid)).toEqual({
      a: -1.5,
      b: {},
    });
  });

  it('refuses each other spelling of the same value as not in canonical form', () => {
    for (const text of [
      '{"a":1, "b":{}}',
      '{"b":{},"a":1}',
      '{"a":1,"a":1,"b":{}}',
      '{"a":1.0,"b":{}}',
      '{"a":-0,"b":{}}',
      '{"a":1E2,"b":{}}',
      '{"a":1,"b":{"9":"y","10":"x"}}',
      '{"a":1,"b":{"k":"\\u0041"}}',
      '{"a":1,"b":{"k":"\\/"}}',
      '{"a":1,"b":{"k":"é"}}'.replace('é', '\\u00e9'),
    ]) {
      expect(
        detailOf(() => parse(text, Loose)),
        text,
      ).toBe('not in canonical form');
    }
  });

  it('refuses a key the schema strips, or a value it changes, as not in canonical form', () => {
    expect(detailOf(() => parse('{"a":1,"b":{},"c":2}', Loose))).toBe('not in canonical form');
    const Doubled = z.object({ a: z.number().transform((n) => n * 2) });
    expect(detailOf(() => parse('{"a":1}', Doubled))).toBe('not in canonical form');
    expect(detailOf(() => parse('{"a":0}', Doubled))).toBeUndefined();
  });

  it('refuses what is no JSON, and what the schema refuses, with the field', () => {
    expect(detailOf(() => parse('{"a":1', Loose))).toBe('not JSON');
    expect(detailOf(() => parse('{"a":1e999,"b":{}}', Loose))).toBe('field a');
    expect(detailOf(() => parse('{"a":"1","b":{}}', Loose))).toBe('field a');
  });
});
