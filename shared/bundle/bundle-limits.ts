/**
 * The bounds of a review bundle (docs/bundle-format.md, "Bounds"): a reader refuses anything
 * larger before it parses or allocates for it, so a hostile file costs at most these.
 */

/** A whole bundle: far above any review (a section is a few kilobytes). */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/** The signed header's canonical JSON. */
export const MAX_HEADER_BYTES = 256 * 1024;
/** Sections (applications) in one bundle. */
export const MAX_SECTIONS = 256;
/** One section's padded plaintext. */
export const MAX_SECTION_PLAINTEXT_BYTES = 1024 * 1024;
/** One section's key wrap (an age file of WRAP_STANZAS X25519 stanzas is about 1 KiB). */
export const MAX_WRAP_BYTES = 4096;
/**
 * Every section's key is wrapped to exactly this many age X25519 stanzas: its readers, then
 * stanzas for throwaway keys, shuffled, so the wrap does not tell how many people read it.
 */
export const WRAP_STANZAS = 8;
/** The longest comment on one criterion or part, and each part of the overall comment. */
export const MAX_COMMENT_CHARS = 10_000;
