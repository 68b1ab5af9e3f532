/**
 * Every file of the shared third-party corpus (../shared/corpus, README excepted) through
 * intake, each against the outcome written down for it below. Archives are offered as they are;
 * single documents the way an office user meets them: inside a folder named like an application.
 * Never a crash, never a hang, never a category outside the fixed set, nothing written.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  intakePath,
  intakeProblemCategories,
  parsingIsolation,
} from '../../../../electron/core/intake';
import type { IntakeProblemCategory, IntakeResult } from '../../../../electron/core/intake';
import { corpusPath, corpusRoot, listCorpusFiles, treeFingerprint } from './helpers/corpus-files';

type Expected =
  /** Imported: this many materials; problems of these categories flag materials or skip entries. */
  | {
      readonly ok: number;
      readonly flags?: readonly IntakeProblemCategory[];
      readonly skips?: readonly IntakeProblemCategory[];
    }
  /** Nothing imported, for this reason. */
  | { readonly refused: IntakeProblemCategory };

/** Offered inside a folder "2024001+测试单位", as a document; everything else as an archive. */
const DOCUMENT = /\.(docx|docm|ooxml|pdf)$/;

const expected = new Map<string, Expected>([
  ['apache-poi/51921-Word-Crash067.docx', { ok: 1 }],
  ['apache-poi/55733.docx', { ok: 1 }],
  ['apache-poi/Bug60341.docx', { ok: 1 }],
  ['apache-poi/ContentTypeHasEntities.ooxml', { ok: 1 }],
  ['apache-poi/CorePropertiesHasEntities.ooxml', { ok: 1 }],
  ['apache-poi/ExternalEntityInText.docx', { ok: 1 }],
  ['apache-poi/FieldCodes.docx', { ok: 1 }],
  ['apache-poi/PackageRelsHasEntities.ooxml', { ok: 1 }],
  ['apache-poi/SimpleMacro.docm', { ok: 1 }],
  ['apache-poi/WordWithAttachments.docx', { ok: 1 }],
  ['apache-poi/bib-chernigovka.netdo.ru_download_docs_17459.docx', { ok: 1 }],
  ['apache-poi/bug53475-password-is-pass.docx', { ok: 1, flags: ['password-required'] }],
  ['apache-poi/bug53475-password-is-solrcell.docx', { ok: 1, flags: ['password-required'] }],
  [
    'apache-poi/clusterfuzz-testcase-minimized-POIFuzzer-6709287337197568.docx',
    { ok: 1, flags: ['corrupt-document'] },
  ],
  [
    'apache-poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx',
    { ok: 1, flags: ['corrupt-document'] },
  ],
  [
    'apache-poi/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6442791109263360.docx',
    { ok: 1, flags: ['corrupt-document'] },
  ],
  [
    'apache-poi/crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx',
    { ok: 1, flags: ['corrupt-document'] },
  ],
  ['apache-poi/protected_sample.docx', { ok: 1 }],
  ['apache-poi/truncated62886.docx', { ok: 1, flags: ['corrupt-document'] }],
  ['apache-poi/unicode-path.docx', { ok: 1 }],
  ['apache-poi/zero-length.docx', { ok: 1 }],
  ['libarchive/test_read_format_rar.rar', { ok: 2, skips: ['link-entry'] }],
  ['libarchive/test_read_format_rar4_encrypted_filenames.rar', { refused: 'password-required' }],
  ['libarchive/test_read_format_rar5_bad_tables.rar', { refused: 'corrupt-archive' }],
  ['libarchive/test_read_format_rar5_distance_overflow.rar', { refused: 'corrupt-archive' }],
  ['libarchive/test_read_format_rar5_encrypted.rar', { ok: 2, skips: ['password-required'] }],
  ['libarchive/test_read_format_rar5_encrypted_filenames.rar', { refused: 'password-required' }],
  ['libarchive/test_read_format_rar5_hardlink.rar', { ok: 1, skips: ['link-entry'] }],
  ['libarchive/test_read_format_rar5_owner_name_toolong.rar', { refused: 'empty-archive' }],
  ['libarchive/test_read_format_rar5_symlink.rar', { ok: 1, skips: ['link-entry'] }],
  ['libarchive/test_read_format_rar5_truncated_huff.rar', { refused: 'corrupt-archive' }],
  ['libarchive/test_read_format_rar5_unicode.rar', { ok: 1, skips: ['link-entry'] }],
  [
    'libarchive/test_read_format_rar5_unpacked_size_exceeds_declared.rar',
    { refused: 'corrupt-archive' },
  ],
  ['libarchive/test_read_format_rar5_zip_in_rar.rar', { ok: 2 }],
  ['libarchive/test_read_format_zip_7075_utf8_paths.zip', { ok: 4 }],
  ['libarchive/test_read_format_zip_filename_cp932.zip', { ok: 2 }],
  ['libarchive/test_read_format_zip_high_compression.zip', { ok: 1 }],
  ['libarchive/test_read_format_zip_malformed1.zip', { refused: 'corrupt-archive' }],
  ['libarchive/test_read_format_zip_nested.zip', { ok: 2 }],
  ['libarchive/test_read_format_zip_size_exceeds_declared_deflate.zip', { refused: 'zip-bomb' }],
  ['libarchive/test_read_format_zip_symlink.zip', { ok: 1, skips: ['link-entry'] }],
  [
    'libarchive/test_read_format_zip_traditional_encryption_data.zip',
    { refused: 'password-required' },
  ],
  [
    'libarchive/test_read_format_zip_uncompressed_size_off_by_4gib.zip',
    { refused: 'corrupt-archive' },
  ],
  ['libarchive/test_read_format_zip_winzip_aes256.zip', { refused: 'password-required' }],
  ['libarchive/test_read_format_zip_with_invalid_traditional_eocd.zip', { ok: 2 }],
  ['mammoth.js/comments.docx', { ok: 1 }],
  ['mammoth.js/embedded-style-map.docx', { ok: 1 }],
  ['mammoth.js/empty.docx', { ok: 1 }],
  ['mammoth.js/empty.zip', { refused: 'empty-archive' }],
  ['mammoth.js/endnotes.docx', { ok: 1 }],
  ['mammoth.js/external-picture.docx', { ok: 1 }],
  ['mammoth.js/footnote-hyperlink.docx', { ok: 1 }],
  ['mammoth.js/footnotes.docx', { ok: 1 }],
  ['mammoth.js/hello.zip', { ok: 1 }],
  ['mammoth.js/simple-list.docx', { ok: 1 }],
  ['mammoth.js/single-paragraph.docx', { ok: 1 }],
  ['mammoth.js/strict-format.docx', { ok: 1 }],
  ['mammoth.js/strikethrough.docx', { ok: 1 }],
  ['mammoth.js/tables.docx', { ok: 1 }],
  ['mammoth.js/text-box.docx', { ok: 1 }],
  ['mammoth.js/tiny-picture-target-base-relative.docx', { ok: 1 }],
  ['mammoth.js/tiny-picture.docx', { ok: 1 }],
  ['mammoth.js/underline.docx', { ok: 1 }],
  ['mammoth.js/utf8-bom.docx', { ok: 1 }],
  ['pdf.js/ContentStreamCycleType3insideType3.pdf', { ok: 1 }],
  ['pdf.js/GHOSTSCRIPT-698804-1-fuzzed.pdf', { ok: 1 }],
  ['pdf.js/IndexedCS_negative_and_high.pdf', { ok: 1 }],
  ['pdf.js/PDFBOX-3148-2-fuzzed.pdf', { ok: 1 }],
  ['pdf.js/PDFBOX-4352-0.pdf', { ok: 1, flags: ['encrypted-pdf'] }],
  ['pdf.js/Pages-tree-refs.pdf', { ok: 1 }],
  ['pdf.js/REDHAT-1531897-0.pdf', { ok: 1 }],
  ['pdf.js/autoprint.pdf', { ok: 1 }],
  ['pdf.js/bad-PageLabels.pdf', { ok: 1 }],
  ['pdf.js/bitmap-symbol-big-segmentid.pdf', { ok: 1 }],
  ['pdf.js/bomb_giant.pdf', { ok: 1 }],
  ['pdf.js/boundingBox_invalid.pdf', { ok: 1 }],
  ['pdf.js/cidfont_cmap_overflow.pdf', { ok: 1 }],
  ['pdf.js/empty_protected.pdf', { ok: 1, flags: ['encrypted-pdf'] }],
  ['pdf.js/encrypted-attachment.pdf', { ok: 1, flags: ['encrypted-pdf'] }],
  ['pdf.js/evaljs.pdf', { ok: 1 }],
  ['pdf.js/extractPages_null_in_array.pdf', { ok: 1 }],
  ['pdf.js/file_url_link.pdf', { ok: 1 }],
  ['pdf.js/helloworld-bad.pdf', { ok: 1 }],
  ['pdf.js/issue9105_other.pdf', { ok: 1, flags: ['corrupt-document'] }],
  ['pdf.js/multiple-filters-length-zero.pdf', { ok: 1 }],
  ['pdf.js/operator_list_cycle.pdf', { ok: 1 }],
  ['pdf.js/poppler-395-0-fuzzed.pdf', { ok: 1 }],
  ['pdf.js/poppler-67295-0.pdf', { ok: 1 }],
  ['pdf.js/poppler-742-0-fuzzed.pdf', { ok: 1 }],
  ['pdf.js/poppler-85140-0.pdf', { ok: 1 }],
  ['pdf.js/poppler-91414-0-53.pdf', { ok: 1 }],
  ['pdf.js/poppler-937-0-fuzzed.pdf', { ok: 1 }],
  ['pdf.js/recursiveCompositGlyf.pdf', { ok: 1 }],
  ['pdf.js/scan-bad.pdf', { ok: 1 }],
  ['pdf.js/secHandler.pdf', { ok: 1, flags: ['encrypted-pdf'] }],
  ['pdf.js/smask_alpha_oob.pdf', { ok: 1 }],
  ['recursive-extractor/10GB.rar.bz2', { refused: 'unsupported-format' }],
  ['recursive-extractor/10GB.zip.bz2', { refused: 'unsupported-format' }],
  ['recursive-extractor/EncryptedWithPlainNames.rar4', { refused: 'password-required' }],
  ['recursive-extractor/TestData.rar', { ok: 3 }],
  ['recursive-extractor/TestData.rar4', { ok: 3 }],
  ['recursive-extractor/TestDataArchivesNested.zip', { ok: 20 }],
  ['recursive-extractor/TestDataCorrupt.tar.zip', { ok: 2 }],
  ['recursive-extractor/TestDataEncrypted.rar', { refused: 'password-required' }],
  ['recursive-extractor/TestDataEncrypted.rar4', { refused: 'password-required' }],
  ['recursive-extractor/TestDataEncryptedAES.zip', { refused: 'password-required' }],
  ['recursive-extractor/TestDataEncryptedZipCrypto.zip', { refused: 'password-required' }],
  ['recursive-extractor/zbsm.zip', { refused: 'zip-bomb' }],
  ['scrapydweb/demo - 副本 - Ubuntu.zip', { ok: 8 }],
  ['scrapydweb/demo - 副本 - Win10cp936.zip', { ok: 8 }],
  ['scrapydweb/demo - 副本 - Win7CN.zip', { ok: 8 }],
  ['scrapydweb/demo - 副本 - Win7CNsendzipped.zip', { ok: 8 }],
  ['scrapydweb/demo - 副本 - macOS.zip', { ok: 8 }],
  [
    'yauzl/failure/End of central directory record signature not found Either not a zip file or file is truncated.zip',
    { refused: 'corrupt-archive' },
  ],
  [
    'yauzl/failure/End of central directory record signature not found Either not a zip file or file is truncated_1.zip',
    { refused: 'corrupt-archive' },
  ],
  // One byte after the end record: read, as unzip -t and Python's zipfile read it.
  [
    'yauzl/failure/Invalid comment length Expected 1 Found 0 Are there extra bytes at the end of the file Or is the end of central dir signature PK in the com.zip',
    { ok: 2 },
  ],
  ['yauzl/failure/absolute path C xt.zip', { refused: 'path-traversal' }],
  ['yauzl/failure/absolute path atxt.zip', { refused: 'path-traversal' }],
  [
    'yauzl/failure/compressed uncompressed size mismatch for stored file 2147483647 5.zip',
    { refused: 'corrupt-archive' },
  ],
  [
    'yauzl/failure/extra field length exceeds extra field buffer size.zip',
    { refused: 'corrupt-archive' },
  ],
  [
    'yauzl/failure/file data overflows file bounds 63 2147483647 308.zip',
    { refused: 'corrupt-archive' },
  ],
  [
    'yauzl/failure/invalid central directory file header signature 0x1014b50.zip',
    { refused: 'corrupt-archive' },
  ],
  // "a\txt": a Windows separator, read as "a/txt".
  ['yauzl/failure/invalid characters in fileName a txt.zip', { ok: 2 }],
  ['yauzl/failure/invalid code lengths set.zip', { refused: 'corrupt-archive' }],
  [
    'yauzl/failure/invalid local file header signature 0x3034b50.zip',
    { refused: 'corrupt-archive' },
  ],
  ['yauzl/failure/invalid relative path xt.zip', { refused: 'path-traversal' }],
  [
    'yauzl/failure/invalid zip64 end of central directory record signature.zip',
    { refused: 'corrupt-archive' },
  ],
  [
    'yauzl/failure/multi-disk zip files are not supported found disk number 1.zip',
    { refused: 'multi-volume' },
  ],
  // The header promises 2 MB of 1 MB: less output than declared is damage (the ratio is checked
  // only above 64 MiB).
  [
    'yauzl/failure/not enough bytes in the stream expected 2048576 got only 1000000.zip',
    { refused: 'corrupt-archive' },
  ],
  ['yauzl/failure/strong encryption is not supported.zip', { refused: 'unsupported-format' }],
  [
    'yauzl/failure/too many bytes in the stream expected 82496 got at least 98304.zip',
    { refused: 'zip-bomb' },
  ],
  ['yauzl/failure/too many length or distance symbols.zip', { refused: 'corrupt-archive' }],
  ['yauzl/failure/unexpected EOF.zip', { refused: 'corrupt-archive' }],
  ['yauzl/failure/unsupported compression method 1.zip', { ok: 1, skips: ['unsupported-format'] }],
  [
    'yauzl/failure/zip64 extended information extra field does not include compressed size.zip',
    { refused: 'corrupt-archive' },
  ],
  [
    'yauzl/failure/zip64 extended information extra field does not include relative header offset.zip',
    { refused: 'corrupt-archive' },
  ],
  [
    'yauzl/failure/zip64 extended information extra field does not include uncompressed size.zip',
    { refused: 'corrupt-archive' },
  ],
  ['yauzl/success/big-compression.zip', { ok: 1 }],
  ['yauzl/success/sloppy-filenames.zip', { ok: 2 }],
  ['yauzl/success/traditional-encryption.zip', { refused: 'password-required' }],
  ['yauzl/success/unicode-path-extra-field.zip', { refused: 'path-traversal' }],
  ['yauzl/success/unicode.zip', { ok: 2 }],
  ['yauzl/success/wrong-entry-sizes.zip', { refused: 'corrupt-archive' }],
  ['yauzl/success/zip64.zip', { ok: 2 }],
  ['zip-encoding-test/new7z_cp932.zip', { ok: 4 }],
  ['zip-encoding-test/new7z_cp936.zip', { ok: 4 }],
  ['zip-encoding-test/new7z_iso8859-1.zip', { ok: 4 }],
  ['zip-encoding-test/new7z_utf8.zip', { ok: 4 }],
  ['zip-encoding-test/old7z_cp932.zip', { ok: 4 }],
  ['zip-encoding-test/old7z_cp936.zip', { ok: 4 }],
  ['zip-encoding-test/old7z_iso8859-1.zip', { ok: 4 }],
  ['zip-encoding-test/old7z_utf8.zip', { ok: 4 }],
  ['zip-slip/zip-slip-win.tar', { refused: 'unsupported-format' }],
  ['zip-slip/zip-slip-win.zip', { refused: 'path-traversal' }],
  ['zip-slip/zip-slip.tar', { refused: 'unsupported-format' }],
  ['zip-slip/zip-slip.zip', { refused: 'path-traversal' }],
] as const);

const APPLICATION_FOLDER = '2024001+测试单位';
const PER_FILE_TIME_LIMIT_MS = 20_000;
/**
 * ZIP read in this process, for speed; RAR and 7z still go to the worker. The same table passes
 * with every archive in the worker (the default): isolate-every-archive.test.ts checks that path.
 */
const zipInProcess = parsingIsolation({ zipInProcess: true });
/** Where the zip-slip samples try to write. */
const SLIP_TARGETS = ['/tmp/evil.txt', join(tmpdir(), 'evil.txt'), '/xt', '/atxt'];

let scratch: string;
let corpusBefore: string[];
let slipTargetsBefore: boolean[];
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'qbr-intake-corpus-'));
  corpusBefore = treeFingerprint(corpusRoot);
  slipTargetsBefore = SLIP_TARGETS.map((target) => existsSync(target));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A document placed alone in a fresh folder named like an application, then taken in. */
async function intakeAsDocument(file: string): Promise<IntakeResult> {
  const folder = join(await mkdtemp(join(scratch, 'doc-')), APPLICATION_FOLDER);
  await mkdir(folder);
  await copyFile(corpusPath(file), join(folder, basename(file)));
  const result = await intakePath(folder, {
    isolation: zipInProcess,
    limits: { timeLimitMs: PER_FILE_TIME_LIMIT_MS },
  });
  // Intake only reads: the folder holds exactly what was put there.
  expect(await readdir(folder)).toEqual([basename(file)]);
  return result;
}

function intakeAsArchive(file: string, password?: string): Promise<IntakeResult> {
  return intakePath(corpusPath(file), {
    isolation: zipInProcess,
    password: password ?? null,
    limits: { timeLimitMs: PER_FILE_TIME_LIMIT_MS },
  });
}

function categoriesWith(result: IntakeResult, effect: string): IntakeProblemCategory[] {
  const found = result.problems.filter((p) => p.category !== 'bad-name' && p.effect === effect);
  return [...new Set(found.map((p) => p.category))].sort();
}

describe('the corpus', () => {
  it('has an expected outcome for every file, and no outcome for a missing file', () => {
    const files = listCorpusFiles();
    expect(files).toHaveLength(156);
    expect([...expected.keys()].sort()).toEqual(files);
  });

  for (const [file, outcome] of expected) {
    const asDocument = DOCUMENT.test(file);
    it(
      `${file} → ${'ok' in outcome ? `ok, ${outcome.ok}` : outcome.refused}`,
      { timeout: 30_000 },
      async () => {
        const result = asDocument ? await intakeAsDocument(file) : await intakeAsArchive(file);
        for (const problem of result.problems) {
          expect(intakeProblemCategories).toContain(problem.category);
          expect(problem.message).toContain(result.sourceName);
          if (problem.entryPath !== null) expect(problem.message).toContain(problem.entryPath);
        }
        // Corpus archive names are not "申报编号+申报单位全称"; the wrapping folder's name is.
        expect(result.problems.some((p) => p.category === 'bad-name')).toBe(!asDocument);
        if ('ok' in outcome) {
          expect(result.refused).toBe(false);
          expect(result.materials).toHaveLength(outcome.ok);
          expect(categoriesWith(result, 'flagged')).toEqual([...(outcome.flags ?? [])].sort());
          expect(categoriesWith(result, 'skipped')).toEqual([...(outcome.skips ?? [])].sort());
          expect(categoriesWith(result, 'refused')).toEqual([]);
        } else {
          expect(result.refused).toBe(true);
          expect(result.materials).toEqual([]);
          expect(categoriesWith(result, 'refused')).toEqual([outcome.refused]);
        }
        for (const material of result.materials) {
          expect(material.size).toBe(material.bytes.length);
          expect(material.sha256).toMatch(/^[0-9a-f]{64}$/);
        }
      },
    );
  }
});

describe('the corpus with the passwords from its README', () => {
  it.each([
    'recursive-extractor/TestDataEncryptedZipCrypto.zip',
    'recursive-extractor/TestDataEncryptedAES.zip',
    'recursive-extractor/TestDataEncrypted.rar',
    'recursive-extractor/TestDataEncrypted.rar4',
    'recursive-extractor/EncryptedWithPlainNames.rar4',
  ])('opens %s with "TestData"', { timeout: 30_000 }, async (file) => {
    const result = await intakeAsArchive(file, 'TestData');
    expect(result.refused).toBe(false);
    expect(categoriesWith(result, 'skipped')).toEqual([]);
    expect(result.materials.map((m) => m.size)).toEqual([4148, 4148, 4148]);
    expect(new Set(result.materials.map((m) => m.sha256)).size).toBe(1);
  });

  it('says "wrong password" for another password', { timeout: 30_000 }, async () => {
    const result = await intakeAsArchive(
      'recursive-extractor/TestDataEncryptedAES.zip',
      'testdata',
    );
    expect(categoriesWith(result, 'refused')).toEqual(['wrong-password']);
  });
});

describe('names from the corpus', () => {
  it.each([
    'scrapydweb/demo - 副本 - Win7CN.zip',
    'scrapydweb/demo - 副本 - Win10cp936.zip',
    'scrapydweb/demo - 副本 - Win7CNsendzipped.zip',
    'scrapydweb/demo - 副本 - macOS.zip',
    'scrapydweb/demo - 副本 - Ubuntu.zip',
  ])('decodes %s (GBK, unflagged UTF-8 or flagged UTF-8) to the same names', async (file) => {
    const result = await intakeAsArchive(file);
    const folder = basename(file, '.zip');
    expect(result.materials.map((m) => m.path).sort()).toEqual(
      [
        '__init__.py',
        'items.py',
        'middlewares.py',
        'pipelines.py',
        'settings.py',
        'spiders/__init__.py',
        'spiders/test.py',
      ]
        .map((path) => `${folder}/demo/${path}`)
        .concat(`${folder}/scrapy.cfg`)
        .sort(),
    );
  });

  it.each([
    ['zip-encoding-test/old7z_cp936.zip', '你好世界.txt'],
    ['zip-encoding-test/new7z_cp936.zip', 'src/你好世界.txt'],
    ['zip-encoding-test/old7z_utf8.zip', '你好世界.txt'],
    // Entries 2 and 3 carry a 0x7075 field whose CRC does not match: ignored, as APPNOTE says.
    ['libarchive/test_read_format_zip_7075_utf8_paths.zip', 'File 4 - å.txt'],
    ['libarchive/test_read_format_rar5_unicode.rar', '👋🌎.txt'],
  ])('%s holds %s', async (file, name) => {
    const result = await intakeAsArchive(file);
    expect(result.materials.map((m) => m.path)).toContain(name);
  });
});

describe('writes', () => {
  it('leave the corpus untouched and create nothing where the zip-slip samples aim', () => {
    expect(treeFingerprint(corpusRoot)).toEqual(corpusBefore);
    expect(SLIP_TARGETS.map((target) => existsSync(target))).toEqual(slipTargetsBefore);
  });
});
