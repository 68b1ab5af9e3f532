/**
 * The text of a legacy Word 97–2003 file (.doc), read in the Word worker from bytes in memory:
 * the compound file's WordDocument stream, its FIB, and the piece table (CLX) in the table
 * stream, following MS-DOC. Only the main text: layout, images, headers, notes and field codes
 * are left out (a field's shown result is kept). word-extractor does the same under Node, but
 * needs Node's fs, stream and Buffer, which a browser worker does not have.
 */
import { CompoundFileError, readCompoundFile } from './compound-file';
import type { LegacyWordText, WordFailureKind } from './word-protocol';

/** A 300-page document has well under a million characters; more is refused, not rendered. */
const MAX_CHARACTERS = 20_000_000;

class DocFormatError extends Error {
  constructor(readonly failure: WordFailureKind) {
    super(failure);
  }
}

function u16(bytes: Uint8Array, offset: number): number {
  if (offset + 2 > bytes.length) throw new DocFormatError('corrupt');
  return bytes[offset]! | (bytes[offset + 1]! << 8);
}

function u32(bytes: Uint8Array, offset: number): number {
  if (offset + 4 > bytes.length) throw new DocFormatError('corrupt');
  return (u16(bytes, offset) | (u16(bytes, offset + 2) << 16)) >>> 0;
}

interface Piece {
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly offset: number;
  readonly compressed: boolean;
}

function pieceTable(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  const end = fcClx + lcbClx;
  if (end > table.length) throw new DocFormatError('corrupt');
  let at = fcClx;
  while (at < end && table[at] === 0x01) at += 3 + u16(table, at + 1); // Prc: formatting, skipped
  if (table[at] !== 0x02) throw new DocFormatError('corrupt');
  const lcb = u32(table, at + 1);
  const plc = at + 5;
  if (plc + lcb > end || (lcb - 4) % 12 !== 0) throw new DocFormatError('corrupt');
  const count = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i += 1) {
    const fc = u32(table, plc + (count + 1) * 4 + i * 8 + 2);
    const compressed = (fc & 0x40000000) !== 0;
    const raw = fc & 0x3fffffff;
    pieces.push({
      cpStart: u32(table, plc + i * 4),
      cpEnd: u32(table, plc + (i + 1) * 4),
      offset: compressed ? raw / 2 : raw,
      compressed,
    });
  }
  return pieces;
}

const ansi = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

function rawText(document: Uint8Array, pieces: readonly Piece[], length: number): string {
  const parts: string[] = [];
  for (const piece of pieces) {
    const start = piece.cpStart;
    const end = Math.min(piece.cpEnd, length);
    if (end <= start) continue;
    const count = end - start;
    const bytes = piece.compressed ? count : count * 2;
    if (piece.offset + bytes > document.length) throw new DocFormatError('corrupt');
    const slice = document.subarray(piece.offset, piece.offset + bytes);
    parts.push(piece.compressed ? ansi.decode(slice) : utf16.decode(slice));
  }
  return parts.join('');
}

/** Word's control characters as text: paragraphs and cells to lines, field codes dropped. */
export function readableText(raw: string): string[] {
  let out = '';
  const fields: ('code' | 'result')[] = [];
  let previous = 0;
  for (const char of raw) {
    const code = char.charCodeAt(0);
    const afterCell = previous === 0x07;
    previous = code;
    if (code === 0x13) fields.push('code');
    else if (code === 0x14) fields[fields.length - 1] = 'result';
    else if (code === 0x15) fields.pop();
    else if (fields.includes('code')) continue;
    else if (code === 0x0d || code === 0x0b || code === 0x0c) out += '\n';
    // A cell ends with 0x07; a row with one more: cells become tabs, rows lines.
    else if (code === 0x07) out = afterCell ? `${out.replace(/\t$/, '')}\n` : `${out}\t`;
    else if (code === 0x1e) out += '-';
    else if (code === 0x09 || code >= 0x20) out += char;
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\t+$/, '').trimEnd())
    .filter((line) => line.trim() !== '');
}

/** The paragraphs of a .doc, or the reason it cannot be read. */
export function extractDocText(input: ArrayBuffer): LegacyWordText {
  try {
    const file = readCompoundFile(new Uint8Array(input));
    const document = file.stream('WordDocument');
    if (!document) return { ok: false, failure: 'not-a-word-document' };
    if (u16(document, 0) !== 0xa5ec) return { ok: false, failure: 'not-a-word-document' };
    const flags = u16(document, 0x0a);
    if (flags & 0x0100) return { ok: false, failure: 'encrypted' };
    const table = file.stream(flags & 0x0200 ? '1Table' : '0Table');
    if (!table) throw new DocFormatError('corrupt');
    // FibBase (32 bytes), then fibRgW, fibRgLw (ccpText is its fourth value), fibRgFcLcb.
    const csw = u16(document, 32);
    const rgLw = 32 + 2 + csw * 2 + 2;
    const cslw = u16(document, rgLw - 2);
    const ccpText = u32(document, rgLw + 12);
    const rgFcLcb = rgLw + cslw * 4 + 2;
    const fcClx = u32(document, rgFcLcb + 33 * 8);
    const lcbClx = u32(document, rgFcLcb + 33 * 8 + 4);
    if (ccpText > MAX_CHARACTERS) return { ok: false, failure: 'too-large' };
    const text = rawText(document, pieceTable(table, fcClx, lcbClx), ccpText);
    return { ok: true, paragraphs: readableText(text) };
  } catch (error) {
    if (error instanceof DocFormatError) return { ok: false, failure: error.failure };
    if (error instanceof CompoundFileError) return { ok: false, failure: 'corrupt' };
    return { ok: false, failure: 'failed' };
  }
}
