/**
 * One encrypted file of the office workspace (its state, or one received material), padded so
 * its length tells little more than its order of magnitude, and cut into chunks so a large
 * material streams through sealing without being held whole.
 *
 *   "QBSF" | version 1 | chunkSizeLog2 | salt (16) | chunks
 *   plaintext stream = length (u64) ‖ data ‖ zeros, padded to Padmé(8 + length) bytes
 *   key     = HKDF-SHA256(IKM = purpose key, salt = salt, info = binding)
 *   chunk i = AES-256-GCM(key, nonce = i (11 bytes) ‖ final flag, chunk plaintext) ‖ tag
 *
 * The binding names the workspace and the file's role (and a material's name, a state's
 * generation), so a file moved, swapped or copied from another workspace fails authentication.
 *
 * Material files are written and read through the chunk pool's worker threads
 * (crypto/chunk-pool.ts), several chunks at a time, the reads and writes overlapping the
 * crypto; the state, a few kilobytes, is sealed and opened in memory on the calling thread.
 *
 * This module is the format's one door; the code is by concept: the layout, header and padding
 * (sealed-file-layout.ts), writing (sealed-file-write.ts), reading (sealed-file-read.ts), and a
 * material as a case package's source (sealed-file-source.ts).
 */
export { sealedFileLength } from './sealed-file-layout';
export { sealBytes, writeSealedFile } from './sealed-file-write';
export { openSealedBytes, readSealedFile, readSealedFileChunks } from './sealed-file-read';
export { sealedFileSource } from './sealed-file-source';
