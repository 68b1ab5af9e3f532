import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  canonicalJsonEqual,
  isCanonicalJsonOf,
} from '../../../shared/domain/canonical-json';
import { seededGenerator as generator } from '../../fixtures/seeded-random';

/**
 * The former canonicalJson (Object.entries, filter, sort, map, join), kept as the reference the
 * one-string writer must match text for text.
 */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('not a JSON value');
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`).join(',')}}`;
}

type Gen = ReturnType<typeof generator>;

/** Code units that test the escapes and the order: controls, quotes, CJK, lone and paired surrogates. */
const UNITS = [
  0x00, 0x01, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x20, 0x22, 0x2f, 0x30, 0x39, 0x41, 0x5a, 0x5c,
  0x61, 0x7a, 0x7e, 0x7f, 0x80, 0xe9, 0x2028, 0x2029, 0x4e2d, 0x6587, 0xd800, 0xdbff, 0xdc00,
  0xdfff, 0xe000, 0xfeff, 0xfffd, 0xffff,
];

function randomString(g: Gen): string {
  const length = g.int(6);
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = g.next();
    if (r < 0.15)
      out += String.fromCodePoint(0x1f600 + g.int(80)); // a surrogate pair
    else if (r < 0.6) out += String.fromCharCode(g.pick(UNITS));
    else out += String.fromCharCode(0x61 + g.int(4));
  }
  return out;
}

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.5,
  1.5,
  -2.25,
  1e21,
  1e-7,
  1e-6,
  123456789012345680000,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
  100,
  99.5,
  1 / 3,
];

function randomNumber(g: Gen): number {
  return g.next() < 0.5 ? g.pick(NUMBERS) : (g.next() - 0.5) * 10 ** g.int(30);
}

/** Integer-like keys ("10", "9") come first in an object's own order; the text sorts them as strings. */
const KEYS = [
  '',
  'a',
  'b',
  'A',
  'Z',
  '0',
  '1',
  '9',
  '10',
  '01',
  '-1',
  '1.5',
  '__proto__x',
  'é',
  '中',
];

function randomValue(g: Gen, depth: number): unknown {
  const r = g.next();
  if (depth <= 0 || r < 0.45) {
    const kind = g.int(5);
    if (kind === 0) return randomString(g);
    if (kind === 1) return randomNumber(g);
    if (kind === 2) return g.next() < 0.5;
    if (kind === 3) return null;
    return g.int(1000);
  }
  if (r < 0.7) return Array.from({ length: g.int(5) }, () => randomValue(g, depth - 1));
  const out: Record<string, unknown> = {};
  const size = g.int(7);
  for (let i = 0; i < size; i++) {
    const key = g.next() < 0.5 ? g.pick(KEYS) : randomString(g);
    // Undefined-valued keys are dropped by both.
    out[key] = g.next() < 0.1 ? undefined : randomValue(g, depth - 1);
  }
  return out;
}

describe('canonicalJson', () => {
  it('writes the reference text for 10,000 random nested values', () => {
    for (let seed = 1; seed <= 10_000; seed++) {
      const value = randomValue(generator(seed), 5);
      const expected = referenceCanonicalJson(value);
      const actual = canonicalJson(value);
      if (actual !== expected) expect({ seed, actual }).toEqual({ seed, actual: expected });
    }
  });

  it('gives text that parses back to the same canonical text (random values with no NaN or Infinity)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 5_000; seed++) {
      const text = canonicalJson(randomValue(generator(seed), 4));
      if (/null/.test(text)) continue;
      expect(canonicalJson(JSON.parse(text))).toBe(text);
      checked++;
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('sorts keys by UTF-16 code units, not by code point or locale, and integer-like keys as strings', () => {
    const value = { '\u{1f600}': 1, '\uffff': 2, b: 3, B: 4, '10': 5, '9': 6, '': 7, é: 8 };
    const expected = '{"":7,"10":5,"9":6,"B":4,"b":3,"é":8,"\u{1f600}":1,"\uffff":2}';
    expect(canonicalJson(value)).toBe(expected);
    expect(referenceCanonicalJson(value)).toBe(expected);
  });

  it('writes numbers and strings as JSON.stringify does', () => {
    expect(canonicalJson([-0, 1e21, 1e-7, 0.1, NaN, -Infinity, 5e-324])).toBe(
      '[0,1e+21,1e-7,0.1,null,null,5e-324]',
    );
    expect(canonicalJson('\u2028"\\\n\u0001\ud800\udc00\udfff')).toBe(
      '"\u2028\\"\\\\\\n\\u0001\ud800\udc00\\udfff"',
    );
    expect(canonicalJson({ a: undefined, b: null, c: [true, false] })).toBe(
      '{"b":null,"c":[true,false]}',
    );
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('takes own enumerable keys only, and ignores toJSON, as the reference does', () => {
    const proto = { inherited: 1 };
    const value = Object.create(proto) as Record<string, unknown>;
    value.own = 2;
    Object.defineProperty(value, 'hidden', { value: 3, enumerable: false });
    value[Symbol('s') as unknown as string] = 4;
    const bare = Object.assign(Object.create(null) as object, { z: 1, a: 2 });
    class Jsonable {
      k = 1;
      toJSON() {
        return 'x';
      }
    }
    const dated = { when: new Date(0), json: new Jsonable(), map: new Map([['a', 1]]) };
    for (const v of [value, bare, dated]) expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
    expect(canonicalJson(value)).toBe('{"own":2}');
    expect(canonicalJson(dated)).toBe('{"json":{"k":1},"map":{},"when":{}}');
  });

  it('refuses what is no JSON value, as the reference does', () => {
    for (const v of [
      undefined,
      () => 1,
      Symbol('s'),
      [1, undefined],
      { a: () => 1 },
      [Symbol('t')],
    ]) {
      expect(() => referenceCanonicalJson(v)).toThrow(TypeError);
      expect(() => canonicalJson(v)).toThrow(TypeError);
    }
    expect(() => canonicalJson(10n)).toThrow(TypeError);
    expect(() => canonicalJson({ n: 10n })).toThrow(TypeError);
  });

  it('refuses an array with a hole (the reference wrote it as nothing: "[,1]", no JSON)', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, 1];
    expect(referenceCanonicalJson(sparse)).toBe('[,1]');
    expect(() => canonicalJson(sparse)).toThrow(TypeError);
  });
});

/** A copy of a JSON-like value with each object's keys in a shuffled order (as a schema's output). */
function shuffledCopy(g: Gen, value: unknown, share = 0): unknown {
  // A subtree kept as it is (as a schema passes a field through), `share` of the time.
  if (g.next() < share) return value;
  if (Array.isArray(value)) return value.map((v) => shuffledCopy(g, v, share));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = g.int(i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = shuffledCopy(g, v, share);
  return out;
}

/** One small change somewhere in the value (or none), so equal and unequal pairs both occur. */
function mutated(g: Gen, value: unknown): unknown {
  const copy = shuffledCopy(g, value);
  const r = g.next();
  if (r < 0.3) return copy;
  if (copy === null || typeof copy !== 'object') {
    return g.pick([copy === 0 ? -0 : 0, NaN, null, undefined, `${String(copy)}`, 1e21, copy]);
  }
  if (Array.isArray(copy)) {
    if (copy.length === 0 || r < 0.4) return [...copy, g.pick([null, 0, undefined, 'a'])];
    const i = g.int(copy.length);
    copy[i] = mutated(g, copy[i]);
    return copy;
  }
  const record = copy as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0 || r < 0.45) record[g.pick(KEYS)] = g.pick([undefined, 1, null]);
  else if (r < 0.55) delete record[g.pick(keys)];
  else {
    const key = g.pick(keys);
    record[key] = mutated(g, record[key]);
  }
  return record;
}

/** Text that may no longer be canonical: a space, a key order swapped, a number or escape respelled. */
function perturbedText(g: Gen, text: string): string {
  const r = g.next();
  if (r < 0.4) return text;
  if (r < 0.5) {
    const at = g.int(text.length + 1);
    return text.slice(0, at) + ' ' + text.slice(at);
  }
  if (r < 0.6) return text.replace(/:0([,}\]])/, ':0.0$1').replace(/:1([,}\]])/, ':1e0$1');
  if (r < 0.7) return text.replace(/"a"/, '"\\u0061"');
  if (r < 0.8) return text.replace(/^\{("[^"]*":[^,{}[\]]*),("[^"]*":[^,{}[\]]*)/, '{$2,$1');
  if (r < 0.9) return text.replace(/^\{("[^"]*":[^,{}[\]]*)/, '{$1,$1');
  return text.replace(/"9":/, '"10":');
}

function referenceOrThrow(value: unknown): string | TypeError {
  try {
    return referenceCanonicalJson(value);
  } catch (error) {
    if (error instanceof TypeError) return error;
    throw error;
  }
}

describe('canonicalJsonEqual', () => {
  it('answers as comparing the reference texts, and throws where they would, for 10,000 random pairs', () => {
    let equal = 0;
    for (let seed = 1; seed <= 10_000; seed++) {
      const g = generator(seed);
      const a = randomValue(g, 4);
      const b = mutated(g, a);
      const [ta, tb] = [referenceOrThrow(a), referenceOrThrow(b)];
      if (ta instanceof TypeError || tb instanceof TypeError) {
        expect(() => canonicalJsonEqual(a, b), `seed ${seed}`).toThrow(TypeError);
        continue;
      }
      if (ta === tb) equal++;
      const both = [canonicalJsonEqual(a, b), canonicalJsonEqual(b, a)];
      if (both[0] !== (ta === tb) || both[1] !== (ta === tb)) {
        expect({ seed, both }).toEqual({ seed, both: [ta === tb, ta === tb] });
      }
    }
    expect(equal).toBeGreaterThan(2_500);
    expect(equal).toBeLessThan(9_500);
  });

  it('answers as the reference for values sharing some or all of their parts, 5,000 random pairs', () => {
    for (let seed = 1; seed <= 5_000; seed++) {
      const g = generator(seed);
      const a = randomValue(g, 4);
      const b = g.next() < 0.3 ? a : shuffledCopy(g, a, 0.3);
      const [ta, tb] = [referenceOrThrow(a), referenceOrThrow(b)];
      if (ta instanceof TypeError || tb instanceof TypeError) {
        expect(() => canonicalJsonEqual(a, b), `seed ${seed}`).toThrow(TypeError);
      } else if (canonicalJsonEqual(a, b) !== (ta === tb)) {
        expect({ seed, equal: !(ta === tb) }).toEqual({ seed, equal: ta === tb });
      }
    }
  });

  it('tells apart what only the text shows: -0 and 0 alike, NaN and null alike, a key with undefined dropped', () => {
    expect(canonicalJsonEqual({ a: -0 }, { a: 0 })).toBe(true);
    expect(canonicalJsonEqual([NaN], [null])).toBe(true);
    expect(canonicalJsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(canonicalJsonEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(canonicalJsonEqual([], {})).toBe(false);
    expect(canonicalJsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(() => canonicalJsonEqual({ a: [undefined] }, { a: [undefined] })).toThrow(TypeError);
    const same = { a: { b: [() => 1] } };
    expect(() => canonicalJsonEqual(same, same)).toThrow(TypeError);
  });
});

describe('isCanonicalJsonOf', () => {
  it('answers as comparing the reference text of the value with the text, for 10,000 random texts', () => {
    let canonical = 0;
    for (let seed = 1; seed <= 10_000; seed++) {
      const g = generator(seed);
      const original = randomValue(g, 4);
      const reference = referenceOrThrow(original);
      if (reference instanceof TypeError) continue;
      const text = perturbedText(g, reference);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        continue;
      }
      // The schema's output: the parsed value re-keyed (some or all of it passed through as it
      // is), sometimes changed.
      const r = g.next();
      const value = r < 0.7 ? shuffledCopy(g, parsed, r < 0.2 ? 1 : 0.3) : mutated(g, parsed);
      const expected = referenceOrThrow(value);
      if (expected instanceof TypeError) {
        expect(() => isCanonicalJsonOf(value, text, parsed), `seed ${seed}`).toThrow(TypeError);
        continue;
      }
      if (expected === text) canonical++;
      const actual = isCanonicalJsonOf(value, text, parsed);
      if (actual !== (expected === text)) {
        expect({ seed, actual }).toEqual({ seed, actual: expected === text });
      }
    }
    expect(canonical).toBeGreaterThan(2_500);
    expect(canonical).toBeLessThan(9_500);
  });

  it('accepts canonical text whose integer-like keys JSON.parse reorders, and refuses other spellings', () => {
    const text = '{"10":1,"9":2,"a":[0,"\\u0001"]}';
    expect(isCanonicalJsonOf(JSON.parse(text), text, JSON.parse(text))).toBe(true);
    for (const wrong of [
      '{"9":2,"10":1,"a":[0,"\\u0001"]}',
      '{"10":1,"9":2,"a":[0.0,"\\u0001"]}',
      '{"10":1,"9":2,"a":[0,"\\u0001"] }',
      '{"10":1,"9":2,"a":[0,"\\u0001"],"a":[0,"\\u0001"]}',
      '{"10":1,"9":2,"a":[-0,"\\u0001"]}',
      '{"10":1,"9":2,"a":[0,"\\u0041"]}',
    ]) {
      const parsed: unknown = JSON.parse(wrong);
      expect(isCanonicalJsonOf(parsed, wrong, parsed), wrong).toBe(false);
    }
  });

  it('does not trust JSON.stringify when a toJSON could change what it writes', () => {
    const text = '{"a":"x"}';
    const parsed: unknown = JSON.parse(text);
    const proto = Object.prototype as { toJSON?: () => unknown };
    proto.toJSON = () => 'y';
    try {
      expect(isCanonicalJsonOf(parsed, '"y"', parsed)).toBe(false);
      expect(isCanonicalJsonOf(parsed, text, parsed)).toBe(true);
    } finally {
      delete proto.toJSON;
    }
  });
});
