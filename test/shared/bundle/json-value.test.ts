import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isJsonValue, jsonValue } from '../../../shared/bundle/json-value';
import { seededGenerator as generator } from '../../fixtures/seeded-random';

const LEAVES = [
  '"a"',
  '"中"',
  '""',
  '0',
  '-1.5',
  '1e21',
  '1e999',
  '-1e999',
  'true',
  'false',
  'null',
];
const KEYS = ['a', 'b', '10', '9', '__proto__', 'constructor', 'toString', ''];

/** Random JSON text: what a section's plaintext could hold, 1e999 (Infinity) and "__proto__" keys included. */
function randomText(g: ReturnType<typeof generator>, depth: number): string {
  const r = g.next();
  if (depth <= 0 || r < 0.4) return g.pick(LEAVES);
  if (r < 0.65) {
    return `[${Array.from({ length: g.int(4) }, () => randomText(g, depth - 1)).join(',')}]`;
  }
  const fields = Array.from({ length: g.int(4) }, () => {
    const key = g.next() < 0.08 ? '__proto__' : g.pick(KEYS);
    return `${JSON.stringify(key)}:${randomText(g, depth - 1)}`;
  });
  return `{${fields.join(',')}}`;
}

function hasProtoKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasProtoKey);
  return (
    Object.prototype.hasOwnProperty.call(value, '__proto__') ||
    Object.values(value).some(hasProtoKey)
  );
}

describe('isJsonValue', () => {
  it("accepts what JSON.parse gives as zod's z.json() does, except a __proto__ key, for 10,000 random texts", () => {
    const reference = z.json();
    let accepted = 0;
    let proto = 0;
    for (let seed = 1; seed <= 10_000; seed++) {
      const value: unknown = JSON.parse(randomText(generator(seed), 4));
      const expected = reference.safeParse(value).success && !hasProtoKey(value);
      if (hasProtoKey(value)) proto++;
      if (expected) accepted++;
      if (isJsonValue(value) !== expected) expect({ seed, value }).toBe(expected);
    }
    expect(accepted).toBeGreaterThan(2_000);
    expect(accepted).toBeLessThan(9_000);
    expect(proto).toBeGreaterThan(100);
  });

  it('refuses what is no JSON value', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 2];
    for (const value of [
      undefined,
      NaN,
      Infinity,
      () => 1,
      Symbol('s'),
      10n,
      new Date(0),
      new Map(),
      [undefined],
      sparse,
      { a: undefined },
      { a: { b: [1, NaN] } },
      new (class Point {
        x = 1;
      })(),
    ]) {
      expect(isJsonValue(value), String(value)).toBe(false);
    }
    expect(isJsonValue({ a: [1, 'x', null, true, { b: -0 }] })).toBe(true);
    expect(isJsonValue(Object.assign(Object.create(null) as object, { a: 1 }))).toBe(true);
  });

  it('passes the value through as it is, no copy', () => {
    const value = { a: [1, { b: 'c' }] };
    const parsed = z.strictObject({ v: jsonValue() }).parse({ v: value });
    expect(parsed.v).toBe(value);
    expect(z.strictObject({ v: jsonValue() }).safeParse({ v: { a: NaN } }).success).toBe(false);
    expect(z.strictObject({ v: jsonValue() }).safeParse({}).success).toBe(false);
  });
});
