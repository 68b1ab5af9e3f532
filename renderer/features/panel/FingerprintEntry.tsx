import { useMessages } from '../../app/i18n/use-messages';
import type { FingerprintCheck } from './fingerprint-check';
import { panelMessages } from './panel-messages';

/**
 * 专家告知的指纹: the clerk types what the expert reads out, and sees at once whether it is the
 * card's. The card's own fingerprint appears only once they match, so it cannot be copied in.
 */
export function FingerprintEntry(props: {
  readonly typed: string;
  readonly check: FingerprintCheck;
  readonly cardFingerprint: string;
  readonly onTyped: (typed: string) => void;
}) {
  const t = useMessages(panelMessages);
  const { check } = props;
  return (
    <div className="panel-typed" data-testid="fingerprint-entry" data-state={check.state}>
      <label className="panel-typed-field">
        <span>
          {t('reg.typed')} <span className="panel-required">*</span>
        </span>
        <input
          className="panel-typed-input"
          value={props.typed}
          required
          autoComplete="off"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX-XXXX"
          aria-invalid={check.state === 'mismatch' || check.state === 'invalid'}
          aria-describedby="typed-fingerprint-status"
          onChange={(event) => props.onTyped(event.target.value)}
        />
      </label>
      <div id="typed-fingerprint-status" className="panel-typed-status">
        {check.state === 'empty' && <span className="small muted">{t('reg.typedHint')}</span>}
        {check.state === 'partial' && (
          <span className="small muted">
            {t('reg.typedPartial', { count: check.symbols })} · {t('reg.typedHint')}
          </span>
        )}
        {check.state === 'invalid' && (
          <span className="panel-typed-bad small" role="alert">
            {t('reg.typedInvalid')}
          </span>
        )}
        {check.state === 'mismatch' && (
          <div className="panel-mismatch" role="alert" data-testid="fingerprint-mismatch">
            <strong>✗ {t('reg.mismatch')}</strong>
            <span className="small">{t('reg.mismatchHelp')}</span>
          </div>
        )}
        {check.state === 'match' && (
          <div className="panel-match" role="status" data-testid="fingerprint-match">
            <strong>✓ {t('reg.match')}</strong>
            <span className="small">
              {t('reg.fingerprint')}{' '}
              <code className="panel-fingerprint-small" data-testid="card-fingerprint">
                {props.cardFingerprint}
              </code>
            </span>
          </div>
        )}
      </div>
    </div>
  );
}
