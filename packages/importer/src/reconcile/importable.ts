import * as E from "fp-ts/Either";
import { importCommands } from "../import/commands";
import { decideImport } from "../import/decideImport";
import { sha256 } from "../table/readTable";
import type { UnreadableInput } from "../table/readTable";
import type { Reconciliation } from "./reconcile";

/**
 * Would `import` take these documents? Builds the same commands and runs them through the same
 * decider (`decideImport`), so that reconcile never passes what import refuses (an agreement
 * period that ends before it starts, for instance). Signatures are not known here: `import
 * --sign` checks them when it runs.
 */
export const importRefusal = (r: Reconciliation, now: Date): UnreadableInput | undefined => {
  const commands = importCommands(r, undefined, {
    occurredAt: now.toISOString(),
    recordedBy: "grant-ledger reconcile",
    importId: sha256(r.manifest.bytes),
  });
  const decided = decideImport(commands);
  if (E.isRight(decided)) return undefined;
  const { name } = r.manifest;
  return { file: name, message: `${name}: import would refuse this agreement: ${decided.left.message}` };
};
