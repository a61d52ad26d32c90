// What a CLI command needs from the outside world, so commands are testable without a process.
export interface CliIo {
  /** Reads a file; '-' is standard input. Throws an Error with a readable message when it cannot. */
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}
