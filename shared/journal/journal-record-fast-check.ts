/**
 * A hand-written check of the records an editor saves most (the renderer's kinds: annotations,
 * reading positions and the review's fields), for the journal's append. `JournalRecordSchema` stays
 * the specification: this check only ever ACCEPTS a record the schema accepts, giving what the
 * schema's parse gives (the same values, a fresh copy in the schema's key order), and otherwise
 * answers null: "not decided here", and the caller parses with the schema, which accepts the rest
 * and words every refusal. So a refusal is always the schema's, and a kind this check does not
 * know (every main-written kind, any kind added later) simply takes the schema's path.
 *
 * Why: the schema's parse of one record cost 30 to 70 µs on the build machine's virtual CPUs
 * right after the thread slept through the previous save's fsync (about 8 µs when warm), the
 * largest share of what a save adds to its write and flush (docs/journal-format.md, "Appending").
 * Every value is read once, checked, and that value copied: a getter cannot show the check one
 * value and the copy another. Its test (test/shared/journal/journal-record-fast-check.test.ts)
 * holds it to the schema on many valid and invalid records, at every bound.
 */
import { MAX_COMMENT_CHARS } from '../bundle/bundle-limits';
import { CONTEXT_MAX, PDF_FRAGMENT_SPEC, QUOTE_MAX } from './annotation-selector';
import { NOTE_MAX_LENGTH, REVIEW_SCORE_CEILING } from './journal-entry';
import type { JournalRecord } from './journal-record';

type Fields = Readonly<Record<string, unknown>>;

// The schema's patterns (journal-record.ts, journal-entry.ts, annotation-selector.ts).
const CASE_ID = /^[0-9a-f]{32}$/;
const FINGERPRINT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ROUND_ID = /^[A-Za-z0-9_-]{1,32}$/;
const RUBRIC_ITEM_ID = /^[a-z0-9-]{1,32}$/;
const PDF_PAGE = /^page=[1-9][0-9]{0,5}$/;
/** What Date#toISOString gives for the years 0000 to 9999. */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const CASE_ITEM_MAX = 64;
const MAX_SELECTORS = 4;
const OVERALL_FIELDS: readonly unknown[] = ['strengths', 'weaknesses', 'suggestions'];
const RECOMMENDATIONS: readonly unknown[] = ['recommend', 'not-recommend'];

const ENVELOPE_KEYS = 4;

/** A plain object (an object literal, or what IPC's structured clone makes). */
function plain(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether `value` has exactly `count` own keys: with the known keys found, no unknown one. */
function keyCount(value: Fields, count: number): boolean {
  return Object.keys(value).length === count;
}

const text = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const caseItem = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= CASE_ITEM_MAX;
const matches = (value: unknown, pattern: RegExp): value is string =>
  typeof value === 'string' && pattern.test(value);
const count = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
/** A finite number within [min, max] (zod 4's number refuses NaN and the infinities). */
const within = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** The envelope as the journal writes it: its case, the next number, its clock, its owner. */
function envelopeOf(record: Fields) {
  const { caseId, recordNumber, at, author } = record;
  if (!matches(caseId, CASE_ID) || !matches(author, FINGERPRINT)) return null;
  if (!count(recordNumber) || recordNumber === 0) return null;
  // A real instant as toISOString writes it (the schema's ISO datetime takes it; anything else,
  // a hand-made time or a year past 9999, goes to the schema).
  if (!matches(at, ISO_INSTANT)) return null;
  const time = Date.parse(at);
  if (!Number.isFinite(time) || new Date(time).toISOString() !== at) return null;
  return { caseId, recordNumber, at, author };
}

/** An optional field: absent (left out), present as undefined (kept, as the schema keeps it). */
type Optional<T> = { readonly ok: true; readonly present: boolean; readonly value: T | undefined };
const REFUSED = { ok: false } as const;
function optional<T>(
  fields: Fields,
  key: string,
  check: (value: unknown) => value is T,
): Optional<T> | typeof REFUSED {
  if (!Object.hasOwn(fields, key)) return { ok: true, present: false, value: undefined };
  const value = fields[key];
  if (value === undefined) return { ok: true, present: true, value: undefined };
  return check(value) ? { ok: true, present: true, value } : REFUSED;
}

function quoteSelector(selector: Fields): Fields | null {
  const { exact } = selector;
  if (typeof exact !== 'string' || exact.length < 1 || exact.length > QUOTE_MAX) return null;
  const isContext = (value: unknown): value is string => text(value, CONTEXT_MAX);
  const prefix = optional(selector, 'prefix', isContext);
  const suffix = optional(selector, 'suffix', isContext);
  if (!prefix.ok || !suffix.ok) return null;
  if (!keyCount(selector, 2 + Number(prefix.present) + Number(suffix.present))) return null;
  return {
    type: 'TextQuoteSelector',
    exact,
    ...(prefix.present ? { prefix: prefix.value } : {}),
    ...(suffix.present ? { suffix: suffix.value } : {}),
  };
}

function positionSelector(selector: Fields): Fields | null {
  const { start, end } = selector;
  if (!count(start) || !count(end) || !(end > start) || !keyCount(selector, 3)) return null;
  return { type: 'TextPositionSelector', start, end };
}

/** A quote or a position (the refinement of a page); null for anything else. */
function textSelector(selector: unknown): Fields | null {
  if (!plain(selector)) return null;
  if (selector.type === 'TextQuoteSelector') return quoteSelector(selector);
  if (selector.type === 'TextPositionSelector') return positionSelector(selector);
  return null;
}

function pageSelector(selector: Fields): Fields | null {
  const { conformsTo, value } = selector;
  if (conformsTo !== PDF_FRAGMENT_SPEC || !matches(value, PDF_PAGE)) return null;
  if (!Object.hasOwn(selector, 'refinedBy')) {
    return keyCount(selector, 3) ? { type: 'FragmentSelector', conformsTo, value } : null;
  }
  const raw = selector.refinedBy;
  const refinedBy = raw === undefined ? undefined : textSelector(raw);
  if (refinedBy === null || !keyCount(selector, 4)) return null;
  return { type: 'FragmentSelector', conformsTo, value, refinedBy };
}

/** The selectors: one to four alternatives, at least one anchored by a quote. */
function selectors(list: unknown): Fields[] | null {
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_SELECTORS) return null;
  const copies: Fields[] = [];
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const selector: unknown = list[i];
    if (!plain(selector)) return null;
    let copy: Fields | null;
    if (selector.type === 'FragmentSelector') {
      copy = pageSelector(selector);
      quoted ||= (copy?.refinedBy as Fields | undefined)?.type === 'TextQuoteSelector';
    } else {
      copy = textSelector(selector);
      quoted ||= copy?.type === 'TextQuoteSelector';
    }
    if (copy === null) return null;
    copies.push(copy);
  }
  return quoted ? copies : null;
}

function annotation(record: Fields): Fields | null {
  const { annotationId, applicationId, target, body } = record;
  if (!matches(annotationId, ITEM_ID) || !caseItem(applicationId)) return null;
  if (!plain(target) || !plain(body) || !keyCount(target, 2) || !keyCount(body, 2)) return null;
  const { source } = target;
  const value = body.value;
  if (!caseItem(source) || body.type !== 'TextualBody' || !text(value, NOTE_MAX_LENGTH)) {
    return null;
  }
  const selector = selectors(target.selector);
  if (selector === null) return null;
  return {
    kind: 'annotation',
    annotationId,
    applicationId,
    target: { source, selector },
    body: { type: 'TextualBody', value },
  };
}

function readingPosition(record: Fields): Fields | null {
  const { applicationId, materialId, fraction } = record;
  if (!caseItem(applicationId) || !caseItem(materialId) || !within(fraction, 0, 1)) return null;
  const page = optional(record, 'page', (value): value is number => count(value) && value > 0);
  if (!page.ok) return null;
  return {
    kind: 'reading-position',
    applicationId,
    materialId,
    ...(page.present ? { page: page.value } : {}),
    fraction,
  };
}

/** The round and the application every review field names. */
function reviewPlace(record: Fields): { roundId: string; applicationId: string } | null {
  const { roundId, applicationId } = record;
  return matches(roundId, ROUND_ID) && caseItem(applicationId) ? { roundId, applicationId } : null;
}

/** The entry's own fields, checked and copied; null when the schema must decide. */
function entryOf(record: Fields): { fields: Fields; keys: number } | null {
  switch (record.kind) {
    case 'annotation': {
      const fields = annotation(record);
      return fields && { fields, keys: 5 };
    }
    case 'annotation-deleted': {
      const { annotationId } = record;
      return matches(annotationId, ITEM_ID)
        ? { fields: { kind: 'annotation-deleted', annotationId }, keys: 2 }
        : null;
    }
    case 'reading-position': {
      const fields = readingPosition(record);
      return fields && { fields, keys: Object.keys(fields).length };
    }
    case 'review-score': {
      const place = reviewPlace(record);
      const { partId, score } = record;
      if (place === null || !matches(partId, RUBRIC_ITEM_ID)) return null;
      if (score !== null && !within(score, 0, REVIEW_SCORE_CEILING)) return null;
      return { fields: { kind: 'review-score', ...place, partId, score }, keys: 5 };
    }
    case 'review-comment': {
      const place = reviewPlace(record);
      const { targetId, text: comment } = record;
      if (place === null || !matches(targetId, RUBRIC_ITEM_ID)) return null;
      if (!text(comment, MAX_COMMENT_CHARS)) return null;
      return { fields: { kind: 'review-comment', ...place, targetId, text: comment }, keys: 5 };
    }
    case 'review-overall': {
      const place = reviewPlace(record);
      const { field, text: comment } = record;
      if (place === null || !OVERALL_FIELDS.includes(field)) return null;
      if (!text(comment, MAX_COMMENT_CHARS)) return null;
      return { fields: { kind: 'review-overall', ...place, field, text: comment }, keys: 5 };
    }
    case 'review-recommendation': {
      const place = reviewPlace(record);
      const { recommendation } = record;
      if (place === null) return null;
      if (recommendation !== null && !RECOMMENDATIONS.includes(recommendation)) return null;
      return { fields: { kind: 'review-recommendation', ...place, recommendation }, keys: 4 };
    }
    case 'review-no-discussion': {
      const place = reviewPlace(record);
      const { noDiscussionNeeded } = record;
      if (place === null || typeof noDiscussionNeeded !== 'boolean') return null;
      return { fields: { kind: 'review-no-discussion', ...place, noDiscussionNeeded }, keys: 4 };
    }
    default:
      return null;
  }
}

/**
 * `candidate` as `JournalRecordSchema.parse` would give it, when it is a record of one of the
 * editor's kinds that the schema accepts; null otherwise (parse it with the schema: it may
 * still be valid, and only the schema says why not).
 */
export function fastCheckedRecord(candidate: unknown): JournalRecord | null {
  if (!plain(candidate)) return null;
  const entry = entryOf(candidate);
  if (entry === null || !keyCount(candidate, entry.keys + ENVELOPE_KEYS)) return null;
  const envelope = envelopeOf(candidate);
  if (envelope === null) return null;
  return { ...entry.fields, ...envelope } as JournalRecord;
}
