import type { FeatureTranslate } from '../../../app/i18n/use-messages';
import type { WordWarning } from './word-protocol';
import type { wordMessages } from './word-messages';

type Key = keyof (typeof wordMessages)['zh-CN'];

/** mammoth's warnings, counted per category: shown, never swallowed. */
export function WordNotices(props: {
  readonly warnings: readonly WordWarning[];
  readonly t: FeatureTranslate<Key>;
}) {
  const { warnings, t } = props;
  if (warnings.length === 0) return null;
  return (
    <div className="notice notice-warning word-notices" role="status">
      <strong>{t('warningsTitle')}</strong>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.kind}>{t(`warning.${warning.kind}`, { count: warning.count })}</li>
        ))}
      </ul>
    </div>
  );
}
