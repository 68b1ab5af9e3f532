/** The year's recommending units live in the record: Attachment 2 until the office edits them. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  OfficeRecordSchema,
  emptyOfficeRecord,
  resetUnits,
  setUnits,
  unitsOf,
} from '../../../shared/office/office-record';

describe('the record’s unit list', () => {
  it('starts every record from the 49 units of Attachment 2, stored nowhere', () => {
    const record = emptyOfficeRecord(2026);
    expect(record.units).toBeUndefined();
    expect(unitsOf(record)).toHaveLength(49);
  });

  it('keeps each record its own list, and the record stays valid', () => {
    const base = emptyOfficeRecord(2025);
    const edited = setUnits(
      base,
      unitsOf(base).map((unit, i) => (i === 0 ? { ...unit, ranOwnBenchmarkActivity: true } : unit)),
    );
    expect(unitsOf(edited)[0]!.ranOwnBenchmarkActivity).toBe(true);
    expect(OfficeRecordSchema.parse(edited).units).toHaveLength(49);
    expect(unitsOf(emptyOfficeRecord(2026))[0]!.ranOwnBenchmarkActivity).toBe(false);
  });

  it('refuses a name given twice, naming it', () => {
    const record = emptyOfficeRecord(2026);
    const [first, second] = unitsOf(record);
    const refusal = (() => {
      try {
        setUnits(record, [first!, { ...second!, name: first!.name }]);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'units-repeated', params: { values: [first!.name] } });
  });

  it('resets to Attachment 2', () => {
    const record = emptyOfficeRecord(2026);
    const one = setUnits(record, [unitsOf(record)[0]!]);
    expect(unitsOf(one)).toHaveLength(1);
    const reset = resetUnits(one);
    expect(reset.units).toBeUndefined();
    expect(unitsOf(reset)).toHaveLength(49);
  });

  it('refuses an empty list in the record', () => {
    expect(OfficeRecordSchema.safeParse({ ...emptyOfficeRecord(2026), units: [] }).success).toBe(
      false,
    );
  });
});
