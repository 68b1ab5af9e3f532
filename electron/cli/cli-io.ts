/** What a command may touch of the process: injected, so tests run commands in-process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & {
    isTTY?: boolean;
    setRawMode?: (mode: boolean) => unknown;
  };
  readonly env: NodeJS.ProcessEnv;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly json: boolean;
  /** Prints a human line (suppressed under --json). */
  say(line: string): void;
}
