/**
 * A key directory entry's payload (docs/group-bundle-format.md, "The key directory"): one length
 * for every entry of a bundle whatever it lists, read back to the same keys, and refused (null)
 * when it is not one a writer writes: another label or length, a count past the sections, an
 * index out of range, twice or out of order, or bytes after the list that are not zero.
 */
import { describe, expect, it } from 'vitest';
import {
  KEY_DIRECTORY_LABEL,
  directoryPayload,
  directoryPayloadLength,
  parseDirectoryPayload,
} from '../../../../electron/core/merge/group-key-directory';

const key = (fill: number) => new Uint8Array(16).fill(fill);
const LABEL = KEY_DIRECTORY_LABEL.length;

describe('a key directory payload', () => {
  it('is as long for an empty list as for every section, and reads back', () => {
    const none = directoryPayload(25, []);
    const all = directoryPayload(
      25,
      Array.from({ length: 25 }, (_, index) => ({ index, fileKey: key(index + 1) })),
    );
    expect(none.length).toBe(all.length);
    expect(all.length).toBe(directoryPayloadLength(25));
    expect(directoryPayloadLength(25)).toBe(26 + 2 + 18 * 25);
    const some = [
      { index: 3, fileKey: key(7) },
      { index: 20, fileKey: key(9) },
    ];
    const read = parseDirectoryPayload(directoryPayload(25, some), 25);
    expect(read?.map((k) => [k.index, Buffer.from(k.fileKey).toString('hex')])).toEqual(
      some.map((k) => [k.index, Buffer.from(k.fileKey).toString('hex')]),
    );
    expect(parseDirectoryPayload(none, 25)).toEqual([]);
  });

  it('wipes the payload it read', () => {
    const payload = directoryPayload(4, [{ index: 1, fileKey: key(5) }]);
    parseDirectoryPayload(payload, 4);
    expect(payload.every((b) => b === 0)).toBe(true);
  });

  it('is refused when it is not one a writer writes', () => {
    const good = () => Buffer.from(directoryPayload(4, [{ index: 1, fileKey: key(5) }]));
    const changes: ((b: Buffer) => Buffer)[] = [
      // Another label.
      (b) => ((b[0] = 0x51 ^ 0x01), b),
      // Another length (the payload of a bundle with another number of sections).
      (b) => b.subarray(0, b.length - 1),
      (b) => Buffer.concat([b, Buffer.alloc(18)]),
      // A count past the sections.
      (b) => (b.writeUInt16BE(5, LABEL), b),
      // An index out of range.
      (b) => (b.writeUInt16BE(4, LABEL + 2), b),
      // A byte after the list that is not zero.
      (b) => ((b[b.length - 1] = 1), b),
    ];
    for (const [n, change] of changes.entries()) {
      expect(parseDirectoryPayload(change(good()), 4), String(n)).toBeNull();
    }
    const twice = directoryPayload(4, [
      { index: 2, fileKey: key(1) },
      { index: 2, fileKey: key(2) },
    ]);
    expect(parseDirectoryPayload(twice, 4)).toBeNull();
    const backwards = directoryPayload(4, [
      { index: 3, fileKey: key(1) },
      { index: 0, fileKey: key(2) },
    ]);
    expect(parseDirectoryPayload(backwards, 4)).toBeNull();
    expect(parseDirectoryPayload(good(), 4)).toHaveLength(1);
  });
});
