/** Names the worker's converter and the viewer's sanitiser must agree on. */

/** Ids mammoth writes (footnotes, endnotes) start with this, so they clash with nothing of ours. */
export const WORD_ID_PREFIX = 'qbr-word-';

/** The `src` mammoth writes for an embedded image: the viewer swaps it for a `blob:` URL. */
export const IMAGE_SRC_PREFIX = 'qbr-image:';
