/** One qbreview sub-command: its words, its help, its options, and what it does. */
import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from './cli-io';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  /** e.g. ['case', 'seal'] */
  readonly words: readonly string[];
  readonly summary: string;
  /** Usage lines and option descriptions, shown by --help. */
  readonly help: string;
  readonly options: OptionSpec;
  /** The JSON-serialisable result, printed with --json. */
  run(context: CommandContext, args: ParsedArgs): Promise<unknown>;
}

/** Reads a string option; a repeated or boolean use is a usage mistake. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new TypeError(`--${name} takes a value`);
  return value;
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}
