import { describe, expect, it } from 'vitest';
import {
  RecommendingUnitSchema,
  addUnit,
  cleanSeedUnitName,
  nextUnitId,
  recommendingUnitQuota,
  removeUnit,
  renameUnit,
  setRanOwnActivity,
  validateUnitList,
  type RecommendingUnit,
} from '../../../shared/domain/recommending-unit';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';

const beijing: RecommendingUnit = {
  id: 'u01',
  name: '北京市经济和信息化局',
  kind: 'region',
  ranOwnBenchmarkActivity: false,
};
const machinery: RecommendingUnit = {
  id: 'u38',
  name: '中国机械工业联合会',
  kind: 'industry',
  ranOwnBenchmarkActivity: true,
};
const units: readonly RecommendingUnit[] = [beijing, machinery];

describe('RecommendingUnitSchema', () => {
  it('accepts a unit and trims its name', () => {
    expect(RecommendingUnitSchema.parse({ ...beijing, name: '  北京市经济和信息化局 ' })).toEqual(
      beijing,
    );
  });

  it('rejects whitespace inside a name with a message', () => {
    const result = RecommendingUnitSchema.safeParse({ ...beijing, name: '工业和信 息化厅' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('推荐单位名称中不能含有空格或换行');
    expect(RecommendingUnitSchema.safeParse({ ...beijing, name: '工业和\n信息化厅' }).success).toBe(
      false,
    );
    expect(
      RecommendingUnitSchema.safeParse({ ...beijing, name: '工业和\u3000信息化厅' }).success,
    ).toBe(false);
  });

  it('rejects an empty or over-long name', () => {
    expect(RecommendingUnitSchema.safeParse({ ...beijing, name: '   ' }).success).toBe(false);
    expect(RecommendingUnitSchema.safeParse({ ...beijing, name: '名'.repeat(60) }).success).toBe(
      true,
    );
    expect(RecommendingUnitSchema.safeParse({ ...beijing, name: '名'.repeat(61) }).success).toBe(
      false,
    );
  });

  it('accepts slug ids of 1–40 characters only', () => {
    for (const id of ['u50', 'a', 'shenzhen-2022', 'x'.repeat(40)]) {
      expect(RecommendingUnitSchema.safeParse({ ...beijing, id }).success).toBe(true);
    }
    for (const id of ['', 'U01', 'u 1', 'u_1', '北京', 'x'.repeat(41)]) {
      expect(RecommendingUnitSchema.safeParse({ ...beijing, id }).success).toBe(false);
    }
  });
});

describe('recommendingUnitQuota', () => {
  it('is 3, or 5 for a unit that ran its own benchmark activity (notice 一.(二).5)', () => {
    expect(recommendingUnitQuota(beijing)).toBe(3);
    expect(recommendingUnitQuota(machinery)).toBe(5);
  });
});

describe('cleanSeedUnitName', () => {
  it('removes spaces, line breaks and bookmark markers left by the conversion', () => {
    expect(cleanSeedUnitName('广西壮族自治区工业和信 息化厅')).toBe('广西壮族自治区工业和信息化厅');
    expect(cleanSeedUnitName('新疆生产建设兵团工业和\n信息化厅')).toBe(
      '新疆生产建设兵团工业和信息化厅',
    );
    expect(cleanSeedUnitName('[bookmark: bookmark69]北京市经济和信息化局 \r\n')).toBe(
      '北京市经济和信息化局',
    );
    expect(cleanSeedUnitName('中国质量协会')).toBe('中国质量协会');
  });
});

describe('addUnit', () => {
  it('appends a unit with the next free uNN id without touching the input', () => {
    const next = addUnit(recommendingUnits2021, { name: '某某行业协会', kind: 'industry' });
    expect(next).toHaveLength(50);
    expect(next.at(-1)).toEqual({
      id: 'u50',
      name: '某某行业协会',
      kind: 'industry',
      ranOwnBenchmarkActivity: false,
    });
    expect(recommendingUnits2021).toHaveLength(49);
  });

  it('keeps an id the office chose and trims the name', () => {
    const next = addUnit(units, {
      id: 'xiongan',
      name: ' 雄安新区改革发展局 ',
      kind: 'region',
      ranOwnBenchmarkActivity: true,
    });
    expect(next.at(-1)).toEqual({
      id: 'xiongan',
      name: '雄安新区改革发展局',
      kind: 'region',
      ranOwnBenchmarkActivity: true,
    });
  });

  it('refuses a duplicate name, a duplicate id or an invalid name', () => {
    expect(() => addUnit(units, { name: '中国机械工业联合会', kind: 'industry' })).toThrow(
      '推荐单位名称重复：中国机械工业联合会',
    );
    expect(() => addUnit(units, { id: 'u01', name: '新单位', kind: 'region' })).toThrow(
      '推荐单位编号重复：u01',
    );
    expect(() => addUnit(units, { name: '新 单位', kind: 'region' })).toThrow('不能含有空格');
  });
});

describe('renameUnit', () => {
  it('renames and keeps the id', () => {
    const next = renameUnit(units, 'u01', '北京市经济和信息化委员会');
    expect(next[0]).toEqual({ ...beijing, name: '北京市经济和信息化委员会' });
    expect(units[0]).toBe(beijing);
  });

  it('allows the same name again and refuses another unit’s name or an unknown id', () => {
    expect(renameUnit(units, 'u01', beijing.name)).toEqual(units);
    expect(() => renameUnit(units, 'u01', machinery.name)).toThrow('推荐单位名称重复');
    expect(() => renameUnit(units, 'u99', '任意')).toThrow('没有编号为 u99 的推荐单位');
    expect(() => renameUnit(units, 'u01', '')).toThrow('不能为空');
  });
});

describe('removeUnit', () => {
  it('removes by id and refuses an unknown id', () => {
    expect(removeUnit(units, 'u01')).toEqual([machinery]);
    expect(() => removeUnit(units, 'u02')).toThrow('没有编号为 u02 的推荐单位');
  });
});

describe('setRanOwnActivity', () => {
  it('raises the quota to 5 and back', () => {
    const raised = setRanOwnActivity(units, 'u01', true);
    expect(recommendingUnitQuota(raised[0] ?? beijing)).toBe(5);
    expect(recommendingUnitQuota(setRanOwnActivity(raised, 'u01', false)[0] ?? beijing)).toBe(3);
    expect(() => setRanOwnActivity(units, 'nope', true)).toThrow('没有编号');
  });
});

describe('nextUnitId', () => {
  it('counts on from the highest uNN id and ignores other ids', () => {
    expect(nextUnitId([])).toBe('u01');
    expect(
      nextUnitId([
        { ...beijing, id: 'u09' },
        { ...machinery, id: 'custom' },
      ]),
    ).toBe('u10');
    expect(nextUnitId([{ ...beijing, id: 'u99' }])).toBe('u100');
  });
});

describe('validateUnitList', () => {
  it('reports an empty list', () => {
    expect(validateUnitList([]).map((p) => p.code)).toEqual(['empty']);
  });

  it('reports duplicate ids and names with every position', () => {
    const list = [beijing, { ...machinery, id: 'u01' }, { ...machinery, id: 'u40' }];
    expect(validateUnitList(list)).toEqual([
      { code: 'duplicate-id', message: '推荐单位编号重复：u01', indexes: [0, 1] },
      { code: 'duplicate-name', message: '推荐单位名称重复：中国机械工业联合会', indexes: [1, 2] },
    ]);
  });

  it('reports an invalid unit by position', () => {
    const problems = validateUnitList([beijing, { ...machinery, name: '中国 机械' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid-unit', indexes: [1] });
    expect(problems[0]?.message).toContain('第 2 项');
  });
});
