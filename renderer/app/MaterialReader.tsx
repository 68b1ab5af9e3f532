/**
 * The reader the expert's desk shows a material in, composed here because the app layer may
 * join features: Word (.docx, .doc) in the Word view; every material under the watermark of the
 * package's recipient and today's date. Kinds without a reader yet say so in the pane.
 */
import { Watermark } from '../components/Watermark';
import { WordView } from '../features/reader/word/WordView';
import { useMessages } from './i18n/use-messages';
import type { FeatureMessages } from './i18n/use-messages';

const readerMessages: FeatureMessages<'noReader'> = {
  'zh-CN': { noReader: '“{name}”的阅读器尚在建设中（目前可阅读 Word 文档）。' },
  en: { noReader: 'There is no reader for “{name}” yet (Word documents can be read now).' },
};

const isWord = (fileName: string) => /\.(docx|doc)$/i.test(fileName);

export function MaterialReader(props: {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly readerName: string;
}) {
  const t = useMessages(readerMessages);
  return (
    <Watermark readerName={props.readerName}>
      {isWord(props.fileName) ? (
        <WordView bytes={props.bytes} fileName={props.fileName} />
      ) : (
        <p className="notice" data-testid="reader-pending">
          {t('noReader', { name: props.fileName })}
        </p>
      )}
    </Watermark>
  );
}
