/**
 * A Chinese application's Word material, generated: headings in three levels, body text, a
 * bulleted list, a table, a footnote, an embedded PNG and an external link. `sections` repeats
 * the body: 30 sections of 142 paragraphs make 300 pages (as LibreOffice paginates it).
 */
import { crc32, deflateSync } from 'node:zlib';
import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small PNG drawn here (a red bar chart on white), so the test owns every byte. */
export function chartPng(width = 240, height = 120): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3, 0xff);
    row[0] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const bar = Math.floor(x / 40);
      const top = height - 20 - bar * 15;
      if (x % 40 > 8 && y > top && y < height - 10) row.fill(0, 1 + x * 3, 1 + x * 3 + 3);
      if (x % 40 > 8 && y > top && y < height - 10) row[1 + x * 3] = 0xa4;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BODY =
  '本单位以“质量第一、效益优先”为导向，建立覆盖研发、采购、生产、检验和服务全过程的质量管理体系，' +
  '推行卓越绩效模式，持续开展质量改进活动。近三年，产品一次交验合格率由百分之九十六点二提升至百分之九十九点一，' +
  '顾客满意度连续保持行业前列，形成了可复制、可推广的质量管理经验。';

const NUMERALS = '一二三四五六七八九十';

function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}

function section(index: number, paragraphsPerSection: number): (Paragraph | Table)[] {
  const n = numeral(index + 1);
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ text: `${n}、质量管理经验之${n}`, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: `（一）主要做法`, heading: HeadingLevel.HEADING_2 }),
  ];
  for (let p = 0; p < paragraphsPerSection; p += 1) {
    blocks.push(new Paragraph({ children: [new TextRun(`${p + 1}. ${BODY}`)] }));
    if (p === Math.floor(paragraphsPerSection / 2))
      blocks.push(new Paragraph({ text: '（二）实施成效', heading: HeadingLevel.HEADING_2 }));
  }
  for (const item of ['建立质量责任制', '开展全员质量培训', '实施供应商质量审核'])
    blocks.push(new Paragraph({ text: item, bullet: { level: 0 } }));
  return blocks;
}

function firstSection(): (Paragraph | Table)[] {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  return [
    new Paragraph({ text: '全国质量标杆申报材料', heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun('申报单位：华东精密机械股份有限公司'), new FootnoteReferenceRun(1)],
    }),
    new Paragraph({
      children: [
        new TextRun('单位网站（外部链接，阅读器中已停用）：'),
        new ExternalHyperlink({
          link: 'https://example.com/quality',
          children: [new TextRun({ text: '公司质量年报', style: 'Hyperlink' })],
        }),
      ],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ children: ['指标', '2023 年', '2024 年', '2025 年'].map(cell) }),
        new TableRow({ children: ['一次交验合格率', '96.2%', '98.0%', '99.1%'].map(cell) }),
        new TableRow({ children: ['顾客满意度', '91 分', '93 分', '95 分'].map(cell) }),
      ],
    }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: chartPng(),
          transformation: { width: 240, height: 120 },
          altText: { name: '图1', title: '合格率趋势', description: '合格率趋势' },
        }),
      ],
    }),
  ];
}

/** The .docx's bytes: `sections` numbered sections of `paragraphsPerSection` paragraphs. */
export const THREE_HUNDRED_PAGES = { sections: 30, paragraphsPerSection: 142 } as const;

export async function chineseDocx(sections = 3, paragraphsPerSection = 8): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('申报单位全称以营业执照为准。')] } },
    sections: [
      {
        children: [
          ...firstSection(),
          ...Array.from({ length: sections }, (_, i) => section(i, paragraphsPerSection)).flat(),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
