/**
 * 合议记录: what the group records while it deliberates on an application (Articles 19 and 20;
 * issue 11, point 1), one typed record per act, kept in order. The members' independent scores
 * stay frozen as submitted: a score changed in deliberation is a `score-change` record with one
 * of the fixed reasons of Chinese bid evaluation, and both are kept and shown. The leader's
 * journal will hold these records one per entry (docs/merge.md, "Deliberation records").
 */
import { z } from 'zod';
import { BundleIdText } from '../bundle/bundle-fields';
import { VoteChoiceSchema } from '../domain/deliberation';
import type { RoundKind } from '../domain/round-kind';

const Id = BundleIdText;
/** A written text the group records (notes, opinions, reasons): never empty, bounded. */
const Text = z.string().trim().min(1).max(20_000);

/** Why a member's score was changed in deliberation: a fixed list, and 其他 with its text. */
export const ScoreChangeReasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('summation-error') }),
  z.strictObject({ code: z.literal('part-out-of-range') }),
  z.strictObject({ code: z.literal('objective-factor-error') }),
  z.strictObject({ code: z.literal('other'), text: Text }),
]);
export type ScoreChangeReason = z.infer<typeof ScoreChangeReasonSchema>;

export const scoreChangeReasonLabels: Readonly<
  Record<ScoreChangeReason['code'], { zh: string; en: string }>
> = {
  'summation-error': { zh: '分值汇总计算错误', en: 'Error in adding up the scores' },
  'part-out-of-range': { zh: '分项评分超出范围', en: 'A part score outside its range' },
  'objective-factor-error': {
    zh: '客观因素评分错误',
    en: 'An objective factor scored wrongly',
  },
  other: { zh: '其他', en: 'Other' },
};

/** 合议结论 of a group: 入围答辩 or not in the material round; 推荐 / 不推荐 in the defense round. */
export const GroupDecisionSchema = z.enum([
  'enter-defense',
  'not-enter-defense',
  'recommend',
  'not-recommend',
]);
export type GroupDecision = z.infer<typeof GroupDecisionSchema>;

export const groupDecisionLabels: Readonly<Record<GroupDecision, { zh: string; en: string }>> = {
  'enter-defense': { zh: '入围答辩', en: 'Enter the defense' },
  'not-enter-defense': { zh: '不入围答辩', en: 'Not to the defense' },
  recommend: { zh: '推荐', en: 'Recommend' },
  'not-recommend': { zh: '不推荐', en: 'Do not recommend' },
};

/** The decisions a round allows. */
export const decisionsOfRound: Readonly<Record<RoundKind, readonly GroupDecision[]>> = {
  material: ['enter-defense', 'not-enter-defense'],
  defense: ['recommend', 'not-recommend'],
};

/** 分值修正: one part of one member's score changed in deliberation; the submitted one stays. */
export const ScoreChangeSchema = z.strictObject({
  kind: z.literal('score-change'),
  applicationId: Id,
  expertId: Id,
  partId: Id,
  /** The score before: as submitted, or as the previous change of this part left it. */
  from: z.number().finite().min(0),
  to: z.number().finite().min(0),
  reason: ScoreChangeReasonSchema,
});

/** 偏离说明: a deviating member's explanation of a score the merge flagged. */
export const DeviationExplanationSchema = z.strictObject({
  kind: z.literal('deviation-explanation'),
  applicationId: Id,
  expertId: Id,
  /** 'total' or the criterion id of the warning. */
  scope: Id,
  text: Text,
});

/** 讨论记录. */
export const DiscussionNoteSchema = z.strictObject({
  kind: z.literal('discussion-note'),
  applicationId: Id,
  text: Text,
});

/** 无需讨论: the discussion skipped, allowed only with every member's mark from their bundle. */
export const SkipDiscussionSchema = z.strictObject({
  kind: z.literal('skip-discussion'),
  applicationId: Id,
});

/**
 * Going on without someone, with the reason written: a member who dropped out (退出, not counted
 * in the quorum from then on); one whose bundle has no section for the application because the
 * office recorded a conflict (the application was never in their package: recused, not counted);
 * or one whose review is simply missing (still counted).
 */
export const AbsenceSchema = z.strictObject({
  kind: z.literal('absence'),
  applicationId: Id,
  expertId: Id,
  cause: z.enum(['dropped-out', 'recused-by-office', 'missing-review']),
  reason: Text,
});

/** 表决: one ballot round on a proposed decision; every round is kept. */
export const BallotSchema = z.strictObject({
  kind: z.literal('ballot'),
  applicationId: Id,
  /** 1, 2, 3… per application. */
  ballotNo: z.number().int().positive(),
  proposal: GroupDecisionSchema,
  /** 记名 (each member's vote recorded) or 无记名 (only the counts, as from paper ballots). */
  ballot: z.discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('open'),
      votes: z.array(z.strictObject({ expertId: Id, vote: VoteChoiceSchema })).max(100),
    }),
    z.strictObject({
      mode: z.literal('secret'),
      counts: z.strictObject({
        for: z.number().int().min(0),
        against: z.number().int().min(0),
        abstain: z.number().int().min(0),
      }),
    }),
  ]),
});

/** 不同意见: a member who disagrees, with written reasons. */
export const DissentSchema = z.strictObject({
  kind: z.literal('dissent'),
  applicationId: Id,
  expertId: Id,
  reasons: Text,
});

/** 合议得分与合议意见. */
export const ConsensusSchema = z.strictObject({
  kind: z.literal('consensus'),
  applicationId: Id,
  score: z.number().finite().min(0),
  opinion: Text,
});

/** 合议结论. */
export const DecisionSchema = z.strictObject({
  kind: z.literal('decision'),
  applicationId: Id,
  decision: GroupDecisionSchema,
});

export const DeliberationRecordSchema = z.discriminatedUnion('kind', [
  ScoreChangeSchema,
  DeviationExplanationSchema,
  DiscussionNoteSchema,
  SkipDiscussionSchema,
  AbsenceSchema,
  BallotSchema,
  DissentSchema,
  ConsensusSchema,
  DecisionSchema,
]);
export type DeliberationRecord = z.infer<typeof DeliberationRecordSchema>;

/** The records of a deliberation, in the order they were made (at most a few thousand). */
export const DeliberationRecordsSchema = z.array(DeliberationRecordSchema).max(10_000);
