import type { AppendExpectedRevision } from "@eventstore/db-client";
import { NO_STREAM } from "@eventstore/db-client";
import type { StreamRevision } from "@grant-ledger/event-store";

/**
 * What the adapter sends: always the exact head it chained the new events to, never the
 * caller's looser expectation (checked beforehand), because the hashes are only right on top
 * of that head. A missing stream is the client's NO_STREAM constant, never -1.
 */
export const headExpectation = (head: StreamRevision): AppendExpectedRevision =>
  head === "no-stream" ? NO_STREAM : head;
