import { readFile } from "node:fs/promises";
import type { AuditFile } from "../messages/audit.en";
import type { Messages } from "../messages/catalogue";
import type { CommandIo } from "./commandIo";

/** A key, checkpoint, tree head or bundle the command was pointed at; undefined after saying why not. */
export const readAuditFile = async (
  path: string,
  file: AuditFile,
  io: CommandIo,
  m: Messages,
): Promise<string | undefined> => {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    io.err(
      m.audit.cannotRead(
        m.audit.fileName[file],
        path,
        (error as NodeJS.ErrnoException).code ?? String(error),
      ),
    );
    return undefined;
  }
};
