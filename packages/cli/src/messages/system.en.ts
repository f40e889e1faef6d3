/** What the CLI says when the environment fails it (files, bugs), in English. */
export const systemEn = {
  /** Why a file-system call failed, by Node's error code. */
  fileSystemReasons: {
    ENOENT: "no such file or directory (does the folder exist?)",
    EISDIR: "it is a directory, not a file",
    ENOTDIR: "a part of the path is a file, not a directory",
    EEXIST: "it already exists",
    ENOSPC: "no space left on the device",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENAMETOOLONG: "the name is too long",
  } as Readonly<Record<string, string>>,
  fileSystem: (syscall: string, path: string, reason: string, code: string) =>
    `cannot ${syscall === "mkdir" ? "create directory" : syscall === "open" ? "open" : "use"} ${path}: ${reason} (${code})`,
  internalError: (id: string, message: string) => `internal error ${id}: ${message}`,
  reportIt: (id: string) =>
    `  This is a bug in grant-ledger, not a problem with your input; please report it with the id ${id}.`,
  stackHint: (env: string) => `  Run with ${env}=1 to print the stack.`,
};

export type SystemMessages = typeof systemEn;
