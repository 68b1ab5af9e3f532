/**
 * Small PDFs written by hand, so the test owns every byte: pages of Latin text in Helvetica (a
 * standard font, not embedded), and lines of Chinese in STSong-Light through the CMap
 * UniGB-UCS2-H with no font file at all, as Chinese office software writes PDFs that rely on the
 * reader's fonts. Without the CMap served from the app, pdf.js could not read that text.
 */

/** A JPEG 2000 codestream (JPXDecode) and its size in pixels. */
export interface JpxImage {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

export interface PageText {
  /** Lines in Helvetica (ASCII). */
  readonly latin?: readonly string[];
  /** Lines in the non-embedded Chinese font. */
  readonly chinese?: readonly string[];
}

/** A string as a PDF literal string (ASCII only). */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Text as UCS-2 big-endian hex, for UniGB-UCS2-H. */
function ucs2Hex(text: string): string {
  return `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
}

function contentStream(page: PageText): string {
  const lines: string[] = [];
  let y = 760;
  for (const line of page.latin ?? []) {
    lines.push(`BT /F1 14 Tf 56 ${y} Td ${literal(line)} Tj ET`);
    y -= 24;
  }
  for (const line of page.chinese ?? []) {
    lines.push(`BT /F2 16 Tf 56 ${y} Td ${ucs2Hex(line)} Tj ET`);
    y -= 28;
  }
  return lines.join('\n');
}

/** A PDF of `pages` A4 pages (595×842 points), the first showing `image` if given. */
export function makePdf(pages: readonly PageText[], image?: JpxImage): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers start at 1
  const catalog = add('');
  const pagesObject = add('');
  const helvetica = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const cidFont = add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> ' +
      `/FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const song = add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H ' +
      `/DescendantFonts [${cidFont} 0 R] >>`,
  );
  const picture = image
    ? add(
        `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ` +
          `/Filter /JPXDecode /Length ${image.bytes.length} >>\nstream\n` +
          `${image.bytes.toString('latin1')}\nendstream`,
      )
    : undefined;
  const kids: number[] = [];
  for (const [index, page] of pages.entries()) {
    const drawImage = picture !== undefined && index === 0;
    const content = contentStream(page) + (drawImage ? '\nq 480 0 0 240 56 300 cm /Im1 Do Q' : '');
    const stream = add(
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 595 842] ` +
          `/Resources << /Font << /F1 ${helvetica} 0 R /F2 ${song} 0 R >>` +
          `${drawImage ? ` /XObject << /Im1 ${picture} 0 R >>` : ''} >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R >>`;
  objects[pagesObject - 1] =
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The Chinese page of an application material, its font not embedded. */
export const CHINESE_LINES = [
  '全国质量标杆申报材料',
  '申报单位：华东精密机械股份有限公司',
  '一次交验合格率提升至百分之九十九',
] as const;

export function chinesePdf(): Buffer {
  return makePdf([{ latin: ['Quality benchmark application'], chinese: CHINESE_LINES }]);
}

/** `count` pages, each saying its number. */
export function manyPagesPdf(count: number): Buffer {
  return makePdf(
    Array.from({ length: count }, (_, i) => ({
      latin: [`Page ${i + 1} of ${count}`, 'Quality management experience, section text.'],
      chinese: [`第 ${i + 1} 页`],
    })),
  );
}

/**
 * A page with a JPEG 2000 picture (scanners write them): `chart.jp2` beside this file is the
 * Word fixture's 240×120 bar chart (chartPng), encoded once with OpenJPEG's `opj_compress -r 20`.
 */
export function jpxPdf(jp2: Buffer): Buffer {
  return makePdf([{ latin: ['A scanned chart in JPEG 2000'] }], {
    bytes: jp2,
    width: 240,
    height: 120,
  });
}
