/**
 * A register that is a zip bomb: a real workbook (exceljs) whose sheet XML is padded with
 * whitespace inside <sheetData>, still valid XML, so that a reader without limits parses all of
 * it. Deflate reaches about 1000:1 on such padding: 256 MiB of sheet fit in about 260 KiB.
 * Written as a stream, so building it never holds the inflated sheet in memory.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { header, registerRows, xlsxBytes } from './register-fixtures';

const MiB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
const PADDING_CHUNK = Buffer.alloc(MiB, 0x20);

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
  /** The size written in the headers (a lying header when it differs from `size`). */
  readonly declaredSize: number;
}

async function deflatePadded(
  before: Buffer,
  padding: number,
  after: Buffer,
): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const write = async (chunk: Buffer) => {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  let crc = crc32(before);
  await write(before);
  for (let left = padding; left > 0; left -= PADDING_CHUNK.length) {
    const chunk = left >= PADDING_CHUNK.length ? PADDING_CHUNK : PADDING_CHUNK.subarray(0, left);
    crc = crc32(chunk, crc);
    await write(chunk);
  }
  crc = crc32(after, crc);
  await write(after);
  deflate.end();
  await done;
  return { data: Buffer.concat(out), crc: crc >>> 0, size: before.length + padding + after.length };
}

function zipOf(entries: readonly Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, entry.name, entry.data);
    centrals.push(central, entry.name);
    offset += local.length + entry.name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A workbook whose sheet inflates to `inflatedBytes` (256 MiB by default). `lyingHeader` writes
 * a small size in the headers, as a bomb that hopes to pass a check of declared sizes would.
 */
export async function xlsxBomb(
  options: { inflatedBytes?: number; lyingHeader?: boolean } = {},
): Promise<Uint8Array> {
  const inflatedBytes = options.inflatedBytes ?? 256 * MiB;
  const parts = unzipSync(await xlsxBytes({ 登记表: [header, ...registerRows(3)] }));
  const entries: Entry[] = [];
  for (const [name, bytes] of Object.entries(parts)) {
    if (name !== SHEET) {
      const data = deflateRawSync(bytes);
      const crc = crc32(bytes) >>> 0;
      entries.push({
        name: Buffer.from(name),
        crc,
        size: bytes.length,
        data,
        declaredSize: bytes.length,
      });
      continue;
    }
    const xml = Buffer.from(bytes);
    const at = xml.indexOf('<sheetData>') + '<sheetData>'.length;
    const before = xml.subarray(0, at);
    const after = xml.subarray(at);
    const padding = Math.max(0, inflatedBytes - xml.length);
    const { data, crc, size } = await deflatePadded(before, padding, after);
    const declaredSize = options.lyingHeader ? xml.length : size;
    entries.push({ name: Buffer.from(name), crc, size, data, declaredSize });
  }
  return zipOf(entries);
}
