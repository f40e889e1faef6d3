/**
 * The long-stream workload: one agreement with 10,000 events (the fold benchmark's history,
 * `core/bench/longHistory`, decided by the core and written to a grant-ledger store), then
 * reallocation requests of one hour out and back between two cells. A request is decided
 * whatever the policy holds (applied at once or waiting for approval), so every system gets
 * the same list of commands.
 */
import type { AgreementState, Command, DomainEvent } from "@grant-ledger/core";
import type { EventStore, ExpectedRevision } from "@grant-ledger/event-store";
import { longHistory } from "../../../core/bench/longHistory";
import { commandFrom, decideOrThrow, evolve, initialState, toAppend } from "../scenario/agreementDomain";
import { agreementId } from "../scenario/agreementScript";
import { benchStreamId } from "./workload";

const pending = (command: Command, state: AgreementState): boolean =>
  !(
    (command.type === "ApproveReallocation" || command.type === "RejectReallocation") &&
    !state.pendingReallocations.has(command.data.requestId)
  );

/** Writes agreement `n` with `events` events into `store`; returns the last command's time. */
export const seedLongAgreement = async (store: EventStore, n: number, events: number): Promise<string> => {
  let state = initialState;
  let written = 0;
  let batch: DomainEvent[] = [];
  let expected: ExpectedRevision = "no-stream";
  let lastOccurred = "";
  const flush = async () => {
    const appended = await store.appendToStream(benchStreamId(n), batch.map(toAppend), expected);
    if (appended._tag === "Left")
      throw new Error(`seeding the long stream: ${JSON.stringify(appended.left)}`);
    expected = appended.right.nextExpectedRevision;
    batch = [];
  };
  for (const json of longHistory(n)) {
    if (written >= events) break;
    const command = commandFrom(json);
    if (!pending(command, state)) continue;
    const decided = decideOrThrow(command, state);
    for (const e of decided) state = evolve(state, e);
    batch.push(...decided);
    written += decided.length;
    lastOccurred = String(json.metadata.occurredAt);
    if (batch.length >= 500) await flush();
  }
  if (batch.length > 0) await flush();
  return lastOccurred;
};

const PROVIDER = { organisationId: "stichting-welzijn", role: "provider", person: "directeur Jansen" };

/** The k-th measured command on the long agreement `n`: one hour out (k even) or back (k odd). */
export const longCommand = (n: number, k: number, occurredAt: string, label: string): Command => {
  const a = { resultArea: "2", workType: "OBW", district: "Blokken" };
  const b = { resultArea: "2", workType: "OBW", district: "Monden" };
  const [from, to] = k % 2 === 0 ? [a, b] : [b, a];
  const id = `${agreementId(n)}-${label}-${k}`;
  return commandFrom({
    type: "RequestReallocation",
    data: {
      agreementId: agreementId(n),
      requestId: id,
      shifts: [{ from, to, quantity: { kind: "hours", amount: "1" } }],
      reason: "peer benchmark",
    },
    metadata: { actor: PROVIDER, commandId: id, occurredAt },
  });
};
