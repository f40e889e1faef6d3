import { createHash } from "node:crypto";
import { isStoreUnreachable } from "@grant-ledger/event-store";
import { EXIT } from "../exitCodes";
import type { CommandIo } from "../io/commandIo";
import { type Messages, defaultLang, messagesFor } from "../messages/catalogue";
import { isStoreNotFound } from "../store/openStore";
import { type CliFailure, PREFIX, reportFailure } from "./cliFailure";

/** Set to 1 to print an internal error's stack on stderr. */
export const DEBUG_ENV = "GRANT_LEDGER_DEBUG";

/** A usage problem found deep inside a command (e.g. a store URL that names nothing): exit 2. */
export interface UsageFailure extends Error {
  readonly name: "UsageFailure";
}
export const usageFailure = (message: string): UsageFailure =>
  Object.assign(new Error(message), { name: "UsageFailure" as const });
const isUsageFailure = (error: unknown): error is UsageFailure =>
  error instanceof Error && error.name === "UsageFailure";

/** Node's file-system errors carry the call, the path and a code such as ENOENT. */
interface FileSystemError extends Error {
  readonly code: string;
  readonly syscall: string;
  readonly path: string;
}
const isFileSystemError = (error: unknown): error is FileSystemError => {
  const e = error as Partial<FileSystemError> | null;
  return (
    error instanceof Error &&
    typeof e?.code === "string" &&
    typeof e.syscall === "string" &&
    typeof e.path === "string"
  );
};

const describeFileSystemError = (error: FileSystemError, m: Messages): string =>
  m.system.fileSystem(
    error.syscall,
    error.path,
    m.system.fileSystemReasons[error.code] ?? error.message,
    error.code,
  );

/** A short id for an internal error: the same bug at the same place gets the same id. */
export const internalErrorId = (error: Error): string => {
  const firstFrame = (error.stack ?? "").split("\n").find((line) => line.trim().startsWith("at ")) ?? "";
  return createHash("sha256")
    .update(`${error.name}\n${error.message}\n${firstFrame.trim()}`)
    .digest("hex")
    .slice(0, 8);
};

/** An escaped exception that is one of the CLI's named failures (see `CliFailure`). */
const namedFailureOf = (error: unknown): CliFailure | undefined => {
  if (isUsageFailure(error)) return { kind: "usage", message: error.message };
  if (isStoreNotFound(error)) return { kind: "store-missing", url: error.url, path: error.path };
  if (isStoreUnreachable(error))
    return { kind: "store-unreachable", url: error.url, detail: error.detail.split("\n")[0] ?? "" };
  return undefined;
};

export interface FailureContext {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The command's language; without one, the default (GRANT_LEDGER_LANG, else Dutch). */
  readonly messages?: Messages;
  readonly json?: boolean | undefined;
}

/**
 * The one place where an exception that escaped a command becomes a message and an exit code.
 * Known failures of the environment are named (path, URL); anything else is an internal error.
 */
export const exitForFailure = (error: unknown, io: CommandIo, context: FailureContext = {}): number => {
  const env = context.env ?? process.env;
  const messages = context.messages ?? messagesFor(defaultLang(env));
  const named = namedFailureOf(error);
  if (named !== undefined) return reportFailure(named, { io, messages, json: context.json });
  if (isFileSystemError(error)) {
    io.err(`${PREFIX}${describeFileSystemError(error, messages)}`);
    return EXIT.fileSystem;
  }
  const e = error instanceof Error ? error : new Error(String(error));
  const id = internalErrorId(e);
  io.err(
    `${PREFIX}${messages.system.internalError(id, e.message.split("\n")[0] ?? "")}\n${messages.system.reportIt(id)}\n` +
      (env[DEBUG_ENV] === "1" ? (e.stack ?? "") : messages.system.stackHint(DEBUG_ENV)),
  );
  return EXIT.internal;
};

/** A store that cannot be opened: a usage error (bad URL, not a store), unless the file system or the network says why. */
export const openFailure = (url: string, error: unknown): unknown =>
  isFileSystemError(error) || isStoreUnreachable(error) || isStoreNotFound(error)
    ? error
    : usageFailure(`cannot open store ${url}: ${error instanceof Error ? error.message : String(error)}`);
