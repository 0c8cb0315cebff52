// A `weldtwin` command: one file per command under src/cli/commands/.
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text. */
  help: string;
  /** Returns the exit status. Throw InputError for bad input (exit 2). Write results with `out`. */
  run(args: string[], io: CommandIO): Promise<number> | number;
}

export interface CommandIO {
  stdin(): string;
  out(text: string): void;
  err(text: string): void;
}
