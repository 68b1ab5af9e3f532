/**
 * The renderer's typed api, built from the channel map. The preload builds it over
 * `ipcRenderer.invoke`; the e2e harness builds the very same object over a Playwright binding.
 */
import type { ChannelName } from './channel-names';
import type { RequestOf, ResponseOf } from './channels';
import type { IpcResult } from './result';

type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C extends string, A extends string> = C extends `${A}:${infer V}` ? V : never;

export type Api = {
  readonly [A in AreaOf<ChannelName>]: {
    readonly [V in VerbOf<ChannelName, A>]: (
      request: RequestOf<`${A}:${V}` & ChannelName>,
    ) => Promise<IpcResult<ResponseOf<`${A}:${V}` & ChannelName>>>;
  };
};

/** The name under which the api appears on `window`. */
export const API_GLOBAL = 'qbr';

export type Invoke = (channel: ChannelName, request: unknown) => Promise<IpcResult<unknown>>;

/** Builds `{area: {verb: fn}}` for exactly the given channels; nothing else is reachable. */
export function buildApi(names: readonly ChannelName[], invoke: Invoke): Api {
  const api: Record<string, Record<string, (request: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const name of names) {
    const [area, verb] = name.split(':') as [string, string];
    const group = (api[area] ??= {});
    group[verb] = (request: unknown) => invoke(name, request ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as Api;
}
