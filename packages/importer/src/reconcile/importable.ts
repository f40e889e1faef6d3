import { createAgreements, describeAgreementsError } from "@grant-ledger/agreements";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { importCommands } from "../import/commands";
import { sha256 } from "../table/readTable";
import type { UnreadableInput } from "../table/readTable";
import type { Reconciliation } from "./reconcile";

/**
 * Would `import` take these documents? Builds the same commands and hands them to the same
 * `handle` the import uses, as a dry run on an empty store: decoded, decided and validated
 * exactly as an import would be, nothing written. So reconcile never passes what import
 * refuses (an agreement period that ends before it starts, for instance). Signatures are not
 * known here: `import --sign` checks them when it runs.
 */
export const importRefusal = async (r: Reconciliation, now: Date): Promise<UnreadableInput | undefined> => {
  const commands = importCommands(r, undefined, {
    occurredAt: now.toISOString(),
    recordedBy: "grant-ledger reconcile",
    importId: sha256(r.manifest.bytes),
  });
  const agreements = createAgreements({ store: createInMemoryEventStore(), clock: () => now });
  const handled = await agreements.handle(commands, { expectedRevision: "no-stream", dryRun: true });
  if (E.isRight(handled)) return undefined;
  const { name } = r.manifest;
  const failed = handled.left;
  const command = "commandIndex" in failed ? commands[failed.commandIndex]?.type : undefined;
  const why = describeAgreementsError(failed);
  return {
    file: name,
    message: `${name}: import would refuse this agreement: ${command === undefined ? why : `${command} refused: ${why}`}`,
  };
};
