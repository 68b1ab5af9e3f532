/** The adapter's own failures: a call refused before or after any service ran. */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';
import { isOwnWords, issueText } from '../validation-issue';
import type { ValidationIssue } from '../validation-issue';

export interface AdapterErrorParams {
  /** The request broke its channel's schema. */
  'invalid-input': { readonly channel: string; readonly issues: readonly ValidationIssue[] };
  'unknown-channel': NoParams;
  /** The call did not come from our own top-level frame. */
  'forbidden-sender': NoParams;
  /** Anything unexpected: the details go to the log by channel and error class, never here. */
  internal: { readonly channel?: string };
}

export const adapterCatalogue: CatalogueOf<AdapterErrorParams> = {
  'invalid-input': {
    kind: 'invalid-input',
    // Our own rules say what to fix; the library's checks only say that the request was wrong.
    zh: ({ channel, issues }) => {
      const own = issues.filter(isOwnWords).map((i) => issueText(i, 'zh-CN'));
      return own.length > 0 ? own.join('；') : `请求的数据无效（${channel}）。`;
    },
    en: ({ channel, issues }) => {
      const own = issues.filter(isOwnWords).map((i) => issueText(i, 'en'));
      return own.length > 0 ? `${own.join('; ')}.` : `Invalid input for ${channel}.`;
    },
  },
  'unknown-channel': fixedWords('没有这个调用。', 'Unknown channel.', 'unknown-channel'),
  'forbidden-sender': fixedWords(
    '此调用并非来自本应用的窗口。',
    'This call did not come from the app window.',
    'forbidden-sender',
  ),
  internal: {
    kind: 'internal',
    zh: ({ channel }) =>
      channel === undefined ? '操作意外失败。' : `操作意外失败（${channel}）。`,
    en: ({ channel }) =>
      channel === undefined
        ? 'The operation failed unexpectedly.'
        : `${channel} failed unexpectedly.`,
  },
};
