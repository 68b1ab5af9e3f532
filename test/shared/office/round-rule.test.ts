/** 表决规则 of a round in the office record (issue 11, point 1): bounds, typing, setting. */
import { describe, expect, it } from 'vitest';
import { defaultDeliberationRule } from '../../../shared/domain/deliberation';
import {
  addMaterialRound,
  emptyOfficeRecord,
  OfficeRecordSchema,
  roundRuleOf,
  setRoundRule,
  setRoundStatus,
  type OfficeRecord,
} from '../../../shared/office/office-record';
import { OfficeRoundSchema } from '../../../shared/office/office-round';
import {
  formatRuleShare,
  isRuleShare,
  parseRuleShare,
  RoundRuleSchema,
} from '../../../shared/office/round-rule';

const f = (numerator: number, denominator: number) => ({ numerator, denominator });

function draftRound(): OfficeRecord {
  return addMaterialRound(emptyOfficeRecord(2021), {
    id: 'r1',
    createdAt: '2021-07-01T09:00:00+08:00',
  });
}

describe('a rule share', () => {
  it('is above one half and at most one, with a denominator of at most 100', () => {
    for (const share of [f(2, 3), f(3, 4), f(1, 1), f(51, 100), f(4, 7), f(100, 100)]) {
      expect(isRuleShare(share), formatRuleShare(share)).toBe(true);
    }
    for (const share of [
      f(1, 2),
      f(2, 4),
      f(50, 100),
      f(0, 3),
      f(4, 3),
      f(1, 3),
      f(101, 101),
      f(2, 0),
      f(1.5, 2),
    ]) {
      expect(isRuleShare(share), formatRuleShare(share)).toBe(false);
    }
  });

  it('is checked by the schema the record and the manifest keep', () => {
    expect(RoundRuleSchema.safeParse({ quorum: f(3, 4), pass: f(2, 3) }).success).toBe(true);
    expect(RoundRuleSchema.safeParse({ quorum: f(1, 2), pass: f(2, 3) }).success).toBe(false);
    expect(RoundRuleSchema.safeParse({ quorum: f(3, 4), pass: f(5, 4) }).success).toBe(false);
    expect(RoundRuleSchema.safeParse({ quorum: f(3, 4) }).success).toBe(false);
    expect(
      RoundRuleSchema.safeParse({ quorum: { ...f(3, 4), extra: 1 }, pass: f(2, 3) }).success,
    ).toBe(false);
    const round = draftRound().rounds[0]!;
    expect(OfficeRoundSchema.safeParse(round).success).toBe(true);
    expect(
      OfficeRoundSchema.safeParse({
        ...round,
        deliberationRule: { quorum: f(1, 3), pass: f(2, 3) },
      }).success,
    ).toBe(false);
  });

  it('is read as typed: half-width or full-width digits and slash, spaces around', () => {
    expect(parseRuleShare('2/3')).toEqual(f(2, 3));
    expect(parseRuleShare('２／３')).toEqual(f(2, 3));
    expect(parseRuleShare(' 3 / 4 ')).toEqual(f(3, 4));
    expect(parseRuleShare('１')).toEqual(f(1, 1));
    // Read, not judged: the bounds are isRuleShare's.
    expect(parseRuleShare('1/2')).toEqual(f(1, 2));
    for (const text of ['', '2/0', '三分之二', '0.67', '2/3/4', '-2/3', '2/', '/3', '66%']) {
      expect(parseRuleShare(text), text).toBeNull();
    }
  });
});

describe('the round rule', () => {
  it('is the default, two thirds each, until the office sets one', () => {
    expect(roundRuleOf(draftRound().rounds[0]!)).toEqual(defaultDeliberationRule);
  });

  it('is set on a draft round, goes back to the default, and is refused out of bounds or sealed', () => {
    let c = setRoundRule(draftRound(), 'r1', { quorum: f(3, 4), pass: f(4, 5) });
    expect(c.rounds[0]!.deliberationRule).toEqual({ quorum: f(3, 4), pass: f(4, 5) });
    expect(roundRuleOf(c.rounds[0]!)).toEqual({ quorum: f(3, 4), pass: f(4, 5) });
    expect(OfficeRecordSchema.safeParse(c).success).toBe(true);

    expect(() => setRoundRule(c, 'r1', { quorum: f(1, 2), pass: f(2, 3) })).toThrow(
      expect.objectContaining({ code: 'round-rule-invalid', params: { part: 'quorum' } }),
    );
    expect(() => setRoundRule(c, 'r1', { quorum: f(2, 3), pass: f(3, 2) })).toThrow(
      expect.objectContaining({ code: 'round-rule-invalid', params: { part: 'pass' } }),
    );
    expect(() => setRoundRule(c, 'r9', null)).toThrow(
      expect.objectContaining({ code: 'round-not-found' }),
    );
    expect(() =>
      setRoundRule(setRoundStatus(c, 'r1', 'open'), 'r1', { quorum: f(2, 3), pass: f(2, 3) }),
    ).toThrow(expect.objectContaining({ code: 'round-sealed' }));
    expect(() => setRoundRule(setRoundStatus(c, 'r1', 'open'), 'r1', null)).toThrow(
      expect.objectContaining({ code: 'round-sealed' }),
    );

    c = setRoundRule(c, 'r1', null);
    expect('deliberationRule' in c.rounds[0]!).toBe(false);
    expect(roundRuleOf(c.rounds[0]!)).toEqual(defaultDeliberationRule);
  });
});
