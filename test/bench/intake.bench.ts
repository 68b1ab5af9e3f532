/**
 * Intake speed on realistic application archives, against the tool an office would otherwise
 * use on the same files:
 * - intake_throughput: 50 ZIP archives of about 10 MB, each a docx-like Word package (deflated
 *   XML and a picture inside a ZIP) plus a PDF-like scan of random bytes, written with fflate. MB/s of archive
 *   read, names decoded, every byte inflated, counted, CRC- and content-checked and hashed.
 *   Peer: Info-ZIP `unzip -p` of the same archives to /dev/null (inflate and CRC only); where
 *   `unzip` is missing, Node's own zlib raw inflate of the same entries, named as such.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import yauzl from 'yauzl';
import { intakePath } from '../../electron/core/intake';
import { higherIsBetter } from './bench-result';
import type { BenchContext, BenchResult, PeerResult } from './bench-result';

const run$ = promisify(execFile);
const MB = 1_000_000;
const ARCHIVES = 50;
const SCAN_BYTES = 8.5 * MB;
const PICTURE_BYTES = 1.2 * MB;
const PARAGRAPHS = 9_000;

const phrases = [
  '企业以顾客为关注焦点，建立覆盖研发、采购、生产、交付的全过程质量管理体系',
  '运用六西格玛、精益生产和数字化工具，产品一次交检合格率由百分之九十六提升至百分之九十九点五',
  '通过质量成本分析，年度内外部损失成本下降百分之三十，顾客满意度连续三年提升',
  '建立供应商分级管理与联合改进机制，关键零部件来料不良率下降百分之六十',
  '以大数据平台实时监控关键工序参数，实现质量问题的预防与追溯',
];

/** A Word-like package: varied Chinese paragraphs and one (incompressible) picture. */
function docxLike(seed: number): Uint8Array {
  const paragraphs: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const phrase = phrases[(i * 7 + seed) % phrases.length]!;
    paragraphs.push(
      `<w:p><w:r><w:t>${i + seed}. ${phrase}（${(i * 31 + seed) % 997}）</w:t></w:r></w:p>`,
    );
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document><w:body>${paragraphs.join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
    'word/document.xml': new TextEncoder().encode(xml),
    'word/media/image1.png': randomBytes(PICTURE_BYTES),
  });
}

/** A PDF-like scan: a header, incompressible image bytes, an end marker. */
function scanLike(): Uint8Array {
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    randomBytes(SCAN_BYTES),
    Buffer.from('\n%%EOF\n'),
  ]);
}

async function writeArchives(dir: string): Promise<{ paths: string[]; bytes: number }> {
  const paths: string[] = [];
  let bytes = 0;
  for (let i = 0; i < ARCHIVES; i++) {
    const archive = zipSync(
      {
        '申报材料/申报书.docx': docxLike(i),
        '申报材料/推荐表.pdf': scanLike(),
        '申报材料/承诺书.pdf': Buffer.from('%PDF-1.4\n承诺书\n%%EOF\n'),
      },
      { level: 6 },
    );
    const path = join(dir, `2026${String(i).padStart(3, '0')}+测试单位${i}有限公司.zip`);
    await writeFile(path, archive);
    paths.push(path);
    bytes += archive.length;
  }
  return { paths, bytes };
}

async function hasUnzip(): Promise<boolean> {
  try {
    await run$('unzip', ['-v']);
    return true;
  } catch {
    return false;
  }
}

/** Every entry of one archive inflated with Node's zlib, output discarded. */
async function inflateWithZlib(path: string): Promise<void> {
  const buffer = await readFile(path);
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry, { decodeFileData: false });
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    const raw = Buffer.concat(chunks);
    if (entry.compressionMethod === 8) inflateRawSync(raw);
  }
}

async function timeMs(task: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const { paths, bytes } = await writeArchives(ctx.scratchDir);
  ctx.log(
    `wrote ${ARCHIVES} archives, ${(bytes / MB).toFixed(0)} MB (${(bytes / ARCHIVES / MB).toFixed(1)} MB each)`,
  );

  // Warm-up: the first archive once, so JIT and zlib set-up are not measured.
  await intakePath(paths[0]!);
  let materials = 0;
  const oursMs = await timeMs(async () => {
    for (const path of paths) {
      const result = await intakePath(path);
      if (result.refused || result.problems.length > 0) {
        throw new Error(
          `benchmark archive refused: ${result.problems.map((p) => p.message).join('; ')}`,
        );
      }
      materials += result.materials.length;
    }
  });
  const ours = bytes / MB / (oursMs / 1000);
  ctx.log(`intake: ${materials} materials in ${oursMs.toFixed(0)} ms`);

  const peers: PeerResult[] = [];
  if (await hasUnzip()) {
    const peerMs = await timeMs(async () => {
      for (const path of paths)
        await run$('sh', ['-c', 'unzip -p "$1" > /dev/null', 'unzip', path]);
    });
    const value = bytes / MB / (peerMs / 1000);
    peers.push({
      name: 'unzip -p > /dev/null (Info-ZIP)',
      value,
      ratio: higherIsBetter(ours, value),
    });
  } else {
    const peerMs = await timeMs(async () => {
      for (const path of paths) await inflateWithZlib(path);
    });
    const value = bytes / MB / (peerMs / 1000);
    peers.push({
      name: 'node:zlib inflateRaw of the same entries (unzip not installed)',
      value,
      ratio: higherIsBetter(ours, value),
    });
  }
  const archiveBytes = (await Promise.all(paths.map((path) => stat(path)))).reduce(
    (sum, s) => sum + s.size,
    0,
  );
  ctx.log(`archives on disk: ${(archiveBytes / MB).toFixed(0)} MB`);
  return [{ name: 'intake_throughput', value: ours, unit: 'MB/s', peers }];
}
