/** The idle minutes before the app locks itself, chosen from a few sensible lengths. */
import { useMessages } from '../../app/i18n/use-messages';
import { setIdleMinutes } from '../../state/lock-actions';
import { selectIdleMinutes, useLockStore } from '../../state/lock-store';
import { lockMessages } from './lock-messages';

const CHOICES = [1, 5, 10, 15, 30, 60, 120] as const;

export function IdleMinutesField() {
  const t = useMessages(lockMessages);
  const minutes = useLockStore(selectIdleMinutes);
  if (minutes === null) return null;
  const choices = CHOICES.includes(minutes as (typeof CHOICES)[number])
    ? CHOICES
    : [...CHOICES, minutes].sort((a, b) => a - b);
  return (
    <div className="lock-idle">
      <label className="inline-field">
        <span>{t('idleLabel')}</span>
        <select
          value={minutes}
          onChange={(event) => void setIdleMinutes(Number(event.target.value))}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t('idleMinutes', { minutes: choice })}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{t('idleExplain')}</p>
    </div>
  );
}
