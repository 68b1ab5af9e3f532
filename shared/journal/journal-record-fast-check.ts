/**
 * A hand-written check of the records an editor saves most (the renderer's kinds: annotations,
 * reading positions and the review's fields), for the journal's append. `JournalRecordSchema` stays
 * the specification: this check only ever ACCEPTS a record the schema accepts, giving what the
 * schema's parse gives (the same values, a fresh copy in the schema's key order), and otherwise
 * answers null: "not decided here", and the caller parses with the schema, which accepts the rest
 * and words every refusal. So a refusal is always the schema's, and a kind this check does not
 * know (every main-written kind, any kind added later) simply takes the schema's path.
 *
 * Why: on the build machine's virtual CPUs, right after the thread slept through the previous
 * save's fsync, the object spread that made a record and the schema's parse of it cost 54 to 74 µs,
 * the largest share of what a save adds to its write and flush; this check, building the record
 * as one object literal, 12 to 17 µs (docs/journal-format.md, "What an append adds").
 * Every value is read once, checked, and that value copied: a getter cannot show the check one
 * value and the copy another. Its test (test/shared/journal/journal-record-fast-check.test.ts)
 * holds it to the schema on many valid and invalid records, at every bound.
 */
import { MAX_COMMENT_CHARS } from '../bundle/bundle-limits';
import { CONTEXT_MAX, PDF_FRAGMENT_SPEC, QUOTE_MAX } from './annotation-selector';
import type { Recommendation } from '../bundle/review-content';
import { NOTE_MAX_LENGTH, REVIEW_SCORE_CEILING } from './journal-entry';
import type { OverallField } from './journal-entry';
import type { JournalRecord } from './journal-record';

type Fields = Readonly<Record<string, unknown>>;

// The schema's patterns (journal-record.ts, journal-entry.ts, annotation-selector.ts).
const CASE_ID = /^[0-9a-f]{32}$/;
const FINGERPRINT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ROUND_ID = /^[A-Za-z0-9_-]{1,32}$/;
const RUBRIC_ITEM_ID = /^[a-z0-9-]{1,32}$/;
const PDF_PAGE = /^page=[1-9][0-9]{0,5}$/;
/** What Date#toISOString gives for the years 0000 to 9999 (the day checked further below). */
const ISO_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const CASE_ITEM_MAX = 64;
const MAX_SELECTORS = 4;
const OVERALL_FIELDS: readonly unknown[] = ['strengths', 'weaknesses', 'suggestions'];
const RECOMMENDATIONS: readonly unknown[] = ['recommend', 'not-recommend'];

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
/** A number within [min, max]: NaN fails every comparison, and the bounds are finite. */
const within = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && value >= min && value <= max;

/** The envelope the journal adds: its case, the next number, its clock, its owner. */
export interface EnvelopeFields {
  readonly caseId: string;
  readonly recordNumber: number;
  readonly at: string;
  readonly author: string;
}

function envelopeValid({ caseId, recordNumber, at, author }: EnvelopeFields): boolean {
  if (!matches(caseId, CASE_ID) || !matches(author, FINGERPRINT)) return false;
  if (!count(recordNumber) || recordNumber === 0 || !matches(at, ISO_INSTANT)) return false;
  // A day the month has (toISOString never writes another; a hand-made time may): the 29th
  // and later checked against the calendar.
  return at.charCodeAt(8) < 0x32 || (at[8] === '2' && at[9] !== '9') || realInstant(at);
}

function realInstant(at: string): boolean {
  const time = Date.parse(at);
  return Number.isFinite(time) && new Date(time).toISOString() === at;
}

/** A quote selector's copy, or null (the schema decides). */
function quoteSelector(selector: Fields): Fields | null {
  const { exact } = selector;
  if (typeof exact !== 'string' || exact.length < 1 || exact.length > QUOTE_MAX) return null;
  const copy: Record<string, unknown> = { type: 'TextQuoteSelector', exact };
  let keys = 2;
  // Optional: absent (left out) or present, undefined included (kept, as the schema keeps it).
  if (Object.hasOwn(selector, 'prefix')) {
    const prefix = selector.prefix;
    if (prefix !== undefined && !text(prefix, CONTEXT_MAX)) return null;
    copy.prefix = prefix;
    keys += 1;
  }
  if (Object.hasOwn(selector, 'suffix')) {
    const suffix = selector.suffix;
    if (suffix !== undefined && !text(suffix, CONTEXT_MAX)) return null;
    copy.suffix = suffix;
    keys += 1;
  }
  return keyCount(selector, keys) ? copy : null;
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

/**
 * Each kind's record, built as one object literal in the schema's key order (an object spread
 * cost more than the whole check), or null.
 */
function annotation(entry: Fields, e: EnvelopeFields): JournalRecord | null {
  const { annotationId, applicationId, target, body } = entry;
  if (!keyCount(entry, 5) || !matches(annotationId, ITEM_ID) || !caseItem(applicationId)) {
    return null;
  }
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
    caseId: e.caseId,
    recordNumber: e.recordNumber,
    at: e.at,
    author: e.author,
  } as JournalRecord;
}

function readingPosition(entry: Fields, e: EnvelopeFields): JournalRecord | null {
  const { applicationId, materialId, fraction } = entry;
  if (!caseItem(applicationId) || !caseItem(materialId) || !within(fraction, 0, 1)) return null;
  if (!Object.hasOwn(entry, 'page')) {
    if (!keyCount(entry, 4)) return null;
    const { caseId, recordNumber, at, author } = e;
    return {
      kind: 'reading-position',
      applicationId,
      materialId,
      fraction,
      caseId,
      recordNumber,
      at,
      author,
    };
  }
  const page = entry.page;
  if ((page !== undefined && !(count(page) && page > 0)) || !keyCount(entry, 5)) return null;
  const { caseId, recordNumber, at, author } = e;
  return {
    kind: 'reading-position',
    applicationId,
    materialId,
    page: page as number | undefined,
    fraction,
    caseId,
    recordNumber,
    at,
    author,
  };
}

/** A review field's record: the round and application first, as every review kind has them. */
function reviewField(
  entry: Fields,
  keys: number,
): { roundId: string; applicationId: string } | null {
  const { roundId, applicationId } = entry;
  if (!keyCount(entry, keys) || !matches(roundId, ROUND_ID) || !caseItem(applicationId)) {
    return null;
  }
  return { roundId, applicationId };
}

function recordOf(entry: Fields, e: EnvelopeFields): JournalRecord | null {
  const { caseId, recordNumber, at, author } = e;
  switch (entry.kind) {
    case 'annotation':
      return annotation(entry, e);
    case 'annotation-deleted': {
      const { annotationId } = entry;
      if (!keyCount(entry, 2) || !matches(annotationId, ITEM_ID)) return null;
      return { kind: 'annotation-deleted', annotationId, caseId, recordNumber, at, author };
    }
    case 'reading-position':
      return readingPosition(entry, e);
    case 'review-score': {
      const place = reviewField(entry, 5);
      const { partId, score } = entry;
      if (place === null || !matches(partId, RUBRIC_ITEM_ID)) return null;
      if (score !== null && !within(score, 0, REVIEW_SCORE_CEILING)) return null;
      const { roundId, applicationId } = place;
      return {
        kind: 'review-score',
        roundId,
        applicationId,
        partId,
        score,
        caseId,
        recordNumber,
        at,
        author,
      };
    }
    case 'review-comment': {
      const place = reviewField(entry, 5);
      const { targetId, text: comment } = entry;
      if (place === null || !matches(targetId, RUBRIC_ITEM_ID)) return null;
      if (!text(comment, MAX_COMMENT_CHARS)) return null;
      const { roundId, applicationId } = place;
      return {
        kind: 'review-comment',
        roundId,
        applicationId,
        targetId,
        text: comment,
        caseId,
        recordNumber,
        at,
        author,
      };
    }
    case 'review-overall': {
      const place = reviewField(entry, 5);
      const { field, text: comment } = entry;
      if (place === null || !OVERALL_FIELDS.includes(field)) return null;
      if (!text(comment, MAX_COMMENT_CHARS)) return null;
      const { roundId, applicationId } = place;
      return {
        kind: 'review-overall',
        roundId,
        applicationId,
        field: field as OverallField,
        text: comment,
        caseId,
        recordNumber,
        at,
        author,
      };
    }
    case 'review-recommendation': {
      const place = reviewField(entry, 4);
      const { recommendation } = entry;
      if (place === null) return null;
      if (recommendation !== null && !RECOMMENDATIONS.includes(recommendation)) return null;
      const { roundId, applicationId } = place;
      return {
        kind: 'review-recommendation',
        roundId,
        applicationId,
        recommendation: recommendation as Recommendation | null,
        caseId,
        recordNumber,
        at,
        author,
      };
    }
    case 'review-no-discussion': {
      const place = reviewField(entry, 4);
      const { noDiscussionNeeded } = entry;
      if (place === null || typeof noDiscussionNeeded !== 'boolean') return null;
      const { roundId, applicationId } = place;
      return {
        kind: 'review-no-discussion',
        roundId,
        applicationId,
        noDiscussionNeeded,
        caseId,
        recordNumber,
        at,
        author,
      };
    }
    default:
      return null;
  }
}

/**
 * The record `JournalRecordSchema.parse({ ...entry, ...envelope })` would give, when `entry` is
 * one of the editor's kinds and the schema accepts it; null otherwise (parse that with the schema:
 * it may still be valid, and only the schema says why not). An entry with any field of another
 * name (an envelope's included) is left to the schema.
 */
export function fastCheckedRecord(entry: unknown, envelope: EnvelopeFields): JournalRecord | null {
  if (!plain(entry) || !envelopeValid(envelope)) return null;
  return recordOf(entry, envelope);
}
