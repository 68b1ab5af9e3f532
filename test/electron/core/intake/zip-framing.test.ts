/**
 * ZIPs as third-party tools leave them: a self-extractor's program in front, bytes appended
 * after the end record, Windows separators, PKWARE strong encryption. `unzip -t` and Python's
 * zipfile read the first three; intake must too, with the same checks as ever.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeArchiveBytes, intakePath, parsingIsolation } from '../../../../electron/core/intake';
import type { IntakeResult } from '../../../../electron/core/intake';
import { buildStrongEncryptionZip, buildZip } from './helpers/zip-builder';
import type { ZipEntrySpec } from './helpers/zip-builder';

const NAME = '2024001+某某科技有限公司.zip';
/** The ZIP reader in this process, for speed (isolate-every-archive.test.ts covers the worker). */
const zipInProcess = parsingIsolation({ zipInProcess: true });
const entries: ZipEntrySpec[] = [
  { name: '申报材料/承诺书.pdf', data: '%PDF-1.4\n%%EOF\n', utf8Flag: true },
  { name: '申报材料/说明.txt', data: '正文'.repeat(200), utf8Flag: true, deflate: true },
];
/** What a Windows self-extractor's stub starts with; its length is what matters. */
const stub = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(4092, 0x41)]);
const trailer = Buffer.from('\r\n-- appended by a mail gateway --\r\n');
const paths = (result: IntakeResult) => result.materials.map((m) => m.path);
const categories = (result: IntakeResult) => result.problems.map((p) => p.category);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-zip-framing-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Both ways in: bytes (nested, dropped on the window) and a file on disk (the CLI). */
async function intakeBoth(bytes: Uint8Array): Promise<IntakeResult[]> {
  const path = join(dir, NAME);
  await writeFile(path, bytes);
  return [
    await intakeArchiveBytes(NAME, bytes, { isolation: zipInProcess }),
    await intakePath(path, { isolation: zipInProcess }),
  ];
}

describe('ZIP framing', () => {
  it.each([
    ['a self-extractor stub (offsets from the archive)', Buffer.concat([stub, buildZip(entries)])],
    [
      'a self-extractor stub (offsets adjusted by zip -A)',
      Buffer.concat([stub, buildZip(entries, { baseOffset: stub.length })]),
    ],
    ['bytes appended after the end record', Buffer.concat([buildZip(entries), trailer])],
    ['a stub and appended bytes', Buffer.concat([stub, buildZip(entries), trailer])],
  ])("reads an archive with %s, as unzip -t and Python's zipfile do", async (_what, bytes) => {
    for (const result of await intakeBoth(bytes)) {
      expect(result.problems).toEqual([]);
      expect(paths(result)).toEqual(['申报材料/承诺书.pdf', '申报材料/说明.txt']);
      expect(Buffer.from(result.materials[1]!.bytes).toString()).toBe('正文'.repeat(200));
    }
  });

  it('still refuses what is hostile behind a stub', async () => {
    const bytes = Buffer.concat([stub, buildZip([{ name: '../evil.txt', data: 'x' }])]);
    for (const result of await intakeBoth(bytes)) {
      expect(categories(result)).toEqual(['path-traversal']);
    }
  });

  it('still says damaged when no end record fits anywhere', async () => {
    const zip = buildZip(entries);
    for (const result of await intakeBoth(zip.subarray(0, zip.length - 30))) {
      expect(categories(result)).toEqual(['corrupt-archive']);
    }
  });
});

describe('Windows separators', () => {
  it('reads "dir\\file" as a folder and a file, and finds ".." written with backslashes', async () => {
    const taken = await intakeArchiveBytes(
      NAME,
      buildZip([{ name: '申报材料\\附件\\证明.pdf', data: '%PDF-1.4\n%%EOF\n', utf8Flag: true }]),
      { isolation: zipInProcess },
    );
    expect(taken.problems).toEqual([]);
    expect(paths(taken)).toEqual(['申报材料/附件/证明.pdf']);

    const climbing = await intakeArchiveBytes(
      NAME,
      buildZip([
        { name: 'ok.pdf', data: '%PDF-1.4\n%%EOF\n' },
        { name: '..\\..\\Windows\\evil.txt', data: 'x' },
      ]),
      { isolation: zipInProcess },
    );
    expect(climbing.refused).toBe(true);
    expect(climbing.problems).toMatchObject([
      { category: 'path-traversal', entryPath: '..\\..\\Windows\\evil.txt' },
    ]);
  });

  it('refuses a drive letter or a UNC path written with backslashes', async () => {
    for (const name of ['C:\\Windows\\evil.txt', '\\\\server\\share\\evil.txt']) {
      const result = await intakeArchiveBytes(NAME, buildZip([{ name, data: 'x' }]), {
        isolation: zipInProcess,
      });
      expect(categories(result)).toEqual(['path-traversal']);
    }
  });
});

describe('PKWARE strong encryption', () => {
  it('is 格式不支持, not damage, when the central directory is encrypted too', async () => {
    for (const result of await intakeBoth(buildStrongEncryptionZip())) {
      expect(result.problems).toMatchObject([
        { category: 'unsupported-format', effect: 'refused' },
      ]);
      expect(result.problems[0]!.message).toContain('强加密');
      expect(result.problems[0]!.message).toContain('strong encryption');
    }
  });

  it('skips an entry carrying the Strong Encryption Header and keeps the rest', async () => {
    const result = await intakeArchiveBytes(
      NAME,
      buildZip([
        { name: 'a.pdf', data: '%PDF-1.4\n%%EOF\n' },
        {
          name: 'b.pdf',
          data: 'ciphertext',
          password: Buffer.from('x'),
          extraFields: [{ id: 0x0017, data: new Uint8Array(8) }],
        },
      ]),
      { isolation: zipInProcess, password: 'x' },
    );
    expect(paths(result)).toEqual(['a.pdf']);
    expect(result.problems).toMatchObject([
      { category: 'unsupported-format', effect: 'skipped', entryPath: 'b.pdf' },
    ]);
  });
});
