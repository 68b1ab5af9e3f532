/**
 * A review section's plaintext checked against ReviewSectionSchema without zod, for the common
 * case: a reader opens every review section of every member bundle (1,750 in npm run bench's
 * merge_10x7x250), and zod's strict objects and records copy each one on the way. True only
 * when the schema accepts the value and its output is the same JSON (every object strict and
 * plain, no field transformed); anything else, a declared conflict included, answers false, and
 * the caller runs the schema, whose answer and issue path stand. The patterns and limits are the
 * schema's own (bundle-fields.ts, bundle-limits.ts); the field lists are checked against the
 * schema's shapes by test/shared/bundle/review-section-shape.test.ts.
 */
import {
  BUNDLE_ID_MAX_CHARS,
  FINGERPRINT_PATTERN,
  HEX128_PATTERN,
  HEX256_PATTERN,
  ROUND_ID_PATTERN,
  SIGNATURE_PATTERN,
} from './bundle-fields';
import { MAX_COMMENT_CHARS } from './bundle-limits';
import type { ReviewSection } from './review-content';
import {
  MAX_SECTION_MATERIALS,
  MAX_SECTION_READERS,
  REVIEW_SECTION_FORMAT,
  UndertakingStatementSchema,
} from './review-content';

/** The keys of each object the section holds, as the strict schemas list them. */
export const REVIEW_SECTION_KEYS = {
  section: ['format', 'version', 'applicationId', 'readers', 'undertaking', 'materials', 'outcome'],
  readers: ['salt', 'fingerprints'],
  undertaking: ['statement', 'signature'],
  statement: ['caseId', 'roundId', 'textSha256', 'fingerprint', 'signedAt'],
  material: ['materialId', 'sha256'],
  review: [
    'kind',
    'partScores',
    'comments',
    'overall',
    'recommendation',
    'noDiscussionNeeded',
    'total',
  ],
  overall: ['strengths', 'weaknesses', 'suggestions'],
} as const;

const hasOwn = Object.prototype.hasOwnProperty;

type Fields = Record<string, unknown>;

/** A plain object with exactly `keys` (all present, nothing else). */
function exactly(value: unknown, keys: readonly string[]): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  let count = 0;
  for (const key in value) {
    if (!hasOwn.call(value, key)) return false;
    count++;
  }
  if (count !== keys.length) return false;
  for (const key of keys) if (!hasOwn.call(value, key)) return false;
  return true;
}

const matches = (value: unknown, pattern: RegExp): boolean =>
  typeof value === 'string' && pattern.test(value);

const bundleId = (value: unknown): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= BUNDLE_ID_MAX_CHARS;

const comment = (value: unknown): boolean =>
  typeof value === 'string' && value.length <= MAX_COMMENT_CHARS;

const points = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A record of the schema's: plain, every key an id, every value `valid`; "__proto__" left to zod. */
function record(value: unknown, valid: (v: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    if (!hasOwn.call(value, key) || key === '__proto__' || !bundleId(key)) return false;
    if (!valid((value as Fields)[key])) return false;
  }
  return true;
}

function readersFit(value: unknown): boolean {
  if (!exactly(value, REVIEW_SECTION_KEYS.readers)) return false;
  const { salt, fingerprints } = value;
  if (!matches(salt, HEX256_PATTERN) || !Array.isArray(fingerprints)) return false;
  if (fingerprints.length < 1 || fingerprints.length > MAX_SECTION_READERS) return false;
  for (let i = 0; i < fingerprints.length; i++) {
    if (!matches(fingerprints[i], FINGERPRINT_PATTERN)) return false;
  }
  return true;
}

function undertakingFits(value: unknown): boolean {
  if (!exactly(value, REVIEW_SECTION_KEYS.undertaking)) return false;
  const { statement, signature } = value;
  if (!matches(signature, SIGNATURE_PATTERN)) return false;
  if (!exactly(statement, REVIEW_SECTION_KEYS.statement)) return false;
  return (
    matches(statement.caseId, HEX128_PATTERN) &&
    matches(statement.roundId, ROUND_ID_PATTERN) &&
    matches(statement.textSha256, HEX256_PATTERN) &&
    matches(statement.fingerprint, FINGERPRINT_PATTERN) &&
    typeof statement.signedAt === 'string' &&
    // The schema's own datetime check (its pattern is zod's), on the one string.
    UndertakingStatementSchema.shape.signedAt.safeParse(statement.signedAt).success
  );
}

function materialsFit(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > MAX_SECTION_MATERIALS) return false;
  for (let i = 0; i < value.length; i++) {
    const material: unknown = value[i];
    if (!exactly(material, REVIEW_SECTION_KEYS.material)) return false;
    if (!bundleId(material.materialId) || !matches(material.sha256, HEX256_PATTERN)) return false;
  }
  return true;
}

function reviewFits(value: unknown): boolean {
  if (!exactly(value, REVIEW_SECTION_KEYS.review) || value.kind !== 'review') return false;
  const { overall } = value;
  return (
    record(value.partScores, points) &&
    record(value.comments, comment) &&
    exactly(overall, REVIEW_SECTION_KEYS.overall) &&
    comment(overall.strengths) &&
    comment(overall.weaknesses) &&
    comment(overall.suggestions) &&
    (value.recommendation === 'recommend' || value.recommendation === 'not-recommend') &&
    typeof value.noDiscussionNeeded === 'boolean' &&
    points(value.total)
  );
}

/** True only when ReviewSectionSchema accepts `json` as it is (see above); false: ask the schema. */
export function isPlainReviewSection(json: unknown): json is ReviewSection {
  if (!exactly(json, REVIEW_SECTION_KEYS.section)) return false;
  return (
    json.format === REVIEW_SECTION_FORMAT &&
    json.version === 1 &&
    bundleId(json.applicationId) &&
    readersFit(json.readers) &&
    undertakingFits(json.undertaking) &&
    materialsFit(json.materials) &&
    reviewFits(json.outcome)
  );
}
