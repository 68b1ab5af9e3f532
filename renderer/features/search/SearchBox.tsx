import { useEffect, useRef, useState } from 'react';
import type { FeatureTranslate } from '../../app/i18n/use-messages';
import type { SearchMessageKey } from './search-messages';

/** A pause in typing this long asks the index; Enter asks at once. */
const TYPING_PAUSE_MS = 250;

/**
 * The query box. A query goes out after a pause in typing, on Enter, or on the button; never while
 * an input method is composing (拼音 typed but not yet chosen is not what the expert means): the
 * composition's end asks with what was chosen.
 */
export function SearchBox(props: {
  readonly onSearch: (query: string) => void;
  readonly t: FeatureTranslate<SearchMessageKey>;
}) {
  const { onSearch, t } = props;
  const [value, setValue] = useState('');
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ask = (query: string) => {
    clearTimeout(timer.current);
    onSearch(query);
  };
  const askSoon = (query: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(query), TYPING_PAUSE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (!composing.current) ask(value);
      }}
    >
      <label htmlFor="search-query">{t('query.label')}</label>
      <input
        id="search-query"
        type="search"
        value={value}
        placeholder={t('query.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onCompositionStart={() => {
          composing.current = true;
          clearTimeout(timer.current);
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          askSoon(event.currentTarget.value);
        }}
        onChange={(event) => {
          setValue(event.target.value);
          // React fires change during a composition too; only the composition's end counts.
          if (!composing.current && !(event.nativeEvent as InputEvent).isComposing) {
            askSoon(event.target.value);
          }
        }}
      />
      <button type="submit" className="primary">
        {t('query.submit')}
      </button>
    </form>
  );
}
