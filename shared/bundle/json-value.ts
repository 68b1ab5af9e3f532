/**
 * A section field kept as a plain JSON value (a group section's members, merge and deliberation,
 * which the opener checks by recomputing them): accepted as zod's z.json() accepts what
 * JSON.parse gives (strings, finite numbers, booleans, null, arrays, plain objects), checked by
 * one walk with no copy. z.json() is a lazy union that copies every value it passes through; over
 * a chair's 250 group sections it was most of their schema check (npm run bench, merge_10x7x250).
 * A "__proto__" key, which z.json() silently drops (so the section was then refused as not in
 * canonical form), is refused here.
 */
import { z } from 'zod';

export type JsonValue = z.core.util.JSONType;

const hasOwn = Object.prototype.hasOwnProperty;

/** True for a plain JSON value as described above. */
export function isJsonValue(value: unknown): value is JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!isJsonValue(value[i])) return false;
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      if (hasOwn.call(value, '__proto__')) return false;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!isJsonValue(record[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

/** A field holding a plain JSON value, passed through as it is. */
export function jsonValue() {
  return z.custom<JsonValue>((value) => isJsonValue(value));
}
