/** What one value costs besides its content: a tag, a length, a slot in its container. */
const SLOT_BYTES = 8;

/**
 * How many bytes a message from the worker holds, counted by the parent on what it received
 * (never a figure the worker states): binary data by length, strings at two bytes a code unit
 * (what V8's serializer needs at most), every value and key a slot. Counting stops once `limit`
 * is passed, and a container's slots are counted before its elements are visited, so a huge
 * message costs no more than the limit to measure.
 */
export function messageBytes(value: unknown, limit: number): number {
  let total = SLOT_BYTES;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') total += 2 * item.length;
    else if (ArrayBuffer.isView(item) || item instanceof ArrayBuffer) total += item.byteLength;
    else if (Array.isArray(item)) {
      total += SLOT_BYTES * item.length;
      if (total > limit) return total;
      for (const element of item) stack.push(element);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      total += 2 * SLOT_BYTES * entries.length;
      if (total > limit) return total;
      for (const [key, element] of entries) {
        total += 2 * key.length;
        stack.push(element);
      }
    }
    if (total > limit) return total;
  }
  return total;
}
