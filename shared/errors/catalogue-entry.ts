/**
 * The shape of the error catalogue: for every error code, what kind of failure it is and its
 * message in each of the UI's languages, built from the code's parameters alone.
 */

/** The languages an error is told in: the UI's locales. */
export type ErrorLocale = 'zh-CN' | 'en';

/**
 * What kind of failure a code is, for a caller that branches on it rather than on the code: the
 * `code` of the wire error, the same small set the renderer has always received.
 */
export type ErrorKind =
  | 'invalid-input'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'not-found'
  | 'conflict'
  /** Refused for a reason the message states (a wrong passphrase, an unreadable file, a rule). */
  | 'refused'
  | 'internal';

/** The parameters of a code that has none. */
export type NoParams = Readonly<Record<never, never>>;

/**
 * One code's words. The messages see the parameters only, so they can name an id, a count or a
 * generation, never a path or a material's content: no parameter ever holds one.
 */
export interface CatalogueEntry<P> {
  readonly kind: ErrorKind;
  readonly zh: (params: P) => string;
  readonly en: (params: P) => string;
}

/** The entries of a family of codes: exactly one per code, typed by that code's parameters. */
export type CatalogueOf<Params> = { readonly [C in keyof Params]: CatalogueEntry<Params[C]> };

/** The entry of a code without parameters. */
export function fixedWords(
  zh: string,
  en: string,
  kind: ErrorKind = 'refused',
): CatalogueEntry<NoParams> {
  return { kind, zh: () => zh, en: () => en };
}
