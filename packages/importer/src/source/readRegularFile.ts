import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import * as E from "fp-ts/Either";
import type { UnreadableInput } from "../table/readTable";

const kindOf = (s: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string =>
  s.isDirectory()
    ? "a directory"
    : s.isFIFO()
      ? "a FIFO (named pipe)"
      : s.isSocket()
        ? "a socket"
        : s.isCharacterDevice() || s.isBlockDevice()
          ? "a device"
          : "not a regular file";

/** Why a file was not read; the message says it for people, the reason for callers. */
export interface FileRefusal extends UnreadableInput {
  readonly reason: "missing" | "not-a-regular-file" | "too-large" | "unreadable";
}

const codeOf = (error: unknown): string | undefined => (error as { code?: string }).code;

const why = (error: unknown): string => {
  const code = codeOf(error);
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "it became a symbolic link while being read";
  return code ?? (error instanceof Error ? error.message : String(error));
};

/**
 * Reads a whole file that must be a regular file of at most `maxBytes` bytes. Opening with
 * O_NONBLOCK returns at once even for a FIFO without a writer, and the kind is checked on the
 * opened handle (fstat), so what is checked is what is read. `label` names the file in messages
 * (as the user wrote it); `path` is what is opened. `noFollow` refuses a last component that is
 * a symbolic link (for paths already resolved with realpath).
 */
export const readRegularFile = async (
  path: string,
  label: string,
  maxBytes: number,
  limitName: string,
  noFollow = false,
): Promise<E.Either<FileRefusal, Uint8Array>> => {
  const refuse = (reason: FileRefusal["reason"], message: string): E.Either<FileRefusal, never> =>
    E.left({ file: label, reason, message: `${label}: ${message}` });
  let handle: FileHandle;
  try {
    handle = await open(
      path,
      constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0),
    );
  } catch (error) {
    return refuse(
      codeOf(error) === "ENOENT" ? "missing" : "unreadable",
      `cannot open ${path}: ${why(error)}`,
    );
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      return refuse("not-a-regular-file", `${path} is ${kindOf(stat)}; only regular files are read`);
    if (stat.size > maxBytes)
      return refuse(
        "too-large",
        `${stat.size} bytes, more than the limit of ${maxBytes} bytes (${limitName})`,
      );
    // The size can change while reading (or be 0 for /proc files): never read past the limit.
    let chunk = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === chunk.length) {
        if (length > maxBytes) break;
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const { bytesRead } = await handle.read(chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes)
      return refuse("too-large", `more than the limit of ${maxBytes} bytes (${limitName})`);
    return E.right(chunk.subarray(0, length));
  } catch (error) {
    return refuse("unreadable", `cannot read ${path}: ${why(error)}`);
  } finally {
    await handle.close();
  }
};
