/**
 * 表决规则 of a round (issue 11, point 1): the quorum and the pass share its groups' ballots are
 * counted with (shared/domain/deliberation.ts). The office sets it per round; until it does, the
 * round carries the default, two thirds each. Sealing writes the round's rule into every manifest,
 * and the leader's deliberation counts with the rule of the package.
 */
import { z } from 'zod';
import { defaultDeliberationRule } from '../domain/deliberation';
import type { DeliberationRule, Fraction } from '../domain/deliberation';
import { AppError } from '../errors';
import type { OfficeRecord } from './office-record-fields';
import type { OfficeRound } from './office-round';

/** Largest denominator a rule may name: a group is a handful of people, a committee at most tens. */
export const RULE_MAX_DENOMINATOR = 100;

/**
 * Whether a share is allowed in a rule: an exact fraction strictly above one half and at most one.
 * The regulation (管理办法, Articles 19 and 20) only says each group decides "经专家组合议", with no
 * share; the bounds are ours. More than half for the quorum, so a minority of the group never
 * decides for it; more than half to pass, so two contrary proposals can never both pass among the
 * same members present.
 */
export function isRuleShare(f: Fraction): boolean {
  const { numerator: a, denominator: b } = f;
  return (
    Number.isInteger(a) &&
    Number.isInteger(b) &&
    b >= 1 &&
    b <= RULE_MAX_DENOMINATOR &&
    a <= b &&
    2 * a > b
  );
}

const RuleShareSchema = z
  .strictObject({
    numerator: z.number().int().positive().max(RULE_MAX_DENOMINATOR),
    denominator: z.number().int().positive().max(RULE_MAX_DENOMINATOR),
  })
  .refine(isRuleShare);

/** A round's deliberation rule as the office record and the manifest keep it. */
export const RoundRuleSchema = z.strictObject({ quorum: RuleShareSchema, pass: RuleShareSchema });
export type RoundRule = z.infer<typeof RoundRuleSchema>;

/** The round's rule: the office's when it set one, the default otherwise. */
export function roundRuleOf(round: Pick<OfficeRound, 'deliberationRule'>): DeliberationRule {
  return round.deliberationRule ?? defaultDeliberationRule;
}

const FULL_WIDTH = /[\uFF10-\uFF19]/g;

/**
 * A share as a person types it: "2/3", "２／３" (full-width digits and slash), "1" for all; spaces
 * around are ignored. Null when it is not a fraction of whole numbers (the bounds are not checked).
 */
export function parseRuleShare(text: string): Fraction | null {
  const plain = text
    .replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF0F\u2044\u2215]/g, '/')
    .replace(/\s+/g, '');
  const match = /^(\d{1,4})(?:\/(\d{1,4}))?$/.exec(plain);
  if (!match) return null;
  const numerator = Number(match[1]);
  const denominator = match[2] === undefined ? 1 : Number(match[2]);
  if (denominator === 0) return null;
  return { numerator, denominator };
}

/** "2/3". */
export function formatRuleShare(f: Fraction): string {
  return `${f.numerator}/${f.denominator}`;
}

/**
 * Sets the rule of a round not yet sealed (the packages already out carry the old rule), as the
 * undertaking is; `null` goes back to the default.
 */
export function setRoundRule(
  c: OfficeRecord,
  roundId: string,
  rule: DeliberationRule | null,
): OfficeRecord {
  const current = c.rounds.find((r) => r.round.id === roundId);
  if (!current) throw new AppError('round-not-found', { roundId });
  if (current.round.status !== 'draft') {
    throw new AppError('round-sealed', { roundName: current.round.name });
  }
  const { deliberationRule: _old, ...rest } = current;
  let updated: OfficeRound = rest;
  if (rule !== null) {
    for (const part of ['quorum', 'pass'] as const) {
      if (!isRuleShare(rule[part])) throw new AppError('round-rule-invalid', { part });
    }
    updated = {
      ...rest,
      deliberationRule: {
        quorum: { numerator: rule.quorum.numerator, denominator: rule.quorum.denominator },
        pass: { numerator: rule.pass.numerator, denominator: rule.pass.denominator },
      },
    };
  }
  return { ...c, rounds: c.rounds.map((r) => (r.round.id === roundId ? updated : r)) };
}
