/**
 * The sizes every module works on, and so the disk each needs at most: the runner checks the
 * largest before starting, and the README states it.
 */
import { MB } from './scratch-files';

/** encrypt_throughput and decrypt_throughput. */
export const MATERIAL_BYTES = 500 * MB;
/** open_material_2gb: twenty 100 MB fillers around one 10 MB material. */
export const BIG_CASE_FILLERS = 20;
export const FILLER_BYTES = 100 * MB;
export const TARGET_BYTES = 10 * MB;
/** intake_throughput: 50 archives of about 10 MB. */
export const INTAKE_ARCHIVES = 50;
export const INTAKE_BYTES = 500 * MB;
/** seal_round: 10 packages, each holding the same 50 MB of materials. */
export const SEAL_EXPERTS = 10;
export const SEAL_MATERIAL_BYTES = 50 * MB;

/** search_query_250apps: 250 applications of 80,000 Chinese characters each. */
export const SEARCH_APPLICATIONS = 250;
export const SEARCH_CHARACTERS = 80_000;

/** x25519_unwrap: section wraps opened per run (x25519_wrap seals a quarter as many). */
export const UNWRAP_FILES = 200;

/** Peak bytes on the scratch disk, per module, with a tenth to spare. */
export const DISK_NEEDED = {
  // The source and one side's output at a time (each side removes its output after a run).
  encrypt: 1.1 * 2 * MATERIAL_BYTES,
  // The source and the three ciphertexts while they are made.
  decrypt: 1.1 * 4 * MATERIAL_BYTES,
  // The 2 GB case (its fillers and target) and the 20 MB one.
  open: 1.1 * (BIG_CASE_FILLERS * FILLER_BYTES + 3 * TARGET_BYTES),
  intake: 1.1 * INTAKE_BYTES,
  // Inputs, the workspace's copy, and one side's ten packages at a time.
  seal: 1.1 * (2 + SEAL_EXPERTS) * SEAL_MATERIAL_BYTES,
  // The texts (3 bytes a character in UTF-8) and SQLite's database with its trigram index.
  search: 1.1 * 6 * SEARCH_APPLICATIONS * SEARCH_CHARACTERS * 3,
  // Nothing on disk: the age files are made and opened in memory.
  unwrap: 1 * MB,
  // The cached input (10 group bundles of about 0.7 MB) and the sealed round while it is built
  // (72 small packages, the office's workspace).
  merge: 100 * MB,
  // The reader fixture's build (pdf.js's CMaps and fonts included), the two files and
  // LibreOffice's profile and HTML output.
  reader: 200 * MB,
  // One journal of 200 records and the peer's file of the same size, at a time.
  journal: 10 * MB,
  // The renderer's build, the office's workspace, the 25-application package, the app data
  // (journal, settings) and Chromium's context.
  unlock: 100 * MB,
} as const;
