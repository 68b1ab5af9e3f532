/**
 * The scan reads what Chromium's storage did to a page's bytes (chromium-storage.ts): a Snappy
 * value Blink compressed, a LevelDB log record cut by a block header, a LevelDB table's Snappy
 * block. Each case is built so that the marker is not in the file's bytes as such, and the scan
 * still finds it; bytes that only resemble these formats yield nothing, and a table that does not
 * read makes the scan throw rather than pass.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskedCrc32c, snappyUncompress, SnappyError } from './chromium-storage';
import { ScanLimitError } from './embedded-containers';
import { plaintextFound } from './plaintext-scan';

const MARKER = '申报材料正文机密标记e2e';
const PREFIX = '申报材料'; // repeated before the marker, so Snappy copies it from there

let dir: string;
let count = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-chromium-storage-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function scanned(bytes: Uint8Array) {
  const file = join(dir, `f${count++}.bin`);
  await writeFile(file, bytes);
  return plaintextFound([file], [MARKER]);
}

function varint(value: number): Buffer {
  const out: number[] = [];
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
  return Buffer.from(out);
}

/** A Snappy stream of literals and copies (offset back from the end, length), as a compressor makes. */
function snappy(parts: (Buffer | { offset: number; length: number })[]): Buffer {
  const out: Buffer[] = [];
  let total = 0;
  for (const part of parts) {
    if (Buffer.isBuffer(part)) {
      if (part.length <= 60) out.push(Buffer.from([(part.length - 1) << 2]), part);
      else out.push(Buffer.from([60 << 2, part.length - 1]), part);
      total += part.length;
    } else {
      // A copy with a 2-byte offset: tag 10, length - 1 in the upper six bits.
      out.push(Buffer.from([((part.length - 1) << 2) | 2, part.offset & 0xff, part.offset >> 8]));
      total += part.length;
    }
  }
  return Buffer.concat([varint(total), ...out]);
}

/** The marker's UTF-16LE with its first four characters copied from an earlier occurrence. */
function compressedMarkerValue(): Buffer {
  const prefix = Buffer.from(`${PREFIX}，`, 'utf16le');
  const rest = Buffer.from(MARKER.slice(PREFIX.length), 'utf16le');
  const body = snappy([prefix, { offset: prefix.length, length: 8 }, rest]);
  return Buffer.concat([Buffer.from([0xff, 0x11, 0x02]), body]);
}

/** LevelDB log records (FULL, or FIRST/MIDDLE/LAST across 32 KiB blocks) holding `payload`. */
function leveldbLog(payload: Buffer, startAt: number): Buffer {
  const blocks: Buffer[] = [];
  let file = Buffer.alloc(0);
  const record = (type: number, data: Buffer) => {
    const header = Buffer.alloc(7);
    header.writeUInt16LE(data.length, 4);
    header[6] = type;
    header.writeUInt32LE(maskedCrc32c(Buffer.concat([Buffer.from([type]), data])), 0);
    file = Buffer.concat([file, header, data]);
  };
  // A first record of filler, sized so the payload's record crosses the block boundary.
  record(1, Buffer.alloc(startAt - 7, 0x61));
  const room = 32 * 1024 - file.length - 7;
  record(2, payload.subarray(0, room));
  record(4, payload.subarray(room));
  blocks.push(file);
  return Buffer.concat(blocks);
}

/** A LevelDB table with one Snappy data block holding `block`, an index block and a footer. */
function leveldbTable(blockSnappy: Buffer): Buffer {
  const trailer = (type: number) => Buffer.from([type, 0, 0, 0, 0]);
  const data = Buffer.concat([blockSnappy, trailer(1)]);
  const handle = Buffer.concat([varint(0), varint(blockSnappy.length)]);
  // One index entry: shared 0, key "k", the handle; one restart at 0.
  const entry = Buffer.concat([
    varint(0),
    varint(1),
    varint(handle.length),
    Buffer.from('k'),
    handle,
  ]);
  const restarts = Buffer.alloc(8);
  restarts.writeUInt32LE(0, 0);
  restarts.writeUInt32LE(1, 4);
  const indexBlock = Buffer.concat([entry, restarts]);
  const indexAt = data.length;
  const index = Buffer.concat([indexBlock, trailer(0)]);
  const footer = Buffer.alloc(48);
  const handles = Buffer.concat([varint(0), varint(0), varint(indexAt), varint(indexBlock.length)]);
  handles.copy(footer, 0);
  Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]).copy(footer, 40);
  return Buffer.concat([data, index, footer]);
}

describe('Snappy', () => {
  it('decompresses literals and copies, overlapping ones included', () => {
    const stream = snappy([Buffer.from('ab'), { offset: 2, length: 6 }, Buffer.from('c')]);
    expect(snappyUncompress(stream, 100).bytes.toString()).toBe('ababababc');
  });

  it('refuses a copy from before the start, a stream cut short, and output past the limit', () => {
    expect(() => snappyUncompress(snappy([{ offset: 1, length: 4 }]), 100)).toThrow(SnappyError);
    const whole = snappy([Buffer.from('abcdef')]);
    expect(() => snappyUncompress(whole.subarray(0, 4), 100)).toThrow(SnappyError);
    expect(() => snappyUncompress(whole, 3)).toThrow(SnappyError);
  });
});

describe('the scan in Chromium’s storage', () => {
  it('finds a marker in a value Blink compressed, which a byte search cannot see', async () => {
    const file = Buffer.concat([randomBytes(100), compressedMarkerValue(), randomBytes(100)]);
    expect(file.includes(Buffer.from(MARKER, 'utf16le'))).toBe(false);
    const findings = await scanned(file);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ encoding: 'utf-16le', form: 'raw' });
    expect(findings[0]!.inside[0]).toMatch(/^IndexedDB value \(Snappy\)/);
  });

  it('finds a marker in a LevelDB log record cut by a block header', async () => {
    const marker = Buffer.from(MARKER, 'utf16le');
    // The marker's record starts 10 bytes before the block's end: a header lands inside it.
    const log = leveldbLog(Buffer.concat([Buffer.from('key'), marker]), 32 * 1024 - 30);
    expect(log.includes(marker)).toBe(false);
    const findings = await scanned(log);
    expect(findings.map((f) => f.inside)).toEqual([['LevelDB log records']]);
  });

  it('finds a marker in a LevelDB table’s Snappy block', async () => {
    const marker = Buffer.from(MARKER, 'utf16le');
    const prefix = Buffer.from(PREFIX, 'utf16le');
    const block = snappy([
      prefix,
      { offset: prefix.length, length: prefix.length },
      marker.subarray(prefix.length),
    ]);
    const table = leveldbTable(block);
    expect(table.includes(marker)).toBe(false);
    const findings = await scanned(table);
    expect(findings.map((f) => f.inside)).toEqual([['LevelDB table block at 0 (Snappy)']]);
  });

  it('stays quiet on ciphertext strewn with the formats’ signatures', async () => {
    const noise = randomBytes(64 * 1024);
    for (let at = 0; at < noise.length - 3; at += 997) noise.set([0xff, 0x11, 0x02], at);
    expect(await scanned(noise)).toEqual([]);
  });

  it('throws rather than pass a LevelDB table it cannot read', async () => {
    const table = leveldbTable(snappy([Buffer.from(MARKER, 'utf16le')]));
    // The index block's handle now points past the end of the file.
    table[table.length - 48 + 2] = 0x7f;
    await expect(scanned(table)).rejects.toThrow(ScanLimitError);
  });
});
