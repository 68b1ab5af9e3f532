/**
 * What is left to write of `parts` once a writev has written `written` bytes of them: a short
 * writev is legal, and the rest goes in the next call. Both the main thread's streaming writes
 * (case/atomic-stream-write.ts) and the chunk workers (chunk-worker-source.ts) use it.
 *
 * The chunk workers run a source string, not a module, so they take this function's own text
 * (`Function.prototype.toString`): it must stay self-contained (no imports, no names from outside,
 * no nested functions a bundler could wrap) and plain enough to run once its types are stripped.
 */
export function unwrittenParts(parts: readonly Uint8Array[], written: number): Uint8Array[] {
  let skip = written;
  const rest: Uint8Array[] = [];
  for (const part of parts) {
    if (skip >= part.length) skip -= part.length;
    else {
      rest.push(part.subarray(skip));
      skip = 0;
    }
  }
  return rest;
}
