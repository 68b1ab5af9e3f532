import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { intakeArchiveBytes, parsingIsolation } from '../../../../electron/core/intake';
import type { IntakeResult } from '../../../../electron/core/intake';
import { buildOverlappingZip, buildZip } from './helpers/zip-builder';

const NAME = '2024001+某某科技有限公司.zip';
/** The ZIP reader in this process, for speed (isolate-every-archive.test.ts covers the worker). */
const zipInProcess = parsingIsolation({ zipInProcess: true });
const gbk = (text: string) => iconv.encode(text, 'gbk');
const docx = buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]);
const categories = (result: IntakeResult) => result.problems.map((problem) => problem.category);

describe('ZIP intake', () => {
  it('takes a Chinese Windows archive with GBK names and parses the archive name', async () => {
    const zip = buildZip([
      { name: gbk('申报材料/申报书.docx'), data: docx, deflate: true },
      { name: gbk('申报材料/推荐表.pdf'), data: '%PDF-1.7\n%%EOF\n' },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.applicationNo).toBe('2024001');
    expect(result.applicantName).toBe('某某科技有限公司');
    expect(result.applicationKey).toBe('no:2024001');
    expect(result.problems).toEqual([]);
    expect(result.materials.map((m) => [m.path, m.kind])).toEqual([
      ['申报材料/申报书.docx', 'application-text'],
      ['申报材料/推荐表.pdf', 'recommendation-form'],
    ]);
    expect(result.materials[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.materials[1]!.size).toBe(15);
  });

  it('flags a name it cannot split but still takes the materials', async () => {
    const result = await intakeArchiveBytes(
      '申报材料.zip',
      buildZip([{ name: 'a.pdf', data: '%PDF-1.4 %%EOF' }]),
      { isolation: zipInProcess },
    );
    expect(categories(result)).toEqual(['bad-name']);
    expect(result.problems[0]!.effect).toBe('flagged');
    expect(result.applicationNo).toBeNull();
    expect(result.applicationKey).toMatch(/^content:/);
    expect(result.materials).toHaveLength(1);
  });

  it('refuses the whole archive when one name climbs out, and keeps nothing', async () => {
    const zip = buildZip([
      { name: 'ok.pdf', data: '%PDF-1.4 %%EOF' },
      { name: '../../evil.txt', data: 'x' },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.refused).toBe(true);
    expect(result.materials).toEqual([]);
    expect(result.problems).toMatchObject([
      { category: 'path-traversal', effect: 'refused', entryPath: '../../evil.txt' },
    ]);
    expect(result.problems[0]!.message).toContain(NAME);
    expect(result.problems[0]!.message).toContain('../../evil.txt');
  });

  it('skips a symlink entry and keeps the rest', async () => {
    const zip = buildZip([
      { name: 'a.pdf', data: '%PDF-1.4 %%EOF' },
      { name: 'link', data: '/etc/passwd', unixMode: 0o120777 },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toMatchObject([
      { category: 'link-entry', effect: 'skipped', entryPath: 'link' },
    ]);
    expect(result.materials.map((m) => m.path)).toEqual(['a.pdf']);
  });

  it('refuses overlapping entries as a bomb', async () => {
    const result = await intakeArchiveBytes(NAME, buildOverlappingZip('hello'), {
      isolation: zipInProcess,
    });
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', effect: 'refused' }]);
  });

  it('refuses a header that declares a bomb-like ratio before inflating, above the floor', async () => {
    const zip = buildZip([
      { name: 'zeros.bin', data: new Uint8Array(65 * 1024 * 1024), deflate: true },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', entryPath: 'zeros.bin' }]);
    expect(result.problems[0]!.detail).toContain('100:1');
  });

  it('takes a small file of 1000:1 (sparse data is genuine): the ratio matters only when large', async () => {
    const zip = buildZip([
      { name: 'sparse.bin', data: new Uint8Array(4 * 1024 * 1024), deflate: true },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.refused).toBe(false);
    expect(result.materials.map((m) => m.size)).toEqual([4 * 1024 * 1024]);
  });

  it('counts real output: a header that understates the size is caught while inflating', async () => {
    const zip = buildZip([
      {
        name: 'zeros.bin',
        data: new Uint8Array(4 * 1024 * 1024),
        deflate: true,
        declaredSize: 1000,
      },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', entryPath: 'zeros.bin' }]);
  });

  it('stops at once when a lying header is caught with compressed data still to feed', async () => {
    // 32 MiB of zeros deflate to some 32 KiB, more than the inflater buffers: the refusal must
    // not leave the feeding loop waiting for a 'drain' that never comes.
    const zip = buildZip([
      {
        name: 'zeros.bin',
        data: new Uint8Array(32 * 1024 * 1024),
        deflate: true,
        declaredSize: 1000,
      },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', entryPath: 'zeros.bin' }]);
  });

  it('refuses output beyond the total limit', async () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(2600);
    const zip = buildZip([
      { name: 'a.txt', data: text, deflate: true },
      { name: 'b.txt', data: text, deflate: true },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, {
      isolation: zipInProcess,
      limits: { maxTotalBytes: 100 * 1024 },
    });
    expect(result.problems).toMatchObject([
      { category: 'too-large', effect: 'refused', entryPath: 'b.txt' },
    ]);
  });

  it('refuses an entry declared beyond the per-entry limit', async () => {
    const zip = buildZip([{ name: 'big.pdf', data: new Uint8Array(2048) }]);
    const result = await intakeArchiveBytes(NAME, zip, {
      isolation: zipInProcess,
      limits: { maxEntryBytes: 1024 },
    });
    expect(result.problems).toMatchObject([{ category: 'too-large', entryPath: 'big.pdf' }]);
  });

  it('refuses more entries than allowed', async () => {
    const zip = buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.txt`, data: 'x' })));
    const result = await intakeArchiveBytes(NAME, zip, {
      isolation: zipInProcess,
      limits: { maxEntries: 4 },
    });
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', effect: 'refused' }]);
  });

  it('refuses two entries under one name', async () => {
    const zip = buildZip([
      { name: 'a.pdf', data: '1' },
      { name: 'a.pdf', data: '2' },
    ]);
    expect(categories(await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess }))).toEqual([
      'corrupt-archive',
    ]);
  });

  it('refuses data whose CRC does not match', async () => {
    const zip = Buffer.from(buildZip([{ name: 'a.txt', data: 'hello world' }]));
    const firstDataByte = 30 + 'a.txt'.length;
    zip.writeUInt8(zip.readUInt8(firstDataByte) ^ 0xff, firstDataByte);
    expect(categories(await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess }))).toEqual([
      'corrupt-archive',
    ]);
  });

  it('skips an entry with a compression method it cannot decode', async () => {
    const zip = buildZip([
      { name: 'a.pdf', data: '%PDF-1.4 %%EOF' },
      { name: 'b.bin', data: 'xx', method: 9 },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toMatchObject([
      { category: 'unsupported-format', effect: 'skipped', entryPath: 'b.bin' },
    ]);
    expect(result.problems[0]!.detail).toContain('Deflate64');
    expect(result.materials).toHaveLength(1);
  });

  it('drops macOS and Windows junk without a problem', async () => {
    const zip = buildZip([
      { name: 'a.pdf', data: '%PDF-1.4 %%EOF' },
      { name: '__MACOSX/._a.pdf', data: 'x' },
      { name: '.DS_Store', data: 'x' },
      { name: 'dir/Thumbs.db', data: 'x' },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toEqual([]);
    expect(result.materials.map((m) => m.path)).toEqual(['a.pdf']);
  });

  it('refuses an archive with nothing in it', async () => {
    const result = await intakeArchiveBytes(NAME, buildZip([{ name: 'dir/', data: '' }]), {
      isolation: zipInProcess,
    });
    expect(result.problems).toMatchObject([{ category: 'empty-archive', effect: 'refused' }]);
  });
});

describe('ZIP passwords', () => {
  const password = Buffer.from('TestData');
  const sealed = buildZip([
    { name: 'a.pdf', data: '%PDF-1.4 %%EOF', password },
    { name: 'b.txt', data: 'plain text here, plain text here', deflate: true, password },
  ]);

  it('asks for a password when every entry is encrypted', async () => {
    const result = await intakeArchiveBytes(NAME, sealed, { isolation: zipInProcess });
    expect(result.refused).toBe(true);
    expect(result.problems.map((p) => [p.category, p.effect])).toEqual([
      ['password-required', 'refused'],
      ['password-required', 'refused'],
    ]);
  });

  it('opens ZipCrypto entries with the right password', async () => {
    const result = await intakeArchiveBytes(NAME, sealed, {
      isolation: zipInProcess,
      password: 'TestData',
    });
    expect(result.problems).toEqual([]);
    expect(Buffer.from(result.materials[1]!.bytes).toString()).toBe(
      'plain text here, plain text here',
    );
  });

  it('says the password is wrong', async () => {
    const result = await intakeArchiveBytes(NAME, sealed, {
      isolation: zipInProcess,
      password: 'nope',
    });
    expect(categories(result)).toEqual(['wrong-password', 'wrong-password']);
  });

  it('tries a Chinese password as GBK bytes too, as Chinese Windows tools write it', async () => {
    const zip = buildZip([
      { name: 'a.txt', data: 'secret', password: iconv.encode('申报密码', 'gbk') },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, {
      isolation: zipInProcess,
      password: '申报密码',
    });
    expect(result.problems).toEqual([]);
    expect(result.materials).toHaveLength(1);
  });

  it('keeps plain entries and skips encrypted ones when no password is given', async () => {
    const zip = buildZip([
      { name: 'a.pdf', data: '%PDF-1.4 %%EOF' },
      { name: 'b.txt', data: 'secret', password },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toMatchObject([
      { category: 'password-required', effect: 'skipped', entryPath: 'b.txt' },
    ]);
    expect(result.materials.map((m) => m.path)).toEqual(['a.pdf']);
  });
});

describe('nested archives', () => {
  const inner = buildZip([{ name: '证明材料.pdf', data: '%PDF-1.4 %%EOF' }]);

  it('opens one level of archives inside the application archive', async () => {
    const zip = buildZip([
      { name: 'a.pdf', data: '%PDF-1.4 %%EOF' },
      { name: '附件.zip', data: inner },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toEqual([]);
    expect(result.materials.map((m) => m.path)).toEqual(['a.pdf', '附件.zip/证明材料.pdf']);
  });

  it('skips an archive nested two levels deep', async () => {
    const middle = buildZip([
      { name: 'deeper.zip', data: inner },
      { name: 'b.pdf', data: '%PDF-1.4 %%EOF' },
    ]);
    const result = await intakeArchiveBytes(
      NAME,
      buildZip([{ name: 'middle.zip', data: middle }]),
      { isolation: zipInProcess },
    );
    expect(result.problems).toMatchObject([
      { category: 'nesting-too-deep', effect: 'skipped', entryPath: 'middle.zip/deeper.zip' },
    ]);
    expect(result.materials.map((m) => m.path)).toEqual(['middle.zip/b.pdf']);
  });

  it('skips a corrupt nested archive and keeps the rest', async () => {
    const zip = buildZip([
      { name: 'a.pdf', data: '%PDF-1.4 %%EOF' },
      { name: 'broken.zip', data: 'not a zip' },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.problems).toMatchObject([
      { category: 'corrupt-archive', effect: 'skipped', entryPath: 'broken.zip' },
    ]);
    expect(result.materials).toHaveLength(1);
  });

  it('refuses everything when a nested archive is hostile', async () => {
    const hostile = buildZip([{ name: '../evil.txt', data: 'x' }]);
    const zip = buildZip([
      { name: 'a.pdf', data: '%PDF-1.4 %%EOF' },
      { name: 'inner.zip', data: hostile },
    ]);
    const result = await intakeArchiveBytes(NAME, zip, { isolation: zipInProcess });
    expect(result.refused).toBe(true);
    expect(result.problems).toMatchObject([
      { category: 'path-traversal', entryPath: 'inner.zip/../evil.txt' },
    ]);
  });
});
