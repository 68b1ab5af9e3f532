import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../../electron/core/register/import-register';
import { isRegisterFileError } from '../../../../electron/core/register/register-file-error';
import type { AppError } from '../../../../shared/errors';
import {
  csvText,
  header,
  ole2Bytes,
  registerRows,
  units,
  utf8,
  xlsxBytes,
} from './register-fixtures';

const sample = [
  header,
  [
    'BG20210001',
    '苏州示例精密（集团）有限公司',
    '数字化质量管控',
    '江苏省工业和信息化厅',
    '（二）',
    '无',
    '否',
    '汽车零部件',
    '江苏省苏州市',
  ],
  [
    'BG20210002',
    '某某专精特新科技有限公司',
    '"小巨人"质量经验',
    '中国中小企业协会',
    '4',
    '专精特新',
    '是',
    '电子',
    '浙江省',
  ],
];

async function rejection(bytes: Uint8Array): Promise<AppError> {
  const error = await importRegister(bytes, units).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isRegisterFileError(error)).toBe(true);
  return error as AppError;
}

describe('importRegister (CSV)', () => {
  it('reads UTF-8 rows into partial applications', async () => {
    const result = await importRegister(utf8(csvText(sample)), units);
    expect(result).toMatchObject({ format: 'csv', encoding: 'utf-8', headerRowNumber: 1 });
    expect(result.missingColumns).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        recommendingUnitName: '江苏省工业和信息化厅',
        problems: [],
        application: {
          applicationNo: 'BG20210001',
          applicantName: '苏州示例精密（集团）有限公司',
          experienceTitle: '数字化质量管控',
          recommendingUnitId: 'u10',
          scope: 2,
          focusArea: 'none',
          isSme: false,
          industry: '汽车零部件',
          organisationRegion: '江苏省苏州市',
        },
      },
      {
        rowNumber: 3,
        recommendingUnitName: '中国中小企业协会',
        problems: [],
        application: {
          applicationNo: 'BG20210002',
          applicantName: '某某专精特新科技有限公司',
          experienceTitle: '"小巨人"质量经验',
          recommendingUnitId: 'u48',
          scope: 4,
          focusArea: 'specialized-sme',
          isSme: true,
          industry: '电子',
          organisationRegion: '浙江省',
        },
      },
    ]);
  });

  it('reads UTF-8 with a BOM, UTF-16LE and GBK alike', async () => {
    const text = csvText(sample);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const utf16 = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
    const plain = await importRegister(utf8(text), units);
    for (const [bytes, encoding] of [
      [bom, 'utf-8-bom'],
      [utf16, 'utf-16le'],
      [gbk, 'gb18030'],
    ] as const) {
      const result = await importRegister(bytes, units);
      expect(result.encoding).toBe(encoding);
      expect(result.rows).toEqual(plain.rows);
    }
  });

  it('finds the header below a title row and tolerates header variants', async () => {
    const rows = [
      ['2021年全国质量标杆申报汇总表'],
      [],
      [' 申报编号* ', '申报单位', '申报经验名称', '推荐单位名称（全称）', '备注'],
      ['ＢＧ２０２１０００９', '某某有限公司', '经验', '中国质量协会', '补交'],
    ];
    const result = await importRegister(utf8(csvText(rows)), units);
    expect(result.headerRowNumber).toBe(3);
    expect(result.ignoredHeaders).toEqual(['备注']);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      rowNumber: 4,
      application: { applicationNo: 'BG20210009', recommendingUnitId: 'u49' },
      problems: [],
    });
  });

  it('reports bad rows without throwing', async () => {
    const rows = [
      header,
      ['', '缺编号有限公司', '经验', '中国质量协会', '1', '无', '否', '', ''],
      ['BG1', '甲有限公司', '经验', '江苏省工信厅', '九', '航天', '也许', '', ''],
      ['BG1', '乙有限公司', '', '中国质量协会', '（四）', '', '否', '', ''],
      ['', '', '', '', '', '', '', '', ''],
    ];
    const result = await importRegister(utf8(csvText(rows)), units);
    expect(result.rows.map((r) => [r.rowNumber, r.problems.map((p) => p.code)])).toEqual([
      [2, ['missing-application-no']],
      [3, ['unknown-recommending-unit', 'invalid-scope', 'invalid-focus-area', 'invalid-sme']],
      [4, ['duplicate-application-no', 'missing-experience-title', 'sme-required']],
    ]);
    const unknown = result.rows[1]?.problems[0];
    expect(unknown?.suggestions?.[0]).toEqual({ unitId: 'u10', name: '江苏省工业和信息化厅' });
    expect(unknown?.message).toBe(
      '推荐单位“江苏省工信厅”不在本年度名录中，可能是：江苏省工业和信息化厅',
    );
    expect(result.rows[2]?.problems[0]?.message).toBe('申报编号 BG1 与第 3 行重复');
  });

  it('names the required columns the file lacks, once', async () => {
    const result = await importRegister(
      utf8(
        csvText([
          ['申报编号', '申报单位'],
          ['BG1', '甲'],
        ]),
      ),
      units,
    );
    expect(result.missingColumns).toEqual(['experienceTitle', 'recommendingUnit']);
    expect(result.rows[0]?.problems).toEqual([]);
  });

  it('imports 245 rows in one go', async () => {
    const rows = registerRows(245);
    const result = await importRegister(
      new Uint8Array(iconv.encode(csvText([header, ...rows]), 'gbk')),
      units,
    );
    expect(result.rows).toHaveLength(245);
    expect(result.rows.every((r) => r.problems.length === 0)).toBe(true);
    expect(result.rows[244]?.application.applicationNo).toBe('BG20210245');
    expect(result.rows[244]?.application.recommendingUnitId).toBe('u49');
  });
});

describe('importRegister (XLSX)', () => {
  it('reads the sheet that holds the register, numbers and rich text as text', async () => {
    const bytes = await xlsxBytes({
      说明: [['本表由网上申报系统导出']],
      申报汇总: [
        ['2021年全国质量标杆申报汇总表'],
        header,
        [
          20210001,
          '某某有限公司',
          { richText: [{ text: '数字化' }, { text: '质量' }] },
          '中国质量协会',
          1,
          '无',
          '否',
        ],
        [20210002, '乙有限公司', '经验', '中国质量协会', { formula: '1+1', result: 2 }, '无', '否'],
      ],
    });
    const result = await importRegister(bytes, units);
    expect(result).toMatchObject({ format: 'xlsx', sheetName: '申报汇总', headerRowNumber: 2 });
    expect(result.rows.map((r) => r.application)).toEqual([
      {
        applicationNo: '20210001',
        applicantName: '某某有限公司',
        experienceTitle: '数字化质量',
        recommendingUnitId: 'u49',
        scope: 1,
        focusArea: 'none',
        isSme: false,
      },
      {
        applicationNo: '20210002',
        applicantName: '乙有限公司',
        experienceTitle: '经验',
        recommendingUnitId: 'u49',
        scope: 2,
        focusArea: 'none',
        isSme: false,
      },
    ]);
  });

  it('imports 245 rows in one go', async () => {
    const result = await importRegister(
      await xlsxBytes({ Sheet1: [header, ...registerRows(245)] }),
      units,
    );
    expect(result.rows).toHaveLength(245);
    expect(result.rows.filter((r) => r.problems.length > 0)).toEqual([]);
  });
});

describe('importRegister (unreadable files)', () => {
  it('says an encrypted workbook is encrypted', async () => {
    const error = await rejection(ole2Bytes('Root Entry', 'EncryptionInfo', 'EncryptedPackage'));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/^文件已加密/);
  });

  it('asks for a legacy .xls to be saved as .xlsx or CSV', async () => {
    expect((await rejection(ole2Bytes('Root Entry', 'Workbook'))).code).toBe('legacy-xls');
  });

  it('refuses a corrupt XLSX', async () => {
    const bytes = await xlsxBytes({ Sheet1: [header] });
    const error = await rejection(bytes.subarray(0, 200));
    expect(error.code).toBe('corrupt-xlsx');
  });

  it('refuses files that are no spreadsheet, empty files and files without the header', async () => {
    expect((await rejection(utf8('%PDF-1.7\n'))).message).toBe(
      '不是 CSV 或 XLSX 文件（是PDF） / not a CSV or XLSX file (it is a PDF)',
    );
    expect((await rejection(new Uint8Array([1, 0, 2, 0]))).code).toBe('unsupported-format');
    expect((await rejection(new Uint8Array())).code).toBe('empty');
    expect((await rejection(utf8('序号,名称\r\n1,甲\r\n'))).code).toBe('no-header');
  });
});
