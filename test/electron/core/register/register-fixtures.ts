import ExcelJS from 'exceljs';
import { recommendingUnits2021 } from '../../../../shared/domain/recommending-units-2021';

export const units = recommendingUnits2021;

export const header = [
  '申报编号',
  '申报单位全称',
  '经验名称',
  '推荐单位',
  '遴选范围',
  '重点领域',
  '是否中小企业',
  '所属行业',
  '所在地区',
];

/** n plausible register rows: units in Attachment 2 order, five rows each. */
export function registerRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const unit = units[Math.floor(i / 5) % units.length]!;
    const number = `BG2021${String(i + 1).padStart(4, '0')}`;
    return [
      number,
      `示例制造${i + 1}有限公司`,
      `质量管理经验${i + 1}`,
      unit.name,
      '（一）',
      '无',
      '否',
      '汽车',
      '江苏省',
    ];
  });
}

/** CSV text with quoting where a cell needs it, CRLF as Excel writes. */
export function csvText(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** An XLSX with the given sheets, built with exceljs as Excel would save it. */
export async function xlsxBytes(
  sheets: Record<string, readonly (readonly unknown[])[]>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The start of an OLE2 compound file with the given directory entry names. */
export function ole2Bytes(...entries: string[]): Uint8Array {
  const magic = Buffer.from('d0cf11e0a1b11ae1', 'hex');
  return new Uint8Array(
    Buffer.concat([magic, Buffer.alloc(504), ...entries.map((e) => Buffer.from(e, 'utf16le'))]),
  );
}
