/**
 * One text for one JSON value: object keys sorted by UTF-16 code units, no whitespace, numbers
 * and strings as JSON.stringify writes them. Digests (of a rubric, later of signed records) are
 * taken over this text, so the same value always hashes the same wherever it was built.
 *
 * Written into one string as it walks the value, with no arrays of entries or pieces in between:
 * every bundle section a reader opens is re-serialised to check its canonical form, so this runs
 * thousands of times in a chair's merge (npm run bench, merge_10x7x250). What it writes is the
 * text of the former entries-filter-sort-map-join form, kept as the reference of the property
 * test (test/shared/domain/canonical-json.test.ts).
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

function write(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return primitive(value);
  if (Array.isArray(value)) {
    const length = value.length;
    if (length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < length; i++) {
      if (i > 0) out += ',';
      // An undefined element or a hole is no JSON value: refused (the former form wrote a hole
      // as nothing, "[,1]", which is no JSON either; no parsed value has one).
      out += write(value[i]);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  // Own enumerable string keys, as Object.entries gives them; the default sort compares
  // UTF-16 code units, and keys are unique, so no comparer is needed.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += first ? JSON.stringify(key) : `,${JSON.stringify(key)}`;
    out += `:${write(v)}`;
    first = false;
  }
  return out + '}';
}

/** A number, boolean or null as JSON.stringify writes it; anything else is no JSON value. */
function primitive(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  // bigint throws JSON.stringify's own TypeError; undefined, a function or a symbol give nothing.
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('not a JSON value');
  return text;
}

/**
 * canonicalJson(a) === canonicalJson(b), mostly without writing either: the two are walked side
 * by side, and only when the walk cannot tell (they differ, or hold something that is no plain
 * JSON value) are both written and compared, so the answer, and any TypeError, are the text
 * comparison's. Used where a recomputed value is checked against a signed one.
 */
export function canonicalJsonEqual(a: unknown, b: unknown): boolean {
  return sameJson(a, b, false) || canonicalJson(a) === canonicalJson(b);
}

/**
 * canonicalJson(value) === text, where `parsed` is JSON.parse(text) (a schema's output `value`
 * may be a copy of it): when `parsed` holds the same JSON as `value` with every object's keys
 * already in canonical order, the engine's own JSON.stringify(parsed) writes the canonical text
 * and is compared; otherwise (integer-like keys, which JSON.parse puts first, a difference, or a
 * text that is not canonical) the answer is the text comparison's.
 */
export function isCanonicalJsonOf(value: unknown, text: string, parsed: unknown): boolean {
  if (noToJson() && sameJson(value, parsed, true) && JSON.stringify(parsed) === text) return true;
  return canonicalJson(value) === text;
}

/** JSON.stringify would call a toJSON found on these; canonicalJson never does. */
function noToJson(): boolean {
  return (
    !('toJSON' in Object.prototype) &&
    !('toJSON' in Array.prototype) &&
    !('toJSON' in String.prototype) &&
    !('toJSON' in Number.prototype) &&
    !('toJSON' in Boolean.prototype)
  );
}

const enumerableOwn = Object.prototype.propertyIsEnumerable;

/**
 * True only when `a` and `b` are the same plain JSON value (strings, finite numbers, booleans,
 * null, arrays with no hole, objects with own enumerable keys and no undefined value), so their
 * canonical texts are equal; with `sorted`, also every object of `b` has its keys in ascending
 * UTF-16 order and a plain prototype (no own toJSON can matter: a function is no JSON value). False
 * means only "not shown equal here".
 */
function sameJson(a: unknown, b: unknown, sorted: boolean): boolean {
  if (typeof a !== 'object' || a === null) {
    if (a !== b) return false;
    const type = typeof a;
    if (type === 'string' || type === 'boolean' || a === null) return true;
    return type === 'number' && Number.isFinite(a);
  }
  // The same object on both sides (a schema passing a field through): walked once.
  if (a === b) return plainJson(a, sorted);
  if (typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    if (sorted && Object.getPrototypeOf(b) !== Array.prototype) return false;
    // A hole reads as undefined, which is no JSON value: not shown equal.
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], sorted)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (sorted) {
    const proto: unknown = Object.getPrototypeOf(b);
    if (proto !== Object.prototype && proto !== null) return false;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keysB = Object.keys(rb);
  if (Object.keys(ra).length !== keysB.length) return false;
  let previous: string | undefined;
  for (const key of keysB) {
    if (sorted) {
      if (previous !== undefined && !(previous < key)) return false;
      previous = key;
    }
    // Every key of b is an own enumerable key of a, and there are as many: the same keys.
    if (!enumerableOwn.call(ra, key) || !sameJson(ra[key], rb[key], sorted)) return false;
  }
  return true;
}

/** sameJson(value, value, sorted), walking the value once. */
function plainJson(value: unknown, sorted: boolean): boolean {
  if (typeof value !== 'object' || value === null) return sameJson(value, value, sorted);
  if (Array.isArray(value)) {
    if (sorted && Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!plainJson(value[i], sorted)) return false;
    return true;
  }
  if (sorted) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
  }
  const record = value as Record<string, unknown>;
  let previous: string | undefined;
  for (const key of Object.keys(record)) {
    if (sorted) {
      if (previous !== undefined && !(previous < key)) return false;
      previous = key;
    }
    if (!plainJson(record[key], sorted)) return false;
  }
  return true;
}
