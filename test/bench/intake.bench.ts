/**
 * intake_throughput: MB/s of application archives taken in, against the tool an office would
 * otherwise use on the same files. 50 ZIP archives of about 10 MB, each a docx-like Word
 * package (deflated XML and a picture inside a ZIP) plus a PDF-like scan of random bytes,
 * written with fflate. Ours: names decoded, every byte inflated, counted, CRC- and
 * content-checked and hashed. Peer: Info-ZIP `unzip -p` of the same archives to /dev/null
 * (inflate and CRC only). Both take the archives one after another.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { zipSync } from 'fflate';
import { measureRow } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { INTAKE_ARCHIVES as ARCHIVES } from './bench-sizes';
import { runCommand } from './command';
import { intakeOne } from './core-calls';
import { MB } from './scratch-files';

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

export async function run(ctx: BenchContext): Promise<void> {
  const { paths, bytes } = await writeArchives(ctx.scratchDir);
  const mb = bytes / MB;
  ctx.log(
    `wrote ${ARCHIVES} archives, ${mb.toFixed(0)} MB (${(mb / ARCHIVES).toFixed(1)} MB each)`,
  );
  const sides: Side[] = [
    {
      name: 'ours',
      work:
        `intakePath on each of the ${ARCHIVES} archives in turn, ZIP read in this process as the ` +
        'CLI reads it: names decoded, every entry inflated, counted, CRC- and content-checked, ' +
        'SHA-256 of every material (nothing stored)',
      run: async () => {
        let materials = 0;
        for (const path of paths) materials += await intakeOne(path);
        if (materials !== ARCHIVES * 3)
          throw new Error(`${materials} materials, not ${ARCHIVES * 3}`);
      },
    },
    {
      name: 'unzip -p > /dev/null',
      work: `Info-ZIP unzip -p of each of the ${ARCHIVES} archives in turn to /dev/null (inflate and CRC only)`,
      tools: ['unzip'],
      run: async () => {
        for (const path of paths) await runCommand('unzip', ['-p', path], { discardOutput: true });
      },
    },
  ];
  await measureRow(
    ctx,
    {
      name: 'intake_throughput',
      unit: 'MB/s',
      better: 'higher',
      value: (seconds) => mb / seconds,
      notes: [
        `${mb.toFixed(0)} MB of archives (MB = 10^6 bytes), in the page cache for both sides`,
      ],
    },
    sides,
  );
}
