import { describe, expect, it } from 'vitest';
import {
  ApplicationReviewSchema,
  MaterialHashSchema,
  OverallCommentSchema,
  ReviewSectionSchema,
  SectionReadersSchema,
  SignedUndertakingSchema,
  UndertakingStatementSchema,
} from '../../../shared/bundle/review-content';
import {
  REVIEW_SECTION_KEYS,
  isPlainReviewSection,
} from '../../../shared/bundle/review-section-shape';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { seededGenerator as generator } from '../../fixtures/seeded-random';

const base = {
  format: 'qb-review-section',
  version: 1,
  applicationId: 'a023',
  readers: {
    salt: '6b89c1c0b643454662c0b1594f4a8c9f327b6c582c537b2cb1369b46387ea9a0',
    fingerprints: ['E9HD-T6D3-YY98-CEHC', 'KVCH-V1F0-TJGY-SK2M', 'Y6R8-TAH6-48CK-6K5M'],
  },
  undertaking: {
    statement: {
      caseId: '5285655befa3198a7857deab76703b97',
      roundId: 'material',
      textSha256: '22da0fc0fbb27cd7bb69ac120ff34ee15ea879d3271ba1d26a4afe133519f10a',
      fingerprint: 'Y6R8-TAH6-48CK-6K5M',
      signedAt: '2026-11-20T09:00:00+08:00',
    },
    signature:
      'DmQ4fncJYNY0gXuKLF8xWv6xQpo6IUzzxYE+48xO2yfA8F2MbXUkMqOrPxX3BpWSzWwEIY5qrSvErc+t/ApRAQ==',
  },
  materials: [
    {
      materialId: 'm-22',
      sha256: 'f172e0cee951e9af3a4ff83c69bcc729617ca606608b30722b20781f3b958d93',
    },
  ],
  outcome: {
    kind: 'review',
    partScores: { c1p1: 12, c1p2: 12.5, c2p1: 0 },
    comments: { c1: '方法科学。', c1p1: '符合。' },
    overall: { strengths: '体系完整。', weaknesses: '', suggestions: '补充。' },
    recommendation: 'recommend',
    noDiscussionNeeded: false,
    total: 24.5,
  },
};

/** Values a field could wrongly (or rightly) hold, as JSON text. */
const VALUES = [
  '""',
  '"a"',
  '"x"',
  JSON.stringify('x'.repeat(64)),
  JSON.stringify('x'.repeat(65)),
  JSON.stringify('0'.repeat(32)),
  JSON.stringify('0'.repeat(64)),
  JSON.stringify('A'.repeat(64)),
  JSON.stringify('f'.repeat(63)),
  '"Y6R8-TAH6-48CK-6K5M"',
  '"Y6R8-TAH6-48CK-6K5I"',
  '"y6r8-tah6-48ck-6k5m"',
  '"material"',
  '"mat erial"',
  JSON.stringify('m'.repeat(33)),
  '"2026-11-20T09:00:00+08:00"',
  '"2026-11-20T09:00:00Z"',
  '"2026-11-20T09:00+08:00"',
  '"2026-02-30T09:00:00Z"',
  '"2026-11-20"',
  JSON.stringify(`${'A'.repeat(85)}Q==`),
  JSON.stringify(`${'A'.repeat(85)}B==`),
  '"recommend"',
  '"not-recommend"',
  '"review"',
  '"conflict"',
  '"qb-review-section"',
  JSON.stringify('长'.repeat(10_000)),
  JSON.stringify('长'.repeat(10_001)),
  '0',
  '-0',
  '1',
  '-1',
  '12.5',
  '1e999',
  '-1e999',
  '2',
  'true',
  'false',
  'null',
  '[]',
  '{}',
  '["Y6R8-TAH6-48CK-6K5M"]',
  JSON.stringify(Array.from({ length: 9 }, () => 'Y6R8-TAH6-48CK-6K5M')),
  JSON.stringify(Array.from({ length: 8 }, () => 'Y6R8-TAH6-48CK-6K5M')),
  '{"c1p1":1}',
  '{"":1}',
  '{"__proto__":1}',
  '{"c1":"x","__proto__":"y"}',
  '{"k":-1}',
  '{"k":"1"}',
  JSON.stringify({ materialId: 'm', sha256: '0'.repeat(64) }),
  JSON.stringify({ materialId: 'm', sha256: '0'.repeat(64), extra: 1 }),
  JSON.stringify(Array.from({ length: 201 }, () => ({ materialId: 'm', sha256: '0'.repeat(64) }))),
  JSON.stringify(Array.from({ length: 200 }, () => ({ materialId: 'm', sha256: '0'.repeat(64) }))),
];

/** Every path to a value inside `value` (object keys and array indexes). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** The base section with a few changes: a value replaced, a key added or removed; as JSON.parse gives it. */
function mutated(g: ReturnType<typeof generator>): unknown {
  let text = JSON.stringify(base);
  for (let n = 1 + g.int(2); n > 0; n--) {
    const value = JSON.parse(text) as Record<string, unknown>;
    const path = g.pick(paths(value).slice(1));
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as never)[k], value) as Record<
      string | number,
      unknown
    >;
    const key = path[path.length - 1]!;
    const r = g.next();
    if (r < 0.1 && !Array.isArray(parent)) delete parent[key];
    else if (r < 0.2 && !Array.isArray(parent)) parent[g.pick(['extra', 'kind', 'c9'])] = 1;
    else parent[key] = '\u0000REPLACE\u0000';
    text = JSON.stringify(value).replace('"\\u0000REPLACE\\u0000"', g.pick(VALUES));
  }
  return JSON.parse(text);
}

describe('isPlainReviewSection', () => {
  it('names the fields the strict schemas list, each object', () => {
    const shapes = {
      section: ReviewSectionSchema,
      readers: SectionReadersSchema,
      undertaking: SignedUndertakingSchema,
      statement: UndertakingStatementSchema,
      material: MaterialHashSchema,
      review: ApplicationReviewSchema,
      overall: OverallCommentSchema,
    } as const;
    for (const [name, schema] of Object.entries(shapes)) {
      expect([...REVIEW_SECTION_KEYS[name as keyof typeof shapes]].sort(), name).toEqual(
        Object.keys(schema.shape).sort(),
      );
    }
  });

  it('accepts only what the schema accepts unchanged, for 10,000 changed sections', () => {
    expect(isPlainReviewSection(JSON.parse(JSON.stringify(base)))).toBe(true);
    let accepted = 0;
    let schemaAccepted = 0;
    for (let seed = 1; seed <= 10_000; seed++) {
      const value = mutated(generator(seed));
      const parsed = ReviewSectionSchema.safeParse(value);
      if (parsed.success) schemaAccepted++;
      if (!isPlainReviewSection(value)) continue;
      accepted++;
      if (!parsed.success || canonicalJson(parsed.data) !== canonicalJson(value)) {
        expect({ seed, value, schema: parsed.success }).toBe('the schema to accept it unchanged');
      }
    }
    // It is no check that answers false: it takes nearly all the schema takes here (all but
    // the datetime and __proto__ corners it leaves to the schema).
    expect(accepted).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(schemaAccepted * 0.9);
  });

  it('leaves a declared conflict, and anything not plain, to the schema', () => {
    const conflict = { ...base, outcome: { kind: 'conflict', declaration: {} } };
    expect(isPlainReviewSection(conflict)).toBe(false);
    expect(isPlainReviewSection(Object.assign(Object.create(null) as object, base))).toBe(false);
    expect(isPlainReviewSection([base])).toBe(false);
    expect(isPlainReviewSection(null)).toBe(false);
  });
});
