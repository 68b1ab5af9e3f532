import { z } from 'zod';
import { AppError, parseOrThrow } from '../errors';
import { schemaRule } from '../errors/schema-rules';

/** Stable id of a recommending unit: 'u01'…'u49' for the seed's list, any slug for new ones. */
export const UnitIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, schemaRule('unit-id-format'));

export const UnitNameSchema = z
  .string()
  .trim()
  .min(1, schemaRule('unit-name-empty'))
  .max(60, schemaRule('unit-name-too-long'))
  .refine((name) => !/\s/.test(name), schemaRule('unit-name-whitespace'));

export const UnitKindSchema = z.enum(['region', 'industry']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const unitKindLabels: Readonly<Record<UnitKind, { zh: string; en: string }>> = {
  region: { zh: '地方工信主管部门', en: 'Regional authority' },
  industry: { zh: '全国性行业协会', en: 'Industry association' },
};

/** 推荐单位 (Article 7, Attachment 2). */
export const RecommendingUnitSchema = z.object({
  id: UnitIdSchema,
  name: UnitNameSchema,
  kind: UnitKindSchema,
  /** Ran its own regional or industry benchmark activity this year, which raises its quota. */
  ranOwnBenchmarkActivity: z.boolean(),
});
export type RecommendingUnit = z.infer<typeof RecommendingUnitSchema>;

/** 推荐名额, notice 一.(二).5: 3 experiences, or 5 for a unit that ran its own activity. */
export function recommendingUnitQuota(
  unit: Pick<RecommendingUnit, 'ranOwnBenchmarkActivity'>,
): 3 | 5 {
  return unit.ranOwnBenchmarkActivity ? 5 : 3;
}

/**
 * Undoes the damage the seed's PDF-to-text conversion did to a unit name: spaces and line breaks
 * inside the name ("工业和信 息化厅") and `[bookmark: …]` markers. No real unit name has whitespace.
 */
export function cleanSeedUnitName(raw: string): string {
  return raw.replace(/\[bookmark:[^\]]*\]/g, '').replace(/\s+/g, '');
}

// The office's list for a year: pure edits, each returning a new array or throwing in Chinese.

/** What the office enters to add a unit; without an id the next free 'uNN' is used. */
export interface NewRecommendingUnit {
  readonly id?: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly ranOwnBenchmarkActivity?: boolean;
}

/** Adds a unit to a year's list; throws on an invalid unit or a duplicate id or name. */
export function addUnit(
  units: readonly RecommendingUnit[],
  input: NewRecommendingUnit,
): RecommendingUnit[] {
  const unit = parseUnit({
    id: input.id ?? nextUnitId(units),
    name: input.name,
    kind: input.kind,
    ranOwnBenchmarkActivity: input.ranOwnBenchmarkActivity ?? false,
  });
  if (units.some((u) => u.id === unit.id))
    throw new AppError('unit-id-repeated', { unitId: unit.id });
  assertNameFree(units, unit.name, undefined);
  return [...units, unit];
}

/** Renames a unit, keeping its id; throws on an unknown id, an invalid or duplicate name. */
export function renameUnit(
  units: readonly RecommendingUnit[],
  id: string,
  name: string,
): RecommendingUnit[] {
  const current = findUnit(units, id);
  const renamed = parseUnit({ ...current, name });
  assertNameFree(units, renamed.name, id);
  return units.map((u) => (u.id === id ? renamed : u));
}

/** Removes a unit; throws on an unknown id. An empty list is reported by validateUnitList. */
export function removeUnit(units: readonly RecommendingUnit[], id: string): RecommendingUnit[] {
  findUnit(units, id);
  return units.filter((u) => u.id !== id);
}

/** Records whether the unit ran its own benchmark activity (quota 5 instead of 3). */
export function setRanOwnActivity(
  units: readonly RecommendingUnit[],
  id: string,
  ranOwnBenchmarkActivity: boolean,
): RecommendingUnit[] {
  findUnit(units, id);
  return units.map((u) => (u.id === id ? { ...u, ranOwnBenchmarkActivity } : u));
}

/** The smallest 'uNN' above every existing 'uNN' id, two digits at least ('u50' after 'u49'). */
export function nextUnitId(units: readonly RecommendingUnit[]): string {
  let highest = 0;
  for (const { id } of units) {
    const match = /^u(\d+)$/.exec(id);
    if (match?.[1] !== undefined) highest = Math.max(highest, Number(match[1]));
  }
  return `u${String(highest + 1).padStart(2, '0')}`;
}

function findUnit(units: readonly RecommendingUnit[], id: string): RecommendingUnit {
  const unit = units.find((u) => u.id === id);
  if (!unit) throw new AppError('unit-not-found', { unitId: id });
  return unit;
}

function assertNameFree(
  units: readonly RecommendingUnit[],
  name: string,
  exceptId: string | undefined,
): void {
  if (units.some((u) => u.name === name && u.id !== exceptId)) {
    throw new AppError('unit-name-repeated', { unitName: name });
  }
}

function parseUnit(candidate: RecommendingUnit): RecommendingUnit {
  return parseOrThrow(RecommendingUnitSchema, candidate, 'unit');
}

// Checking a whole list, e.g. before `units:save`.

/** One thing wrong with a year's list of recommending units. */
export interface UnitListProblem {
  readonly code: 'empty' | 'invalid-unit' | 'duplicate-id' | 'duplicate-name';
  readonly message: string;
  /** Positions in the list the problem concerns (all holders of a duplicate). */
  readonly indexes: readonly number[];
}

/** Checks a whole list: not empty, each unit valid, ids and names unique. [] when fine. */
export function validateUnitList(units: readonly RecommendingUnit[]): UnitListProblem[] {
  if (units.length === 0) {
    return [{ code: 'empty', message: '推荐单位名录不能为空', indexes: [] }];
  }
  const problems: UnitListProblem[] = [];
  units.forEach((unit, index) => {
    const parsed = RecommendingUnitSchema.safeParse(unit);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => i.message).join('；');
      problems.push({
        code: 'invalid-unit',
        message: `第 ${index + 1} 项：${detail}`,
        indexes: [index],
      });
    }
  });
  for (const [id, indexes] of duplicates(units.map((u) => u.id))) {
    problems.push({ code: 'duplicate-id', message: `推荐单位编号重复：${id}`, indexes });
  }
  for (const [name, indexes] of duplicates(units.map((u) => u.name))) {
    problems.push({ code: 'duplicate-name', message: `推荐单位名称重复：${name}`, indexes });
  }
  return problems;
}

function duplicates(values: readonly string[]): [string, number[]][] {
  const positions = new Map<string, number[]>();
  values.forEach((value, index) => {
    const seen = positions.get(value);
    if (seen) seen.push(index);
    else positions.set(value, [index]);
  });
  return [...positions].filter(([, indexes]) => indexes.length > 1);
}
