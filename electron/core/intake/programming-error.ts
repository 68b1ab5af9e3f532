/**
 * Errors that mean our own code is wrong, never the input: they are let through to the caller
 * instead of being given a category, so a bug cannot pass for a damaged archive.
 */
export function isProgrammingError(error: unknown): boolean {
  return (
    error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError
  );
}
