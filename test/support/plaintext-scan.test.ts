/**
 * The secrecy scan itself: it must find a marker in every form a flow could leave it on disk,
 * and stay quiet on ciphertext. Each case writes real files and scans them as the flow tests do.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanLimitError } from './embedded-containers';
import { deflatedDocx, foldersMissingAPlantedLeak, storedDocx } from './marker-documents';
import { encodeText, needlesFor, stableBase64 } from './marker-needles';
import {
  DEFAULT_SCAN_LIMITS,
  filesUnder,
  plaintextFound,
  plaintextFoundUnder,
} from './plaintext-scan';
import type { PlaintextFinding } from './plaintext-scan';

const MARKER = 'QB机密正文标记7c1e';
const OTHER = '保密标记甲乙科技有限公司';
const encodings = ['utf-8', 'utf-16le', 'gbk'] as const;

let dir: string;
let count = 0;

async function fileWith(bytes: Uint8Array, name = `f${count++}.bin`): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Bytes without any marker, so a test controls exactly what surrounds one. */
function noise(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => 0x20 + ((i * 7) % 90)));
}

const forms = (findings: PlaintextFinding[]) => findings.map((f) => `${f.encoding} ${f.form}`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-scan-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the marker as bytes', () => {
  it.each(encodings)('finds it raw in %s, between other bytes', async (encoding) => {
    const file = await fileWith(Buffer.concat([noise(17), encodeText(MARKER, encoding), noise(5)]));
    const found = await plaintextFound([file], [MARKER, OTHER]);
    expect(forms(found)).toEqual([`${encoding} raw`]);
    expect(found[0]).toMatchObject({ file, text: MARKER, inside: [] });
  });

  it('reports each text that occurs, and nothing for a file without them', async () => {
    const both = await fileWith(Buffer.from(`${OTHER} … ${MARKER}`));
    const neither = await fileWith(noise(4096));
    const found = await plaintextFound([both, neither], [MARKER, OTHER]);
    expect(found.map((f) => [f.file, f.text])).toEqual([
      [both, MARKER],
      [both, OTHER],
    ]);
  });

  it('finds it in a file name', async () => {
    const file = await fileWith(noise(10), `${OTHER}.tmp`);
    expect(forms(await plaintextFound([file], [OTHER]))).toEqual(['file name file name']);
  });
});

describe('the marker base64-encoded', () => {
  for (const encoding of encodings) {
    for (const before of [0, 1, 2, 3, 4, 5]) {
      for (const after of [0, 1, 2]) {
        it(`finds ${encoding} after ${before} and before ${after} bytes, in both alphabets`, async () => {
          const stream = Buffer.concat([noise(before), encodeText(MARKER, encoding), noise(after)]);
          const standard = await fileWith(Buffer.from(`data:;base64,${stream.toString('base64')}`));
          const url = await fileWith(Buffer.from(stream.toString('base64url')));
          const wide = await fileWith(Buffer.from(stream.toString('base64'), 'utf16le'));
          const found = await plaintextFound([standard, url, wide], [MARKER]);
          const offset = (before % 3) as 0 | 1 | 2;
          const byFile = (file: string) => forms(found.filter((f) => f.file === file));
          expect(byFile(standard)).toContain(`${encoding} base64 (offset ${offset})`);
          // Where the marker's base64 has no + or /, both alphabets spell it alike.
          const marker = encodeText(MARKER, encoding);
          const alike =
            stableBase64(marker, offset, 'base64') === stableBase64(marker, offset, 'base64url');
          const alphabet = alike ? 'base64' : 'base64url';
          expect(byFile(url)).toContain(`${encoding} ${alphabet} (offset ${offset})`);
          expect(byFile(wide)).toContain(`${encoding} base64 (offset ${offset}) as utf-16le`);
        });
      }
    }
  }

  it('needs the stable middle only: each alignment’s needle sits in the stream’s base64', () => {
    const bytes = encodeText(MARKER, 'gbk');
    for (const offset of [0, 1, 2] as const) {
      const needle = stableBase64(bytes, offset, 'base64');
      for (const filler of [0x00, 0xff, 0x5a]) {
        const stream = Buffer.concat([
          Buffer.alloc(3 + offset, filler),
          bytes,
          Buffer.alloc(2, filler),
        ]);
        expect(stream.toString('base64')).toContain(needle);
      }
      // The needle leaves out the groups that mix in neighbouring bytes, and nothing more.
      expect(needle.length).toBe(Math.floor((bytes.length + offset) / 3) * 4 - (offset ? 4 : 0));
    }
  });

  it('refuses a marker too short to be found reliably in base64', () => {
    expect(() => needlesFor('密')).toThrow(/too short/);
  });
});

describe('the marker inside containers', () => {
  it('finds it in a deflated .docx, where a byte search cannot see it', async () => {
    const docx = Buffer.from(await deflatedDocx(`质量管理经验 ${MARKER}`));
    for (const encoding of encodings)
      expect(docx.includes(encodeText(MARKER, encoding))).toBe(false);
    const file = await fileWith(docx, 'material.docx');
    const found = await plaintextFound([file], [MARKER]);
    expect(found).toHaveLength(1);
    expect(found[0]!.encoding).toBe('utf-8');
    expect(found[0]!.inside).toEqual([expect.stringMatching(/^zip member "word\/document\.xml"/)]);
  });

  it('finds it in a stored .docx as raw bytes as well', async () => {
    const docx = Buffer.from(await storedDocx(`质量管理经验 ${MARKER}`));
    expect(docx.includes(Buffer.from(MARKER))).toBe(true);
    expect(Object.keys(unzipSync(docx))).toContain('word/document.xml');
    const found = await plaintextFound([await fileWith(docx)], [MARKER]);
    expect(found.map((f) => f.inside)).toEqual([[]]);
  });

  it('finds it in a gzip stream that starts anywhere in a file', async () => {
    const gz = gzipSync(Buffer.from(`{"name":"${OTHER}"}`, 'utf16le'));
    const file = await fileWith(Buffer.concat([noise(333), gz, noise(20)]));
    const found = await plaintextFound([file], [OTHER]);
    expect(found.map((f) => [f.encoding, f.inside])).toEqual([
      ['utf-16le', ['gzip stream at 333']],
    ]);
  });

  it('finds it in a gzip stream whose header carries a file name and comment', async () => {
    const body = deflateRawSync(encodeText(MARKER, 'gbk'));
    // RFC 1952 header with FNAME and FCOMMENT set; a trailer is not needed to read the body.
    const header = Buffer.concat([
      Buffer.from([0x1f, 0x8b, 0x08, 0x18, 0, 0, 0, 0, 0, 3]),
      Buffer.from('name.txt\0a comment\0'),
    ]);
    const found = await plaintextFound([await fileWith(Buffer.concat([header, body]))], [MARKER]);
    expect(forms(found)).toEqual(['gbk raw']);
  });

  it('finds it in a zip inside a zip, both deflated', async () => {
    const inner = zipSync({ 'inner/材料.txt': Buffer.from(MARKER) }, { level: 9 });
    const outer = zipSync({ 'nested.zip': inner, 'readme.txt': noise(100) }, { level: 9 });
    const found = await plaintextFound([await fileWith(outer)], [MARKER]);
    expect(found.map((f) => f.inside)).toContainEqual([
      expect.stringMatching(/^zip member "nested\.zip"/),
      expect.stringMatching(/^zip member "inner\/材料\.txt"/),
    ]);
  });

  it('finds it in a zip appended after other bytes, as a self-extracting archive is', async () => {
    const zip = zipSync({ 'a.docx': await deflatedDocx(MARKER) }, { level: 9 });
    const file = await fileWith(Buffer.concat([randomBytes(5000), zip]));
    const found = await plaintextFound([file], [MARKER]);
    expect(found.map((f) => f.inside.length)).toEqual([2]);
  });

  it('finds it in a zip whose sizes follow the data (a data descriptor)', async () => {
    const zip = Buffer.from(zipSync({ 'a.txt': Buffer.from(`${MARKER} `.repeat(50)) }));
    zip.writeUInt16LE(zip.readUInt16LE(6) | 8, 6);
    zip.writeUInt32LE(0, 18);
    const found = await plaintextFound([await fileWith(zip)], [MARKER]);
    expect(found.map((f) => f.inside.length)).toEqual([1]);
  });

  it('finds it in a gzip or a .docx kept as base64 (a data URI in a JSON file)', async () => {
    const docx = Buffer.from(await deflatedDocx(MARKER)).toString('base64');
    const gz = gzipSync(Buffer.from(`${OTHER}，`.repeat(10))).toString('base64url');
    // The gzip's base64 is glued to other letters: its run starts out of step with its groups.
    const json = JSON.stringify({
      a: `data:application/octet-stream;base64,${docx}`,
      b: `ab${gz}`,
    });
    const found = await plaintextFound([await fileWith(Buffer.from(json))], [MARKER, OTHER]);
    expect(found.map((f) => [f.text, f.inside.length])).toEqual([
      [MARKER, 2],
      [OTHER, 2],
    ]);
  });

  it('finds it through a symlink, and in a dangling link’s target', async () => {
    const target = await fileWith(Buffer.from(MARKER));
    await symlink(target, join(dir, 'link'));
    await symlink(join(dir, OTHER), join(dir, 'dangling'));
    const found = await plaintextFound([join(dir, 'link'), join(dir, 'dangling')], [MARKER, OTHER]);
    expect(found.map((f) => [f.file, f.text])).toEqual([
      [join(dir, 'link'), MARKER],
      [join(dir, 'dangling'), OTHER],
    ]);
  });
});

describe('ciphertext and what the scan cannot read', () => {
  it('reports nothing in an encrypted .docx, nor in ciphertext strewn with false signatures', async () => {
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const docx = await storedDocx(`${MARKER} ${OTHER}`);
    const sealed = Buffer.concat([iv, cipher.update(docx), cipher.final(), cipher.getAuthTag()]);
    // Chance signatures in ciphertext: ZIP and gzip headers followed by random bytes.
    const strewn = Buffer.concat(
      Array.from({ length: 200 }, (_, i) =>
        Buffer.concat([
          Buffer.from(i % 2 ? [0x50, 0x4b, 3, 4] : [0x1f, 0x8b, 8, 0]),
          randomBytes(300),
        ]),
      ),
    );
    const files = [await fileWith(sealed), await fileWith(strewn)];
    expect(await plaintextFound(files, [MARKER, OTHER])).toEqual([]);
  });

  it('throws for a zip member compressed with a method it cannot inflate', async () => {
    const zip = Buffer.from(zipSync({ 'a.txt': Buffer.from(MARKER) }, { level: 9 }));
    zip.writeUInt16LE(14, 8); // LZMA
    const file = await fileWith(zip);
    await expect(plaintextFound([file], [MARKER])).rejects.toThrow(/method 14/);
  });

  it('throws rather than skip a container nested too deeply', async () => {
    let bytes: Uint8Array = Buffer.from(MARKER);
    for (let level = 0; level < 8; level++) bytes = zipSync({ [`l${level}.zip`]: bytes });
    const file = await fileWith(bytes);
    await expect(plaintextFound([file], [MARKER])).rejects.toBeInstanceOf(ScanLimitError);
    const roomy = { ...DEFAULT_SCAN_LIMITS, depth: 10 };
    expect(await plaintextFound([file], [MARKER], roomy)).toHaveLength(1);
  });

  it('throws rather than skip what inflates or reads past its limits', async () => {
    const bomb = await fileWith(gzipSync(Buffer.alloc(4 * 1024 * 1024)));
    const limits = { ...DEFAULT_SCAN_LIMITS, inflatedBytesPerFile: 1024 * 1024 };
    await expect(plaintextFound([bomb], [MARKER], limits)).rejects.toThrow(/too large to check/);
    const big = { ...DEFAULT_SCAN_LIMITS, fileBytes: 100 };
    await expect(plaintextFound([bomb], [MARKER], big)).rejects.toThrow(/too large to check/);
  });
});

describe('scanning folders', () => {
  it('walks every file under each folder, and refuses a folder that is not there', async () => {
    const folder = join(dir, 'walk');
    await mkdir(join(folder, 'a', 'b'), { recursive: true });
    await writeFile(join(folder, 'a', 'b', 'deep.json'), JSON.stringify({ other: 'x' }));
    await writeFile(join(folder, 'a', 'b', 'leak.json'), JSON.stringify({ name: OTHER }));
    expect(await filesUnder(folder)).toHaveLength(2);
    const found = await plaintextFoundUnder([folder], [OTHER]);
    expect(found.map((f) => f.file)).toEqual([join(folder, 'a', 'b', 'leak.json')]);
    await expect(plaintextFoundUnder([join(dir, 'missing')], [OTHER])).rejects.toThrow(
      /not a folder/,
    );
  });

  it('catches a planted deflated .docx in every folder scanned; a byte-only scan would not', async () => {
    const folders = [join(dir, 'plant-1'), join(dir, 'plant-1', 'deeper'), join(dir, 'plant-2')];
    for (const folder of folders) await mkdir(folder, { recursive: true });
    const scan = (texts: readonly string[]) =>
      plaintextFoundUnder([join(dir, 'plant-1'), join(dir, 'plant-2')], texts);
    expect(await foldersMissingAPlantedLeak(folders, MARKER, scan)).toEqual([]);
    expect(await filesUnder(join(dir, 'plant-1'))).toEqual([]);
    // A scan that misses a folder, and the scan these tests used before (bytes only).
    const partial = (texts: readonly string[]) =>
      plaintextFoundUnder([join(dir, 'plant-2')], texts);
    expect(await foldersMissingAPlantedLeak(folders, MARKER, partial)).toEqual(folders.slice(0, 2));
    const byteScan = async (texts: readonly string[]) =>
      (await scan(texts)).filter((f) => f.inside.length === 0);
    expect(await foldersMissingAPlantedLeak(folders, MARKER, byteScan)).toEqual(folders);
  });
});
