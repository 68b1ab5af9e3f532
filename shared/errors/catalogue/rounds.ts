/** Review rounds, their rubrics, and the defense round built from the material round's shortlist. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';
import { listOf } from '../figures';

export interface RoundErrorParams {
  'round-not-found': { readonly roundId: string };
  'round-id-taken': { readonly roundId: string };
  /** A sealed round is not edited. */
  'round-sealed': { readonly roundName: string };
  /** A sealed round's groups and assignments are not edited. */
  'round-sealed-assignments': { readonly roundName: string };
  'round-status-backwards': {
    readonly roundName: string;
    readonly from: string;
    readonly to: string;
  };
  'rubric-round-kind-mismatch': NoParams;
  /** The rubric's problems, in the words validateRubric reports them (Chinese). */
  'rubric-unusable': { readonly problems: readonly string[] };
  'criterion-not-found': { readonly criterionId: string };
  'not-a-material-round': { readonly roundId: string };
  'shortlist-empty': NoParams;
  'shortlist-repeated': { readonly applicationIds: readonly string[] };
  'shortlist-outside-round': {
    readonly roundId: string;
    readonly applicationIds: readonly string[];
  };
  'defense-rubric-required': NoParams;
}

export const roundCatalogue: CatalogueOf<RoundErrorParams> = {
  'round-not-found': {
    kind: 'refused',
    zh: ({ roundId }) => `评审轮次 ${roundId} 不存在。`,
    en: ({ roundId }) => `No such review round: ${roundId}.`,
  },
  'round-id-taken': {
    kind: 'refused',
    zh: ({ roundId }) => `评审轮次编号 ${roundId} 已被使用。`,
    en: ({ roundId }) => `Round id ${roundId} is taken.`,
  },
  'round-sealed': {
    kind: 'refused',
    zh: ({ roundName }) => `评审轮次 ${roundName}已封装，不能再修改。`,
    en: ({ roundName }) => `The round ${roundName} is sealed; it can no longer change.`,
  },
  'round-sealed-assignments': {
    kind: 'refused',
    zh: ({ roundName }) => `评审轮次 ${roundName}已封装，不能再改分组。`,
    en: ({ roundName }) => `The round ${roundName} is sealed; its groups can no longer change.`,
  },
  'round-status-backwards': {
    kind: 'refused',
    zh: ({ roundName, from, to }) => `评审轮次 ${roundName}不能从“${from}”退回“${to}”。`,
    en: ({ roundName, from, to }) =>
      `The round ${roundName} cannot go back from “${from}” to “${to}”.`,
  },
  'rubric-round-kind-mismatch': fixedWords(
    '评分细则的轮次类型与评审轮次不一致。',
    'The rubric is for another kind of round.',
  ),
  'rubric-unusable': {
    kind: 'refused',
    zh: ({ problems }) => `评分细则不可用：${problems.join('；')}。`,
    en: ({ problems }) => `The rubric cannot be used: ${problems.length} problem(s).`,
  },
  'criterion-not-found': {
    kind: 'refused',
    zh: ({ criterionId }) => `没有编号为 ${criterionId} 的评审标准。`,
    en: ({ criterionId }) => `No criterion has the id ${criterionId}.`,
  },
  'not-a-material-round': {
    kind: 'refused',
    zh: ({ roundId }) => `评审轮次 ${roundId} 不是资料评审，不能据此建立答辩评审。`,
    en: ({ roundId }) => `Round ${roundId} is no material review; a defense round starts from one.`,
  },
  'shortlist-empty': fixedWords('入围答辩名单为空。', 'The defense shortlist is empty.'),
  'shortlist-repeated': {
    kind: 'refused',
    zh: ({ applicationIds }) => `入围答辩名单中有重复：${listOf(applicationIds, 'zh-CN')}。`,
    en: ({ applicationIds }) => `The shortlist names these twice: ${listOf(applicationIds, 'en')}.`,
  },
  'shortlist-outside-round': {
    kind: 'refused',
    zh: ({ roundId, applicationIds }) =>
      `以下申报经验不在资料评审 ${roundId} 中：${listOf(applicationIds, 'zh-CN')}。`,
    en: ({ roundId, applicationIds }) =>
      `Not in the material round ${roundId}: ${listOf(applicationIds, 'en')}.`,
  },
  'defense-rubric-required': fixedWords(
    '答辩评审须使用答辩评审的评分细则。',
    'A defense round takes a defense rubric.',
  ),
};
