/**
 * The bench modules, in the order a full run takes them: each named, with the rows it writes
 * and the disk it needs at most. `npm run bench -- NAME…` takes module names, row names, or
 * `crypto` (encrypt, decrypt, open).
 */
import type { BenchModule } from './bench-context';
import { DISK_NEEDED } from './bench-sizes';

export interface ModuleEntry {
  readonly name: string;
  readonly rows: readonly string[];
  readonly summary: string;
  readonly diskBytes: number;
  /** Loaded only when selected, so one module's imports never stop another's run. */
  readonly load: () => Promise<BenchModule>;
}

export const benchModules: readonly ModuleEntry[] = [
  {
    name: 'encrypt',
    rows: ['encrypt_throughput'],
    summary: '500 MB material sealed, vs openssl enc, age, age + sha256sum',
    diskBytes: DISK_NEEDED.encrypt,
    load: () => import('./encrypt.bench'),
  },
  {
    name: 'decrypt',
    rows: ['decrypt_throughput'],
    summary: '500 MB material opened and streamed, vs openssl enc -d, age -d, age -d + sha256sum',
    diskBytes: DISK_NEEDED.decrypt,
    load: () => import('./decrypt.bench'),
  },
  {
    name: 'open',
    rows: ['open_material_2gb'],
    summary: 'open a 2 GB case and read 10 MB, vs the same on a 20 MB case',
    diskBytes: DISK_NEEDED.open,
    load: () => import('./open.bench'),
  },
  {
    name: 'intake',
    rows: ['intake_throughput'],
    summary: '50 application archives of 10 MB taken in, vs unzip -p',
    diskBytes: DISK_NEEDED.intake,
    load: () => import('./intake.bench'),
  },
  {
    name: 'seal',
    rows: ['seal_round'],
    summary: '10 packages of 50 MB sealed from a workspace, vs age per file through xargs -P',
    diskBytes: DISK_NEEDED.seal,
    load: () => import('./seal.bench'),
  },
  {
    name: 'search',
    rows: ['search_query_250apps'],
    summary:
      '20 queries over 250 applications of 80,000 Chinese characters, vs SQLite FTS5 trigram',
    diskBytes: DISK_NEEDED.search,
    load: () => import('./search.bench'),
  },
  {
    name: 'journal',
    rows: ['journal_append'],
    summary:
      '200 acknowledged journal edits (encrypt, append, fsync, remember), vs write + fsync of the same bytes',
    diskBytes: DISK_NEEDED.journal,
    load: () => import('./journal.bench'),
  },
  {
    name: 'unwrap',
    rows: ['x25519_unwrap', 'x25519_wrap'],
    summary:
      'section wraps (8 X25519 stanzas) opened and sealed with the native stanza, vs age-encryption alone',
    diskBytes: DISK_NEEDED.unwrap,
    load: () => import('./unwrap.bench'),
  },
  {
    name: 'merge',
    rows: ['merge_10x7x250'],
    summary:
      "the chair verifies and opens 10 group bundles (70 member bundles, 1,750 reviews, every signature verified); the groups' part, the chair's merge across groups to come",
    diskBytes: DISK_NEEDED.merge,
    load: () => import('./merge.bench'),
  },
  {
    name: 'reports',
    rows: ['reports_10x7x250'],
    summary:
      'every report of 250 applications in 10 groups of 7 (250 评审意见表, 评分汇总表, 投票记录, the lists as Word, CSV and XLSX), no peer',
    // The merge row's cached input and about 4 MB of reports.
    diskBytes: DISK_NEEDED.merge,
    load: () => import('./reports.bench'),
  },
  {
    name: 'reader',
    rows: ['docx_first_screen_300p', 'pdf_first_page_200p', 'reader_heap_25_materials'],
    summary:
      'Chromium: a 300-page .docx first screen vs LibreOffice, a 200-page PDF first page vs pdftoppm, heap over 25 materials',
    diskBytes: DISK_NEEDED.reader,
    load: () => import('./reader.bench'),
  },
  {
    name: 'unlock',
    rows: ['unlock_and_hydrate_25'],
    summary:
      'Chromium: passphrase to the review progress of 25 applications with a full journal, vs the scrypt cost alone',
    diskBytes: DISK_NEEDED.unlock,
    load: () => import('./unlock.bench'),
  },
];

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  crypto: ['encrypt', 'decrypt', 'open'],
};

export type Selection =
  { readonly modules: readonly ModuleEntry[] } | { readonly unknown: readonly string[] };

/** The modules the names ask for, in run order; none named means all. */
export function selectModules(names: readonly string[]): Selection {
  if (names.length === 0) return { modules: benchModules };
  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const group = GROUPS[name];
    const entry = benchModules.find((m) => m.name === name || m.rows.includes(name));
    if (group !== undefined) group.forEach((member) => wanted.add(member));
    else if (entry !== undefined) wanted.add(entry.name);
    else unknown.push(name);
  }
  if (unknown.length > 0) return { unknown };
  return { modules: benchModules.filter((m) => wanted.has(m.name)) };
}

export function usage(): string {
  const width = Math.max(...benchModules.map((m) => m.name.length));
  return [
    '用法 / usage: npm run bench [-- NAME…]',
    '  NAME: a module, one of its rows, or crypto (= encrypt decrypt open); none: all of them',
    ...benchModules.map((m) => `  ${m.name.padEnd(width)}  ${m.rows.join(', ')}: ${m.summary}`),
    '  QBR_BENCH_DIR: scratch folder on the disk to measure (default: $TMPDIR or /tmp)',
    '  QBR_BENCH_REPEATS: timed runs of each side per row (default 7, at least 5)',
  ].join('\n');
}
