/** The office record's rules: applications, materials, the formal check, experts, groups, conflicts. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';
import { listOf } from '../figures';

export interface OfficeRecordErrorParams {
  'application-not-found': { readonly applicationId: string };
  'applications-not-found': { readonly applicationIds: readonly string[] };
  'applications-repeated': NoParams;
  /** The 申报编号 is on record under another id. */
  'application-no-registered': {
    readonly applicationNo: string;
    readonly applicationId: string;
    readonly requestedId: string;
  };
  'application-id-taken': { readonly applicationId: string };
  'material-application-not-found': { readonly applicationId: string };
  'material-not-found': { readonly materialId: string };
  'material-id-taken': { readonly materialId: string };
  'formal-check-item-not-found': { readonly itemId: string };
  'expert-not-registered': { readonly expertId: string };
  'card-name-mismatch': { readonly cardName: string; readonly expertName: string };
  'registered-fingerprint-mismatch': { readonly expertName: string };
  'fingerprint-registered': { readonly expertName: string };
  'expert-in-other-group': {
    readonly expertName: string;
    readonly otherGroupName: string;
    readonly groupName: string;
  };
  'group-not-found': { readonly groupId: string };
  'group-in-sealed-round': { readonly groupId: string; readonly roundId: string };
  'application-not-in-round': { readonly applicationId: string; readonly roundName: string };
  'conflict-not-recorded': { readonly expertId: string; readonly applicationId: string };
  'package-sequence-taken': { readonly expertId: string; readonly sequence: number };
}

export const officeRecordCatalogue: CatalogueOf<OfficeRecordErrorParams> = {
  'application-not-found': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报经验 ${applicationId} 不存在。`,
    en: ({ applicationId }) => `No such application: ${applicationId}.`,
  },
  'applications-not-found': {
    kind: 'refused',
    zh: ({ applicationIds }) => `申报经验不存在：${listOf(applicationIds, 'zh-CN')}。`,
    en: ({ applicationIds }) => `No such applications: ${listOf(applicationIds, 'en')}.`,
  },
  'applications-repeated': fixedWords('申报经验重复。', 'An application is listed twice.'),
  'application-no-registered': {
    kind: 'refused',
    zh: (p) =>
      `申报编号 ${p.applicationNo} 已登记为 ${p.applicationId}，不能改为 ${p.requestedId}。`,
    en: (p) =>
      `Application number ${p.applicationNo} is on record as ${p.applicationId}, not ${p.requestedId}.`,
  },
  'application-id-taken': {
    kind: 'refused',
    zh: ({ applicationId }) => `申报经验编号 ${applicationId} 已被其他申报编号使用。`,
    en: ({ applicationId }) => `Id ${applicationId} is taken by another application.`,
  },
  'material-application-not-found': {
    kind: 'refused',
    zh: ({ applicationId }) => `材料所属的申报经验 ${applicationId} 不存在。`,
    en: ({ applicationId }) => `The material's application ${applicationId} does not exist.`,
  },
  'material-not-found': {
    kind: 'refused',
    zh: ({ materialId }) => `材料不存在：${materialId}。`,
    en: ({ materialId }) => `No such material: ${materialId}.`,
  },
  'material-id-taken': {
    kind: 'refused',
    zh: ({ materialId }) => `材料编号 ${materialId} 已被使用。`,
    en: ({ materialId }) => `Material id ${materialId} is taken.`,
  },
  'formal-check-item-not-found': {
    kind: 'refused',
    zh: ({ itemId }) => `没有形式审查项 ${itemId}。`,
    en: ({ itemId }) => `No such formal check item: ${itemId}.`,
  },
  'expert-not-registered': {
    kind: 'refused',
    zh: ({ expertId }) => `${expertId} 不是已登记的专家。`,
    en: ({ expertId }) => `${expertId} is not a registered expert.`,
  },
  'card-name-mismatch': {
    kind: 'refused',
    zh: ({ cardName, expertName }) => `身份卡上的姓名“${cardName}”与专家“${expertName}”不符。`,
    en: ({ cardName, expertName }) =>
      `The name on the card, “${cardName}”, is not the expert’s, “${expertName}”.`,
  },
  'registered-fingerprint-mismatch': {
    kind: 'refused',
    zh: ({ expertName }) => `${expertName}的身份卡指纹与登记的指纹不一致。`,
    en: ({ expertName }) => `${expertName}’s card fingerprint differs from the registered one.`,
  },
  'fingerprint-registered': {
    kind: 'refused',
    zh: ({ expertName }) => `该身份卡指纹已登记给专家${expertName}。`,
    en: ({ expertName }) => `This card’s fingerprint is registered to ${expertName} already.`,
  },
  'expert-in-other-group': {
    kind: 'refused',
    zh: (p) => `专家 ${p.expertName} 已在${p.otherGroupName}，不能同时加入${p.groupName}。`,
    en: (p) => `${p.expertName} is in ${p.otherGroupName} already, not also in ${p.groupName}.`,
  },
  'group-not-found': {
    kind: 'refused',
    zh: ({ groupId }) => `专业组 ${groupId} 不存在。`,
    en: ({ groupId }) => `No such group: ${groupId}.`,
  },
  'group-in-sealed-round': {
    kind: 'refused',
    zh: ({ groupId, roundId }) => `专业组 ${groupId} 已用于已封装的评审轮次 ${roundId}，不能删除。`,
    en: ({ groupId, roundId }) =>
      `Group ${groupId} serves in the sealed round ${roundId}; it cannot be removed.`,
  },
  'application-not-in-round': {
    kind: 'refused',
    zh: ({ applicationId, roundName }) => `申报经验 ${applicationId} 不在评审轮次 ${roundName}中。`,
    en: ({ applicationId, roundName }) =>
      `Application ${applicationId} is not in the round ${roundName}.`,
  },
  'conflict-not-recorded': {
    kind: 'refused',
    zh: ({ expertId, applicationId }) =>
      `没有登记专家 ${expertId} 对申报经验 ${applicationId} 的回避情形。`,
    en: ({ expertId, applicationId }) =>
      `No conflict of ${expertId} with application ${applicationId} is on record.`,
  },
  'package-sequence-taken': {
    kind: 'refused',
    zh: ({ expertId, sequence }) => `专家 ${expertId} 的案卷包序号 ${sequence} 已使用。`,
    en: ({ expertId, sequence }) =>
      `Package sequence ${sequence} of expert ${expertId} is used already.`,
  },
};
