/** An expected CLI failure: printed as one line, exit code 1 (or the given one). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
