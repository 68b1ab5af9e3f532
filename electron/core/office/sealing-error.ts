/** Why sealing (or reissuing a package) was refused: a code, its figures, a message in two languages. */
import type { SealingProblem } from '../../../shared/office/visibility';

export type SealingErrorCode =
  | 'not-office'
  | 'unknown-round'
  | 'not-sealed-yet'
  | 'blocked'
  | 'not-a-recipient'
  | 'slips-beside-packages';

export interface SealingErrorParams {
  readonly roundId?: string;
  readonly expertId?: string;
  readonly problems?: readonly SealingProblem[];
}

function messageOf(code: SealingErrorCode, p: SealingErrorParams): string {
  switch (code) {
    case 'not-office':
      return '只有办公室身份可以封装案卷。/ Only an office identity seals case packages.';
    case 'unknown-round':
      return `评审轮次不存在：${p.roundId ?? ''}。/ No such review round: ${p.roundId ?? ''}.`;
    case 'not-sealed-yet':
      return `评审轮次 ${p.roundId ?? ''} 尚未封装，请先封装整个轮次。/ Round ${p.roundId ?? ''} has not been sealed yet; seal the whole round first.`;
    case 'blocked':
      return `尚不能封装：${(p.problems ?? []).map((x) => x.message).join('；')}。/ Sealing is blocked by ${(p.problems ?? []).length} problem(s) of the plan.`;
    case 'not-a-recipient':
      return `专家 ${p.expertId ?? ''} 在本轮没有评审席位，无法为其封装。/ Expert ${p.expertId ?? ''} has no seat in this round.`;
    case 'slips-beside-packages':
      return '口令单须保存在与案卷包不同的文件夹中（口令单为明文）。/ Passphrase slips must go to a folder apart from the packages (they are plaintext).';
  }
}

export class SealingError extends Error {
  constructor(
    readonly code: SealingErrorCode,
    readonly params: SealingErrorParams = {},
  ) {
    super(messageOf(code, params));
    this.name = 'SealingError';
  }
}
