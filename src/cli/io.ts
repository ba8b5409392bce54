/** What a command writes and its exit code; commands never call process.exit themselves. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT = { ok: 0, failure: 1, invalidInput: 2 } as const;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}
