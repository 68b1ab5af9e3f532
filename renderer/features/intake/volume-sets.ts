/**
 * How dropped files travel to main: one call per archive, except that the volumes of one RAR set
 * travel in one call, since main reads a set only when all its parts arrive together
 * (docs/intake.md, multi-volume sets).
 */

/** The set a RAR volume's name puts it in ("x.part2.rar", "x.r00"), or null for other files. */
export function volumeSetOf(name: string): string | null {
  const part = /^(.+)\.part\d{1,4}\.rar$/i.exec(name);
  if (part) return `part:${part[1]!.toLowerCase()}`;
  const old = /^(.+)\.(?:rar|[r-z]\d\d)$/i.exec(name);
  return old ? `old:${old[1]!.toLowerCase()}` : null;
}

/** The files grouped into calls, in the order they were dropped. */
export function callsFor<F extends { readonly name: string }>(files: readonly F[]): F[][] {
  const calls: F[][] = [];
  const sets = new Map<string, F[]>();
  for (const file of files) {
    const set = volumeSetOf(file.name);
    const existing = set === null ? undefined : sets.get(set);
    if (existing) existing.push(file);
    else {
      const call = [file];
      calls.push(call);
      if (set !== null) sets.set(set, call);
    }
  }
  return calls;
}
