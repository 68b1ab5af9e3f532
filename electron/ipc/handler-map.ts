/** The handlers the dispatch calls: one per channel, grouped by area (`app:`, `units:`, `office:`). */
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/ipc/channels';

/** Maps a channel's validated request to a service call. */
export type Handler<C extends ChannelName> = (
  request: RequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** The handlers of one area: exactly its channels. */
export type AreaHandlers<A extends string> = {
  readonly [C in Extract<ChannelName, `${A}:${string}`>]: Handler<C>;
};

/** Every channel's handler. */
export type Handlers = { readonly [C in ChannelName]: Handler<C> };
