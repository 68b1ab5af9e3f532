import type { FormalCheckState } from '../../../shared/office/formal-check-state';
import { useMessages } from '../../app/i18n/use-messages';
import { formalCheckMessages } from './formal-check-messages';

/** 通过 green, 未通过 red, 待定 amber. */
export function FormalCheckStateBadge(props: { readonly state: FormalCheckState }) {
  const t = useMessages(formalCheckMessages);
  return (
    <span className={`badge fc-state fc-state-${props.state}`} data-state={props.state}>
      {t(`state.${props.state}`)}
    </span>
  );
}
