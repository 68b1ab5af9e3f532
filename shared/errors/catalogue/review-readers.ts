/**
 * Who may read a review (issue 10, point 4): designating the stand-in for a conflicted group
 * leader, the round's confidentiality undertaking, and sealing refused because the reader rule
 * cannot be met for an application.
 */
import type { CatalogueOf } from '../catalogue-entry';

/** Why an application's reviews would have no proper reader (shared/domain/review-readers.ts). */
export type ReviewReaderBlock =
  'no-stand-in' | 'stand-in-not-member' | 'stand-in-conflicted' | 'office-only';

export interface ReviewReadersErrorParams {
  /** The leader is not in conflict with the application: the leader reads its reviews. */
  'stand-in-not-needed': { readonly applicationId: string };
  /** The application is assigned to no group in the round, so it has no leader to stand in for. */
  'stand-in-no-group': { readonly applicationId: string };
  'stand-in-not-eligible': {
    readonly applicationId: string;
    readonly expertId: string;
    readonly reason: 'not-member' | 'conflicted';
  };
  'stand-in-not-designated': { readonly applicationId: string };
  /** A closed round's readers no longer change. */
  'stand-in-round-closed': { readonly roundName: string };
  'undertaking-empty': { readonly roundName: string };
  'undertaking-too-long': { readonly max: number };
  /** Sealing refused: for these applications nobody proper could read the reviews. */
  'review-readers-blocked': {
    readonly applications: readonly {
      readonly applicationId: string;
      readonly applicationNo: string;
      readonly problem: ReviewReaderBlock;
    }[];
  };
}

const zhBlock: Readonly<Record<ReviewReaderBlock, string>> = {
  'no-stand-in': '组长须回避，尚未指定代行组长',
  'stand-in-not-member': '指定的代行组长不是该专业组的组员',
  'stand-in-conflicted': '指定的代行组长也须回避',
  'office-only': '除办公室外无人可阅其评审意见（组长、主任委员、副主任委员均须回避）',
};
const enBlock: Readonly<Record<ReviewReaderBlock, string>> = {
  'no-stand-in': 'its group leader is in conflict and no stand-in is designated',
  'stand-in-not-member': 'the designated stand-in is not a member of its group',
  'stand-in-conflicted': 'the designated stand-in is in conflict with it too',
  'office-only':
    'nobody but the office could read its reviews (leader, chair and vice-chair all in conflict)',
};

export const reviewReadersCatalogue: CatalogueOf<ReviewReadersErrorParams> = {
  'stand-in-not-needed': {
    kind: 'refused',
    zh: ({ applicationId }) =>
      `申报经验 ${applicationId} 的组长无须回避，由组长阅评，无须指定代行组长。`,
    en: ({ applicationId }) =>
      `The group leader is not in conflict with application ${applicationId}; no stand-in is needed.`,
  },
  'stand-in-no-group': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报经验 ${applicationId} 在本轮尚未分配专业组。`,
    en: ({ applicationId }) => `Application ${applicationId} is in no group in this round.`,
  },
  'stand-in-not-eligible': {
    kind: 'refused',
    zh: ({ applicationId, expertId, reason }) =>
      reason === 'conflicted'
        ? `专家 ${expertId} 须回避申报经验 ${applicationId}，不能代行组长。`
        : `专家 ${expertId} 不是申报经验 ${applicationId} 所在专业组的组员，不能代行组长。`,
    en: ({ applicationId, expertId, reason }) =>
      reason === 'conflicted'
        ? `Expert ${expertId} is in conflict with application ${applicationId} and cannot stand in.`
        : `Expert ${expertId} is not a member of application ${applicationId}'s group and cannot stand in.`,
  },
  'stand-in-not-designated': {
    kind: 'not-found',
    zh: ({ applicationId }) => `申报经验 ${applicationId} 没有指定代行组长。`,
    en: ({ applicationId }) => `No stand-in is designated for application ${applicationId}.`,
  },
  'stand-in-round-closed': {
    kind: 'refused',
    zh: ({ roundName }) => `评审轮次 ${roundName}已结束，不能再指定代行组长。`,
    en: ({ roundName }) => `The round ${roundName} is closed; its stand-ins no longer change.`,
  },
  'undertaking-empty': {
    kind: 'invalid-input',
    zh: ({ roundName }) => `${roundName}的保密承诺不能为空。`,
    en: ({ roundName }) => `The confidentiality undertaking of ${roundName} cannot be empty.`,
  },
  'undertaking-too-long': {
    kind: 'invalid-input',
    zh: ({ max }) => `保密承诺不能超过 ${max} 个字符。`,
    en: ({ max }) => `The confidentiality undertaking is at most ${max} characters.`,
  },
  'review-readers-blocked': {
    kind: 'refused',
    zh: ({ applications }) =>
      `尚不能封装：${applications
        .map((a) => `申报经验 ${a.applicationNo}（${a.applicationId}）${zhBlock[a.problem]}`)
        .join('；')}。`,
    en: ({ applications }) =>
      `Sealing is refused: ${applications
        .map((a) => `application ${a.applicationNo} (${a.applicationId}): ${enBlock[a.problem]}`)
        .join('; ')}.`,
  },
};
