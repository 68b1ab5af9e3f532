/**
 * Sealing refused because nobody could sign the round's committee result (docs/committee.md,
 * "Who signs"): the chair and the vice-chair are each in conflict with applications of the round,
 * so neither holds every application in their package, and neither could merge the round whole;
 * or the chair is in conflict with applications of the round and no vice-chair is appointed, so
 * nobody at all could.
 */
import type { CatalogueOf } from '../catalogue-entry';

/** One of the two committee seats: who, and the applications (by 申报编号) they must stay out of. */
export interface ConflictedSigner {
  readonly expertId: string;
  readonly name: string;
  readonly applicationNos: readonly string[];
}

export interface CommitteeSignersErrorParams {
  'committee-signers-conflicted': {
    readonly chair: ConflictedSigner;
    readonly viceChair: ConflictedSigner;
  };
  'committee-chair-conflicted-alone': {
    readonly chair: ConflictedSigner;
  };
}

const zhList = (nos: readonly string[]) => nos.join('、');
const enList = (nos: readonly string[]) =>
  `${nos.length === 1 ? 'application' : 'applications'} ${nos.join(', ')}`;

export const committeeSignersCatalogue: CatalogueOf<CommitteeSignersErrorParams> = {
  'committee-signers-conflicted': {
    kind: 'refused',
    zh: ({ chair, viceChair }) =>
      `主任委员 ${chair.name} 须回避申报经验 ${zhList(chair.applicationNos)}，副主任委员 ${viceChair.name} 须回避申报经验 ${zhList(viceChair.applicationNos)}：两人都不能阅看本轮全部申报经验，无人能签署整轮评审结果。请更换副主任委员（由不须回避本轮任何申报经验的委员担任），或核实并更正回避记录，然后再封装。`,
    en: ({ chair, viceChair }) =>
      `The chair ${chair.name} is in conflict with ${enList(chair.applicationNos)} and the vice-chair ${viceChair.name} with ${enList(viceChair.applicationNos)}: neither can read every application of the round, so nobody could sign the whole round's result. Change the vice-chair (to a member in conflict with no application of the round), or check and correct the conflict record, then seal.`,
  },
  'committee-chair-conflicted-alone': {
    kind: 'refused',
    zh: ({ chair }) =>
      `主任委员 ${chair.name} 须回避申报经验 ${zhList(chair.applicationNos)}，而本轮尚未指定副主任委员：无人能阅看本轮全部申报经验，无人能签署整轮评审结果。请指定副主任委员（由不须回避本轮任何申报经验的委员担任），或核实并更正回避记录，然后再封装。`,
    en: ({ chair }) =>
      `The chair ${chair.name} is in conflict with ${enList(chair.applicationNos)} and no vice-chair is appointed: nobody can read every application of the round, so nobody could sign the whole round's result. Appoint a vice-chair (a member in conflict with no application of the round), or check and correct the conflict record, then seal.`,
  },
};
