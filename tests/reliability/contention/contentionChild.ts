/**
 * One writer of the R1 contention probe, in its own process: `count` one-hour shifts back and
 * forth between two cells of one agreement, each through `agreements.handle` on the shared
 * SQLite file. It prints `ack <command id>` only once `handle` has returned the recorded
 * events (so after commit), and `refused <command id> <tag>` otherwise.
 * Usage: contentionChild.ts <file> <agreement id> <worker> <count> <from cell> <to cell>
 */
import { createAgreements } from "@grant-ledger/agreements";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";

const [file, agreementId, worker, countText, from, to] = process.argv.slice(2);
if (!file || !agreementId || !worker || !countText || !from || !to) {
  process.stderr.write("usage: contentionChild.ts <file> <agreement> <worker> <count> <from> <to>\n");
  process.exit(2);
}
const cell = (text: string) => {
  const [resultArea, workType, district] = text.split("/");
  return { resultArea, workType, district };
};
const provider = { organisationId: "sedna", role: "provider", person: "A. Bakker" };

const store = openSqliteEventStore({ file });
// Other processes write the same stream: conflicts are expected, so allow enough retries.
const { handle } = createAgreements({ store, stateCache: { maxStreams: 4 }, maxAttempts: 200 });
for (let i = 0; i < Number(countText); i++) {
  const [a, b] = i % 2 === 0 ? [from, to] : [to, from];
  const commandId = `${worker}-${i}`;
  const result = await handle({
    type: "RequestReallocation",
    data: {
      agreementId,
      requestId: commandId,
      shifts: [{ from: cell(a), to: cell(b), quantity: { kind: "hours", amount: "1" } }],
      reason: "contention probe",
    },
    metadata: { actor: provider, commandId, occurredAt: new Date().toISOString() },
  });
  process.stdout.write(
    E.isRight(result) ? `ack ${commandId}\n` : `refused ${commandId} ${result.left._tag}\n`,
  );
}
await store.close();
