/**
 * The committee's lists and the office's objection record as files, read back: Word with
 * mammoth, CSV (a UTF-8 BOM, then what papaparse reads equals the table), XLSX with exceljs (the
 * table on the first sheet as text cells, 说明 with the confidentiality line). 公示名单 carries no
 * score in any of the three; a name made to look like a formula stays text.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listTable } from '../../../../shared/report/list-table';
import type { ListReportInput } from '../../../../shared/report/report-input';
import { formatPoints } from '../../../../shared/report/report-words';
import { listCsv } from '../../../../electron/core/report/list-csv';
import {
  listReportFiles,
  objectionReportFiles,
} from '../../../../electron/core/report/report-files';
import {
  objections,
  preliminary,
  publicNotice,
  rankedRows,
  shortlist,
} from '../../../shared/report/report-samples';

async function files(input: ListReportInput) {
  const out = new Map<string, Uint8Array>();
  for (const f of listReportFiles(input)) out.set(f.name, await f.build());
  return out;
}

async function wordText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

function csvRows(bytes: Uint8Array): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.subarray(3));
  return Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: true }).data;
}

async function xlsxSheets(bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v)));
      rows.push(values);
    });
    out.set(sheet.name, rows);
  }
  return out;
}

describe('入围答辩名单 and 初评名单', () => {
  it('Word: every row with its score, decision and cut reason, signed by the 主任委员', async () => {
    const made = await files(shortlist);
    expect([...made.keys()]).toEqual([
      '入围答辩名单.docx',
      '入围答辩名单.csv',
      '入围答辩名单.xlsx',
    ]);
    const text = await wordText(made.get('入围答辩名单.docx')!);
    for (const row of shortlist.rows) {
      expect(text).toContain(row.application.applicationNo);
      expect(text).toContain(formatPoints((row as { score: number }).score));
    }
    expect(text).toContain('名额已满（按排名）');
    expect(text).toContain('专业组合议未推荐');
    expect(text).toContain('入围名额 20 项');
    expect(text).toContain('主任委员（签字）');
    expect(text).toContain('保密  评审结束后由办公室统一收回');
    expect(text).toContain('共 30 项。');
  });

  it('CSV and XLSX hold exactly the table the Word file prints', async () => {
    for (const input of [shortlist, preliminary]) {
      const made = await files(input);
      const table = listTable(input);
      const expected = [[...table.columns], ...table.rows.map((r) => [...r])];
      const name = input.kind === 'preliminary' ? '初评名单' : '入围答辩名单';
      expect(csvRows(made.get(`${name}.csv`)!)).toEqual(expected);
      const sheets = await xlsxSheets(made.get(`${name}.xlsx`)!);
      expect(sheets.get(name)).toEqual(expected);
      expect(sheets.get('说明')!.flat()).toContain('保密  评审结束后由办公室统一收回');
    }
  });

  it('a name that looks like a formula stays text in CSV and XLSX', async () => {
    const rows = rankedRows(2, 1, '入围答辩');
    const hostile: ListReportInput = {
      ...shortlist,
      rows: [
        {
          ...rows[0]!,
          application: { ...rows[0]!.application, applicantName: '=HYPERLINK("http://x","点我")' },
        },
        rows[1]!,
      ],
    };
    const csv = csvRows(listCsv(listTable(hostile)));
    expect(csv[1]![2]).toBe(`'=HYPERLINK("http://x","点我")`);
    const made = await files(hostile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(made.get('入围答辩名单.xlsx')!) as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0]!.getCell('C2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });
});

describe('公示名单', () => {
  it('has no score in Word, CSV or XLSX', async () => {
    const made = await files(publicNotice);
    const text = await wordText(made.get('公示名单.docx')!);
    const scores = rankedRows(12, 12, '推荐').map((r) => formatPoints(r.score!));
    for (const row of publicNotice.rows) expect(text).toContain(row.application.applicantName);
    for (const score of scores) expect(text).not.toContain(score);
    expect(text).not.toContain('得分');
    expect(text).toContain('保密  公示发布前不得外传');
    expect(text).toContain('公示期：2026年12月1日至2026年12月14日');
    const csv = csvRows(made.get('公示名单.csv')!);
    expect(csv[0]).toEqual(['序号', '申报编号', '申报单位', '经验名称', '专业组']);
    const sheets = await xlsxSheets(made.get('公示名单.xlsx')!);
    for (const content of [JSON.stringify(csv), JSON.stringify([...sheets.values()])]) {
      for (const score of scores) expect(content).not.toContain(score);
    }
  });
});

describe('异议处理记录', () => {
  it('every objection with its admission, investigation, re-review and outcome', async () => {
    const [file] = objectionReportFiles(objections);
    expect(file!.name).toBe('异议处理记录.docx');
    const text = await wordText(await file!.build());
    expect(text).toContain('收到异议 2 件。');
    expect(text).toContain('第三方测评报告日期晚于申报截止日。');
    expect(text).toContain('评审委员会复核认为数据可信，维持原评审结论。');
    expect(text).toContain('异议不成立');
    expect(text).toContain('不予受理：超过公示期');
    expect(text).toContain('办公室负责人（签字）');
    expect(text).toContain('主任委员（签字）');
  });
});
