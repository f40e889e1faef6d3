/** Where a command writes: the process in real use, buffers in tests. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether `err` is a terminal (progress bars) or a log (plain lines). */
  readonly isTTY?: boolean;
  /** Where progress bars draw when `isTTY` (default: process.stderr). */
  readonly terminal?: NodeJS.WritableStream;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  isTTY: process.stderr.isTTY === true,
};

/** An io that collects output instead of printing it: for tests and for embedding the commands. */
export const captureIo = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false };
  return { io, out, err, text: () => out.join("\n"), errors: () => err.join("\n") };
};
