/** A failure the CLI reports as one clear line and a non-zero exit status, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2: wrong usage; 1: the operation failed. */
    readonly exitCode: 1 | 2 = 1,
    /** A stable code for --json output. */
    readonly code = exitCode === 2 ? 'usage' : 'failed',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, 2, 'usage');
}
