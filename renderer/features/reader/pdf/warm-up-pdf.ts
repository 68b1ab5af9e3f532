/**
 * A one-page PDF the reader opens once when its worker is warmed (pdfjs.ts): a line of Latin
 * text and one Chinese character in a font it does not embed (STSong-Light, UniGB-UCS2-H), as
 * Chinese office software writes them. Reading its page runs pdf.js's parser, font and CMap code
 * once in the worker and in the page, and brings the Chinese CMap into memory
 * (pdf-asset-cache.ts), so the first material is not the one that pays for it. It holds no case
 * data: it is made here, from these constants.
 */

const OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [7 0 R] /Count 1 >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
    '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 4 0 R /DW 1000 >>',
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 6 0 R >> >> /Contents 8 0 R >>',
];

const CONTENT = 'BT /F1 14 Tf 56 760 Td (Warm-up) Tj ET\nBT /F2 16 Tf 56 730 Td <8d28> Tj ET';

/** The PDF's bytes, made anew for each caller (pdf.js takes them over). */
export function warmUpPdf(): Uint8Array {
  const bodies = [...OBJECTS, `<< /Length ${CONTENT.length} >>\nstream\n${CONTENT}\nendstream`];
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // ASCII only: one byte per character.
  return new TextEncoder().encode(out);
}
