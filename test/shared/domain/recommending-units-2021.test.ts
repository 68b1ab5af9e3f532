import { describe, expect, it } from 'vitest';
import {
  RecommendingUnitSchema,
  cleanSeedUnitName,
  validateUnitList,
} from '../../../shared/domain/recommending-unit';
import { recommendingUnits2021 } from '../../../shared/domain/recommending-units-2021';
import { readSeedText } from '../seed-text';

const bookmark = String.raw`(?:\[bookmark:[^\]]*\])*`;
// A numbered entry as the conversion left it: "1. [bookmark]名称", "6 [bookmark].名称", "32, 名称".
const numberedLine = new RegExp(String.raw`^\s*${bookmark}\s*(\d+)\s*${bookmark}\s*[.,]\s*(.*)$`);

/** Attachment 2's numbered entries, a continuation line joined to its entry with its line break. */
function seedUnitEntries(): { number: number; raw: string }[] {
  const text = readSeedText();
  const attachment = text.slice(text.lastIndexOf('推荐单位名录') + '推荐单位名录'.length);
  const entries: { number: number; raw: string }[] = [];
  for (const line of attachment.split('\n')) {
    const match = numberedLine.exec(line);
    const last = entries.at(-1);
    if (match) entries.push({ number: Number(match[1]), raw: match[2] ?? '' });
    else if (last && line.trim() !== '') last.raw += `\n${line}`;
  }
  return entries;
}

describe('recommendingUnits2021', () => {
  it('holds exactly the 49 units of Attachment 2, ids u01 to u49 in order', () => {
    expect(recommendingUnits2021).toHaveLength(49);
    expect(recommendingUnits2021.map((u) => u.id)).toEqual(
      Array.from({ length: 49 }, (_, i) => `u${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('has clean names: no whitespace, each unique and valid', () => {
    for (const unit of recommendingUnits2021) {
      expect(unit.name).not.toMatch(/\s/);
      expect(RecommendingUnitSchema.parse(unit)).toEqual(unit);
    }
    expect(validateUnitList(recommendingUnits2021)).toEqual([]);
  });

  it('has the same names as the seed lines once cleanSeedUnitName repairs them', () => {
    const entries = seedUnitEntries();
    expect(entries.map((e) => e.number)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    // The seed really is damaged: a split line and spaces inside names.
    expect(entries.some((e) => e.raw.includes('\n'))).toBe(true);
    expect(entries.some((e) => /\S\s+\S/.test(e.raw.replace(/\[bookmark:[^\]]*\]/g, '')))).toBe(
      true,
    );
    expect(entries.map((e) => cleanSeedUnitName(e.raw))).toEqual(
      recommendingUnits2021.map((u) => u.name),
    );
  });

  it('makes units 1–37 regions and 38–49 industry associations', () => {
    recommendingUnits2021.forEach((unit, index) => {
      expect(unit.kind).toBe(index < 37 ? 'region' : 'industry');
    });
    expect(recommendingUnits2021[36]?.name).toBe('新疆生产建设兵团工业和信息化厅');
    expect(recommendingUnits2021[48]?.name).toBe('中国质量协会');
  });

  it('starts every unit without its own benchmark activity', () => {
    expect(recommendingUnits2021.every((u) => !u.ranOwnBenchmarkActivity)).toBe(true);
  });

  it('cannot be mutated in place', () => {
    expect(Object.isFrozen(recommendingUnits2021)).toBe(true);
    expect(recommendingUnits2021.every((u) => Object.isFrozen(u))).toBe(true);
  });
});
