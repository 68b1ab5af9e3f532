/**
 * 保密承诺 (Article 15): the confidentiality undertaking an expert signs before the first
 * application opens. The office may word it per round; until it does, the round carries the
 * default below, drawn from the regulation (Article 15, the conflict kinds the office records)
 * and from how the app is used. Sealing writes the round's text into every manifest.
 */
import type { Round } from '../domain/round';
import { AppError } from '../errors';
import type { OfficeRecord } from './office-record-fields';
import type { OfficeRound } from './office-round';

export const UNDERTAKING_MAX_LENGTH = 20_000;

/** The default undertaking for a round, in the round's own name. */
export function defaultUndertaking(round: Pick<Round, 'year' | 'name'>): string {
  return [
    '保密承诺',
    '',
    `本人作为${round.year}年全国质量标杆遴选评审委员会专家，参加“${round.name}”，郑重承诺：`,
    '一、依照《全国质量标杆遴选管理办法》第十五条，严格按照相关规则和标准开展评审工作，对申报材料的内容及评审情况严格保守秘密。',
    '二、不以任何形式复制、摘录、转发申报材料，不向任何人透露申报材料、评语、评分、合议情况及评审结果；评审结束后不保留申报材料。',
    '三、只在本评审软件中阅读申报材料，不将其转存到其他设备、介质或网络。',
    '四、与申报单位为同一单位、近三年内在申报单位任职或担任董事、近亲属在申报单位任职或担任高级管理人员、与申报单位属同一推荐单位或地区，或有其他可能影响公正评审的情形时，主动申明并回避，不参与该申报经验的评审。',
    '五、独立、客观、公正地评审，不接受申报单位及其他人员的请托、宴请或馈赠。',
    '',
    '如违反上述承诺，本人愿承担相应责任。',
  ].join('\n');
}

/** The round's undertaking: the office's text when it set one, the default otherwise. */
export function undertakingOf(round: Pick<OfficeRound, 'round' | 'undertaking'>): string {
  return round.undertaking ?? defaultUndertaking(round.round);
}

/**
 * Sets the undertaking of a round not yet sealed (the packages already out carry the old text);
 * `null` goes back to the default. Line ends become \n and the ends are trimmed.
 */
export function setUndertaking(
  c: OfficeRecord,
  roundId: string,
  text: string | null,
): OfficeRecord {
  const current = c.rounds.find((r) => r.round.id === roundId);
  if (!current) throw new AppError('round-not-found', { roundId });
  if (current.round.status !== 'draft') {
    throw new AppError('round-sealed', { roundName: current.round.name });
  }
  const { undertaking: _old, ...rest } = current;
  let updated: OfficeRound = rest;
  if (text !== null) {
    const cleaned = text.replace(/\r\n?/g, '\n').trim();
    if (cleaned === '') throw new AppError('undertaking-empty', { roundName: current.round.name });
    if (cleaned.length > UNDERTAKING_MAX_LENGTH) {
      throw new AppError('undertaking-too-long', { max: UNDERTAKING_MAX_LENGTH });
    }
    updated = { ...rest, undertaking: cleaned };
  }
  return { ...c, rounds: c.rounds.map((r) => (r.round.id === roundId ? updated : r)) };
}
