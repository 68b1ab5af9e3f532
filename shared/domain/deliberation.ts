import { z } from 'zod';
import { AppError } from '../errors';
import { schemaRule } from '../errors/schema-rules';
import { groupExpertIds } from './group';
import type { GroupInRound } from './group-in-round';

const Id = z.string().min(1).max(64);

/** 合议结论. */
export const DeliberationDecisionSchema = z.enum([
  'enter-defense',
  'recommend',
  'not-recommend',
  'pending',
]);
export type DeliberationDecision = z.infer<typeof DeliberationDecisionSchema>;

export const deliberationDecisionLabels: Readonly<
  Record<DeliberationDecision, { zh: string; en: string }>
> = {
  'enter-defense': { zh: '进入答辩', en: 'Enter defense' },
  recommend: { zh: '推荐', en: 'Recommend' },
  'not-recommend': { zh: '不推荐', en: 'Do not recommend' },
  pending: { zh: '待定', en: 'Pending' },
};

/** 表决意见. */
export const VoteChoiceSchema = z.enum(['for', 'against', 'abstain']);
export type VoteChoice = z.infer<typeof VoteChoiceSchema>;

export const voteChoiceLabels: Readonly<Record<VoteChoice, { zh: string; en: string }>> = {
  for: { zh: '赞成', en: 'For' },
  against: { zh: '反对', en: 'Against' },
  abstain: { zh: '弃权', en: 'Abstain' },
};

export const VoteSchema = z.object({ expertId: Id, vote: VoteChoiceSchema });
export type Vote = z.infer<typeof VoteSchema>;

/**
 * 合议 (Articles 19, 20): a group's discussion and decision on one application in one round.
 * `groupId` names a Group (group.ts) the application is assigned to in that round; its votes
 * are counted by groupVoteOutcome.
 */
export const DeliberationSchema = z
  .object({
    groupId: Id,
    applicationId: Id,
    roundId: Id,
    notes: z.string().max(20_000),
    /** 合议评语. */
    consensusComment: z.string().max(20_000),
    consensusScore: z.number().min(0).optional(),
    decision: DeliberationDecisionSchema,
    votes: z.array(VoteSchema).max(100),
  })
  .refine((d) => new Set(d.votes.map((v) => v.expertId)).size === d.votes.length, {
    message: schemaRule('vote-once'),
    path: ['votes'],
  });
export type Deliberation = z.infer<typeof DeliberationSchema>;

/** An exact fraction, so that "two thirds" never meets float rounding. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

export interface DeliberationRule {
  /** Share of the group's members who must vote (be present) for the vote to count. */
  readonly quorum: Fraction;
  /** Share of the votes cast, abstentions included, that must be 'for'. */
  readonly pass: Fraction;
}

/** Two thirds present, two thirds of those present in favour (三分之二以上 includes two thirds). */
export const defaultDeliberationRule: DeliberationRule = {
  quorum: { numerator: 2, denominator: 3 },
  pass: { numerator: 2, denominator: 3 },
};

export interface DeliberationOutcome {
  readonly outcome: 'no-quorum' | 'passed' | 'rejected';
  readonly present: number;
  /** Fewest votes for a quorum: ⌈members × quorum⌉. */
  readonly requiredPresent: number;
  readonly forCount: number;
  readonly againstCount: number;
  readonly abstainCount: number;
  /** Fewest 'for' votes to pass: ⌈present × pass⌉. */
  readonly requiredFor: number;
}

/**
 * Counts a group's vote. Everyone who voted (abstaining included) is present; an abstention
 * therefore counts against passing, as in "到会专家三分之二以上同意". Thresholds are inclusive.
 */
export function deliberationOutcome(
  votes: readonly Pick<Vote, 'expertId' | 'vote'>[],
  memberCount: number,
  rule: DeliberationRule = defaultDeliberationRule,
): DeliberationOutcome {
  if (!Number.isInteger(memberCount) || memberCount < 1) {
    throw new RangeError(`专业组人数须为正整数：${memberCount}`);
  }
  const voted = new Set<string>();
  for (const { expertId } of votes) {
    if (voted.has(expertId)) throw new AppError('vote-repeated', { expertId });
    voted.add(expertId);
  }
  if (votes.length > memberCount) throw new RangeError('表决人数超过专业组人数');
  assertFraction(rule.quorum);
  assertFraction(rule.pass);

  const present = votes.length;
  const forCount = votes.filter((v) => v.vote === 'for').length;
  const againstCount = votes.filter((v) => v.vote === 'against').length;
  const requiredPresent = ceilTimes(memberCount, rule.quorum);
  const requiredFor = ceilTimes(present, rule.pass);
  const outcome =
    present < requiredPresent || present === 0
      ? 'no-quorum'
      : forCount >= requiredFor
        ? 'passed'
        : 'rejected';
  return {
    outcome,
    present,
    requiredPresent,
    forCount,
    againstCount,
    abstainCount: present - forCount - againstCount,
    requiredFor,
  };
}

/** ⌈n × fraction⌉ by integer arithmetic: ⌊(n·a + b − 1) / b⌋. */
function ceilTimes(n: number, { numerator, denominator }: Fraction): number {
  return Math.floor((n * numerator + denominator - 1) / denominator);
}

function assertFraction({ numerator, denominator }: Fraction): void {
  const valid =
    Number.isInteger(numerator) &&
    Number.isInteger(denominator) &&
    numerator > 0 &&
    denominator > 0 &&
    numerator <= denominator;
  if (!valid)
    throw new RangeError(`比例须为 0 < 分子 ≤ 分母 的整数分数：${numerator}/${denominator}`);
}

/**
 * Counts a group's vote on one application. The members are the group's leader and members
 * (groupExpertIds) less `excludedExpertIds`: those recused for the application and those who
 * dropped out with a recorded reason, who neither vote nor count towards the quorum. A ballot
 * from anyone else is refused.
 */
export function groupVoteOutcome(
  group: Pick<GroupInRound, 'leaderId' | 'memberIds'>,
  votes: readonly Pick<Vote, 'expertId' | 'vote'>[],
  excludedExpertIds: readonly string[] = [],
  rule: DeliberationRule = defaultDeliberationRule,
): DeliberationOutcome {
  const excluded = new Set(excludedExpertIds);
  const voters = new Set(groupExpertIds(group).filter((id) => !excluded.has(id)));
  const outsider = votes.find((v) => !voters.has(v.expertId));
  if (outsider !== undefined) {
    throw new AppError('voter-not-eligible', { expertId: outsider.expertId });
  }
  return deliberationOutcome(votes, voters.size, rule);
}
