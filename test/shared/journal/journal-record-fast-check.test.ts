/**
 * The journal's hand-written check of the editor's records against the specification, the zod
 * schema: on every valid record of those kinds, and on thousands of records changed at one, two or
 * three places (each field, the envelope's included, replaced by values at and beyond every
 * bound, of the wrong type, removed, an unknown field added), the check of an entry and its
 * envelope accepts exactly what the schema accepts of the two spread into one record and gives
 * exactly what the schema's parse gives, or leaves the record to the schema (null).
 */
import { describe, expect, it } from 'vitest';
import {
  JournalRecordSchema,
  PDF_FRAGMENT_SPEC,
  REVIEW_SCORE_CEILING,
} from '../../../shared/journal';
import { fastCheckedRecord } from '../../../shared/journal/journal-record-fast-check';
import type { EnvelopeFields } from '../../../shared/journal/journal-record-fast-check';
import { seededRandom as random } from '../../fixtures/seeded-random';

const envelope = {
  caseId: '0123456789abcdef0123456789abcdef',
  recordNumber: 7,
  at: '2026-11-29T08:00:00.000Z',
  author: '9N8A-Y9F9-3VHG-977G',
};

const quote = { type: 'TextQuoteSelector', exact: '持续改进', prefix: '坚持', suffix: '的' };
const position = { type: 'TextPositionSelector', start: 3, end: 9 };
const page = (refinedBy?: object) => ({
  type: 'FragmentSelector',
  conformsTo: PDF_FRAGMENT_SPEC,
  value: 'page=12',
  ...(refinedBy ? { refinedBy } : {}),
});

/** Valid records of every kind the check decides, in several shapes each. */
const VALID: readonly Record<string, unknown>[] = [
  {
    kind: 'annotation',
    annotationId: 'a_1-B',
    applicationId: 'app-1',
    target: { source: 'm1', selector: [{ type: 'TextQuoteSelector', exact: '质量' }] },
    body: { type: 'TextualBody', value: '批注' },
  },
  {
    kind: 'annotation',
    annotationId: 'x'.repeat(64),
    applicationId: 'a'.repeat(64),
    target: { source: 'm'.repeat(64), selector: [position, quote, page(quote), page()] },
    body: { type: 'TextualBody', value: '' },
  },
  {
    kind: 'annotation',
    annotationId: 'n2',
    applicationId: 'app-2',
    target: { source: 'm2', selector: [page(position), page(quote)] },
    body: { type: 'TextualBody', value: '注'.repeat(10_000) },
  },
  { kind: 'annotation-deleted', annotationId: 'a1' },
  { kind: 'reading-position', applicationId: 'app-1', materialId: 'm1', page: 3, fraction: 0.25 },
  { kind: 'reading-position', applicationId: 'app-1', materialId: 'm1', fraction: 1 },
  {
    kind: 'reading-position',
    applicationId: 'app-1',
    materialId: 'm1',
    page: undefined,
    fraction: 0,
  },
  { kind: 'review-score', roundId: 'material', applicationId: 'app-1', partId: 'p1', score: 85.5 },
  { kind: 'review-score', roundId: 'r_2-B', applicationId: 'app-1', partId: 'p-2', score: null },
  { kind: 'review-score', roundId: 'r', applicationId: 'a', partId: 'x', score: 0 },
  {
    kind: 'review-comment',
    roundId: 'material',
    applicationId: 'app-1',
    targetId: 'c1',
    text: '数据较充分',
  },
  {
    kind: 'review-overall',
    roundId: 'defense',
    applicationId: 'app-1',
    field: 'weaknesses',
    text: '',
  },
  {
    kind: 'review-recommendation',
    roundId: 'material',
    applicationId: 'app-1',
    recommendation: 'not-recommend',
  },
  {
    kind: 'review-recommendation',
    roundId: 'material',
    applicationId: 'app-1',
    recommendation: null,
  },
  {
    kind: 'review-no-discussion',
    roundId: 'material',
    applicationId: 'app-1',
    noDiscussionNeeded: true,
  },
].map((entry) => ({ ...entry, ...envelope }));

const long = (n: number) => 'a'.repeat(n);
/** What a field is replaced with: every bound of the schema, either side, and other types. */
const REPLACEMENTS: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  0.5,
  1,
  1.5,
  3,
  9,
  REVIEW_SCORE_CEILING,
  REVIEW_SCORE_CEILING + 0.001,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'a',
  'A:B',
  'a b',
  'Ab',
  ...[31, 32, 33, 63, 64, 65, 199, 200, 201, 1999, 2000, 2001, 9999, 10_000, 10_001].map(long),
  'page=0',
  'page=1',
  'page=999999',
  'page=1000000',
  'page=01',
  'TextQuoteSelector',
  'TextPositionSelector',
  'FragmentSelector',
  PDF_FRAGMENT_SPEC,
  'TextualBody',
  'recommend',
  'not-recommend',
  'strengths',
  'suggestions',
  'other',
  'annotation',
  'review-score',
  'journal-restored',
  '0123456789abcdef0123456789abcdeF',
  '0123456789abcdef0123456789abcde',
  'ABCD-EFGH-JKMN-PQRS',
  'ABCD-EFGH-JKMN-PQRI',
  '2026-11-29T08:00:00Z',
  '2026-11-29T08:00:00.000+08:00',
  '2026-02-29T08:00:00.000Z',
  '2024-02-29T08:00:00.000Z',
  '2026-13-01T08:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '+010000-01-01T00:00:00.000Z',
  '2026-04-30T08:00:00.000Z',
  '2026-04-31T08:00:00.000Z',
  '2026-12-31T23:59:59.999Z',
  '2026-11-00T08:00:00.000Z',
  '2026-11-19T08:00:00.000Z',
  '2026-11-28T08:00:00.000Z',
  '2026-11-32T08:00:00.000Z',
  '2026-11-29T24:00:00.000Z',
  '2026-11-29T23:60:00.000Z',
  '2026-11-29T23:59:60.000Z',
  '2026-11-29T08:00:00.0000Z',
  '2026-11-29t08:00:00.000Z',
  {},
  [],
  [quote],
  [position],
  [page()],
  [page(quote)],
  [quote, quote, quote, quote],
  [quote, quote, quote, quote, quote],
  [quote, undefined],
  quote,
  position,
  page(),
  page(position),
  { ...quote, prefix: undefined },
  { ...quote, suffix: long(201) },
  { ...position, end: 3 },
  { ...position, start: -1 },
  { type: 'TextualBody', value: 'x' },
  { type: 'TextualBody', value: 'x', extra: 1 },
  { source: 'm1', selector: [quote] },
];

type Path = readonly (string | number)[];

/** Every place in a value where a field or an element sits. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => [[...at, i], ...pathsOf(item, [...at, i])]);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value).flatMap((key) => [
      [...at, key],
      ...pathsOf((value as Record<string, unknown>)[key], [...at, key]),
    ]);
  }
  return [];
}

type Change = { path: Path } & ({ to: unknown } | { removed: true } | { added: string });

/** A deep copy with one change made. */
function changed(value: unknown, change: Change, depth = 0): unknown {
  if (depth === change.path.length) {
    if ('to' in change) return change.to;
    if ('added' in change && typeof value === 'object' && value !== null) {
      return Array.isArray(value) ? [...value, quote] : { ...value, [change.added]: 'x' };
    }
    return value;
  }
  const key = change.path[depth]!;
  const last = depth === change.path.length - 1;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (last && 'removed' in change) copy.splice(key as number, 1);
    else copy[key as number] = changed(copy[key as number], change, depth + 1);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (last && 'removed' in change) delete copy[key];
  else copy[key] = changed(copy[key], change, depth + 1);
  return copy;
}

function changesOf(record: unknown): Change[] {
  const changes: Change[] = [{ path: [], added: 'extra' }];
  for (const path of pathsOf(record)) {
    changes.push({ path, removed: true }, { path, added: 'extra' });
    for (const to of REPLACEMENTS) changes.push({ path, to });
  }
  return changes;
}

/** The samples: each valid record, changed once at every place, and two or three times at random. */
function samples(): unknown[] {
  const next = random(20261130);
  const out: unknown[] = [];
  for (const record of VALID) {
    out.push(record);
    const changes = changesOf(record);
    for (const change of changes) out.push(changed(record, change));
    for (let i = 0; i < 400; i++) {
      let sample: unknown = record;
      const times = 2 + Math.floor(next() * 2);
      for (let k = 0; k < times; k++) {
        const options = changesOf(sample);
        sample = changed(sample, options[Math.floor(next() * options.length)]!);
      }
      out.push(sample);
    }
  }
  return out;
}

/** Whether the check should decide it: plain objects only, and the journal's own kind of time. */
function standardShape(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(standardShape);
  if (typeof value !== 'object' || value === null) return true;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(standardShape);
}

const KINDS = new Set(VALID.map((record) => record.kind));
const ENVELOPE_KEYS = ['caseId', 'recordNumber', 'at', 'author'];

/** The record split as the journal holds it: the entry asked for, the envelope it adds. */
function split(record: unknown): { entry: unknown; envelope: EnvelopeFields } {
  if (typeof record !== 'object' || record === null) {
    return { entry: record, envelope: envelope as EnvelopeFields };
  }
  const fields = record as Record<string, unknown>;
  const entry = Object.fromEntries(
    Object.entries(fields).filter(([key]) => !ENVELOPE_KEYS.includes(key)),
  );
  const parts = Object.fromEntries(ENVELOPE_KEYS.map((key) => [key, fields[key]]));
  return { entry, envelope: parts as unknown as EnvelopeFields };
}

/** The check of a whole record, as the journal asks it (entry and envelope apart). */
function fast(record: unknown) {
  const { entry, envelope: parts } = split(record);
  return fastCheckedRecord(entry, parts);
}

describe('the journal record fast check', () => {
  it('accepts every valid record of the editor kinds, giving what the schema parse gives', () => {
    for (const record of VALID) {
      const parsed = JournalRecordSchema.parse(record);
      const checked = fast(record);
      expect(checked).toStrictEqual(parsed);
      expect(JSON.stringify(checked)).toBe(JSON.stringify(parsed));
      expect(Object.keys(checked!)).toEqual(Object.keys(parsed));
    }
  });

  it('agrees with the schema on thousands of changed records, at every bound', () => {
    let decided = 0;
    let refused = 0;
    const all = samples();
    expect(all.length).toBeGreaterThan(20_000);
    for (const sample of all) {
      const { entry, envelope: parts } = split(sample);
      // What the journal would parse: the entry with its envelope over it.
      const parsed = JournalRecordSchema.safeParse(
        typeof entry === 'object' && entry !== null ? { ...entry, ...parts } : entry,
      );
      const checked = fastCheckedRecord(entry, parts);
      if (!parsed.success) refused += 1;
      if (checked === null) {
        // Left to the schema: only what the schema refuses, another kind, or an unusual shape.
        const kind = (sample as { kind?: unknown }).kind;
        const at = (sample as { at?: unknown }).at;
        const usual =
          KINDS.has(kind as string) &&
          standardShape(sample) &&
          typeof at === 'string' &&
          /^\d{4}-.*\.\d{3}Z$/.test(at);
        if (parsed.success && usual) expect.fail(`left a valid record: ${JSON.stringify(sample)}`);
        continue;
      }
      decided += 1;
      if (!parsed.success)
        expect.fail(`accepted what the schema refuses: ${JSON.stringify(sample)}`);
      expect(checked).toStrictEqual(parsed.data);
      expect(Object.keys(checked)).toEqual(Object.keys(parsed.data));
      expect(JSON.stringify(checked)).toBe(JSON.stringify(parsed.data));
    }
    // Both sides are exercised: many accepted here, many refused by the schema.
    expect(decided).toBeGreaterThan(2_000);
    expect(refused).toBeGreaterThan(10_000);
  });

  it('gives a fresh copy: changing the entry afterwards changes nothing saved', () => {
    const record = structuredClone(VALID[1]!) as {
      target: { selector: { exact?: string }[] };
    };
    const checked = fast(record) as unknown as typeof record;
    record.target.selector[1]!.exact = 'changed';
    expect(checked.target.selector[1]!.exact).toBe('持续改进');
    expect(checked.target).not.toBe(record.target);
  });

  it('reads each value once: a getter cannot show the check one value and the copy another', () => {
    let reads = 0;
    const { entry } = split(VALID.find((r) => r.kind === 'review-score'));
    const getter: Record<string, unknown> = { ...(entry as object) };
    Object.defineProperty(getter, 'score', {
      enumerable: true,
      get: () => (reads++ === 0 ? 5 : 500),
    });
    const checked = fastCheckedRecord(getter, envelope);
    expect(checked).not.toBeNull();
    expect((checked as { score: number }).score).toBe(5);
    expect(JournalRecordSchema.safeParse(checked).success).toBe(true);
  });

  it('leaves other kinds, class instances and hand-made times to the schema', () => {
    const restored = { kind: 'journal-restored', accepted: 3, previousHighest: null, ...envelope };
    expect(JournalRecordSchema.safeParse(restored).success).toBe(true);
    expect(fast(restored)).toBeNull();
    class Entry {
      kind = 'annotation-deleted';
      annotationId = 'a1';
    }
    expect(fastCheckedRecord(new Entry(), envelope)).toBeNull();
    const offset = { ...VALID[3]!, at: '2026-11-29T16:00:00.000+08:00' };
    expect(JournalRecordSchema.safeParse(offset).success).toBe(true);
    expect(fast(offset)).toBeNull();
  });

  it('leaves an entry carrying a field of the envelope to the schema, which the envelope overrides', () => {
    const { entry } = split(VALID[3]!);
    const carrying = { ...(entry as object), caseId: 'fedcba9876543210fedcba9876543210' };
    expect(JournalRecordSchema.safeParse({ ...carrying, ...envelope }).success).toBe(true);
    expect(fastCheckedRecord(carrying, envelope)).toBeNull();
  });
});
