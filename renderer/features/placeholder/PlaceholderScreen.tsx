import { formatArticles } from '../../app/i18n/article-reference';
import { useTranslation } from '../../app/i18n/use-translation';
import { useLocale } from '../../app/i18n/locale-context';
import type { MessageKey } from '../../app/i18n/messages-zh-cn';

/** Marks a screen whose issue has not landed yet, saying plainly what it will do. */
export function PlaceholderScreen(props: {
  readonly title: MessageKey;
  readonly plan: MessageKey;
  /** Articles of the 《管理办法》 the screen serves. */
  readonly articles: readonly number[];
}) {
  const t = useTranslation();
  const locale = useLocale();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h2 id="screen-title">{t(props.title)}</h2>
      <div className="notice">
        <p>
          <strong>{t('placeholder.notYet')}</strong>
        </p>
        <p>
          {t('placeholder.plan')}
          {t(props.plan)}
        </p>
        <p className="muted">
          {t('placeholder.article')}：{formatArticles(locale, props.articles)}
        </p>
      </div>
    </section>
  );
}
