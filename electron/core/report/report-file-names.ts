/**
 * File names of the exported reports: the report's name, then an id or a 申报编号 kept to
 * letters, digits, - and _ (a 申报编号 comes from the online system and could hold anything),
 * never an applicant's name: the folder's listing says which reports are there, not who applied.
 */
export function safeStem(value: string): string {
  const kept = value
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]/gu, '_')
    .slice(0, 64);
  return kept === '' || /^[._]+$/.test(kept) ? '_' : kept;
}

/** Names made unique within one export: a repeat gets -2, -3… before its extension. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; seen.has(candidate); n += 1) candidate = `${stem}-${n}${extension}`;
    seen.add(candidate);
    return candidate;
  });
}
