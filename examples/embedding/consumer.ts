// Type-checked by tests/packaging/run.sh against the installed tarballs, under
// `moduleResolution: nodenext` and `strict` (and again with noPropertyAccessFromIndexSignature).
import { createAgreements, describeAgreementsError } from "@grant-ledger/agreements";
import { HOURS, type Quantity, decimal, formatQuantity, quantity } from "@grant-ledger/core";
import { type EventStore, decodeRevision, encodeRevision, verifyStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";

export const run = async (file: string): Promise<string> => {
  const store: EventStore = openSqliteEventStore({ file });
  const agreements = createAgreements({ store, clock: () => new Date() });
  const loaded = await agreements.load("example-2007");
  const revision = loaded._tag === "Right" && loaded.right !== undefined ? loaded.right.revision : undefined;
  const json = revision === undefined ? "none" : encodeRevision(revision);
  const back = decodeRevision(json);
  const budget: Quantity = quantity(HOURS, decimal(400));
  const chain = await verifyStore(store);
  const verdict = chain._tag === "Left" ? "broken" : `${chain.right.eventsChecked} events`;
  const result = await agreements.handle({ type: "Nothing" });
  const problem = result._tag === "Left" ? describeAgreementsError(result.left) : "";
  return `${json} ${back._tag} ${formatQuantity(budget)} ${verdict} ${problem}`;
};
