/**
 * A reader for OLE2 compound files (MS-CFB), just enough to take one stream out of a legacy
 * Word file, in a worker, from bytes in memory. Every offset, chain and size is checked against
 * the file: a loop, a sector past the end or a stream longer than the file throws
 * CompoundFileError, never reads out of bounds or spins.
 */

export class CompoundFileError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY = 128;

export interface CompoundFile {
  /** The named stream's bytes (a top-level or nested stream), or undefined. */
  stream(name: string): Uint8Array | undefined;
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < 512 || SIGNATURE.some((byte, i) => bytes[i] !== byte))
    throw new CompoundFileError('not a compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number): number => {
    if (offset < 0 || offset + 4 > bytes.length) throw new CompoundFileError('out of bounds');
    return view.getUint32(offset, true);
  };
  const sectorShift = view.getUint16(0x1e, true);
  const miniShift = view.getUint16(0x20, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6)
    throw new CompoundFileError('unknown sector size');
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize) + 1;
  const sectorOffset = (sector: number): number => {
    if (sector >= sectorCount) throw new CompoundFileError('sector past the end');
    return (sector + 1) * sectorSize;
  };

  // The FAT's own sectors: 109 named in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i += 1) {
    const sector = u32(0x4c + i * 4);
    if (sector !== FREE) fatSectors.push(sector);
  }
  let difat = u32(0x44);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE; hops += 1) {
    if (hops > sectorCount) throw new CompoundFileError('DIFAT loops');
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i += 1) {
      const sector = u32(base + i * 4);
      if (sector !== FREE) fatSectors.push(sector);
    }
    difat = u32(base + perSector * 4);
  }
  if (fatSectors.length > sectorCount) throw new CompoundFileError('FAT larger than the file');
  const fat: number[] = [];
  for (const sector of fatSectors) {
    const base = sectorOffset(sector);
    for (let i = 0; i < sectorSize / 4; i += 1) fat.push(u32(base + i * 4));
  }

  const chain = (start: number, table: readonly number[], limit: number): number[] => {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN;) {
      if (sector >= table.length || sectors.length >= limit)
        throw new CompoundFileError('broken chain');
      sectors.push(sector);
      sector = table[sector]!;
    }
    return sectors;
  };
  const readChain = (start: number, size?: number): Uint8Array => {
    const sectors = chain(start, fat, sectorCount);
    const out = new Uint8Array(sectors.length * sectorSize);
    sectors.forEach((sector, i) => {
      const offset = sectorOffset(sector);
      out.set(bytes.subarray(offset, offset + sectorSize), i * sectorSize);
    });
    if (size !== undefined && size > out.length) throw new CompoundFileError('stream too short');
    return size === undefined ? out : out.subarray(0, size);
  };

  const directory = readChain(u32(0x30));
  const entries: { name: string; type: number; start: number; size: number }[] = [];
  for (let offset = 0; offset + DIRECTORY_ENTRY <= directory.length; offset += DIRECTORY_ENTRY) {
    const entry = new DataView(directory.buffer, directory.byteOffset + offset, DIRECTORY_ENTRY);
    const nameBytes = Math.min(64, entry.getUint16(0x40, true));
    const name = new TextDecoder('utf-16le')
      .decode(directory.subarray(offset, offset + Math.max(0, nameBytes - 2)))
      .replace(/\0+$/, '');
    entries.push({
      name,
      type: entry.getUint8(0x42),
      start: entry.getUint32(0x74, true),
      size: entry.getUint32(0x78, true),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new CompoundFileError('no root entry');
  const cutoff = u32(0x38);
  let mini: { stream: Uint8Array; fat: number[] } | undefined;
  const miniStream = () => {
    if (mini) return mini;
    const miniFatBytes = u32(0x3c) === END_OF_CHAIN ? new Uint8Array() : readChain(u32(0x3c));
    const miniFat: number[] = [];
    const miniView = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset);
    for (let i = 0; i + 4 <= miniFatBytes.length; i += 4) miniFat.push(miniView.getUint32(i, true));
    mini = { stream: readChain(root.start, root.size), fat: miniFat };
    return mini;
  };

  return {
    stream(name) {
      const entry = entries.find((each) => each.type === 2 && each.name === name);
      if (!entry) return undefined;
      if (entry.size > bytes.length) throw new CompoundFileError('stream longer than the file');
      if (entry.size >= cutoff) return readChain(entry.start, entry.size);
      const { stream, fat: miniFat } = miniStream();
      const sectors = chain(entry.start, miniFat, stream.length / 64 + 1);
      const out = new Uint8Array(sectors.length * 64);
      sectors.forEach((sector, i) => {
        if ((sector + 1) * 64 > stream.length)
          throw new CompoundFileError('mini sector past the end');
        out.set(stream.subarray(sector * 64, sector * 64 + 64), i * 64);
      });
      if (entry.size > out.length) throw new CompoundFileError('stream too short');
      return out.subarray(0, entry.size);
    },
  };
}
