import { describe, expect, it } from 'vitest';
import { ObjectionSchema, objectionStatusLabels } from '../../../shared/domain/objection';

const objection = {
  id: 'o1',
  applicationId: 'a1',
  receivedAt: '2021-09-10',
  summary: '申报数据与年报不符',
  status: 'received' as const,
  findings: '',
};

describe('ObjectionSchema', () => {
  it('accepts a received objection with no findings yet', () => {
    expect(ObjectionSchema.parse(objection)).toEqual(objection);
    expect(objectionStatusLabels['referred-to-committee'].zh).toBe('已报评审委员会审议');
  });

  it('requires findings before it is upheld or dismissed', () => {
    expect(ObjectionSchema.safeParse({ ...objection, status: 'upheld' }).success).toBe(false);
    expect(ObjectionSchema.safeParse({ ...objection, status: 'dismissed' }).success).toBe(false);
    expect(
      ObjectionSchema.safeParse({ ...objection, status: 'dismissed', findings: '经核实数据无误' })
        .success,
    ).toBe(true);
  });

  it('takes a calendar date, not a timestamp', () => {
    expect(
      ObjectionSchema.safeParse({ ...objection, receivedAt: '2021-09-10T08:00:00Z' }).success,
    ).toBe(false);
    expect(ObjectionSchema.safeParse({ ...objection, receivedAt: '2021-13-01' }).success).toBe(
      false,
    );
  });
});
