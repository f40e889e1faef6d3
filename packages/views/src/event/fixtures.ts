import type { DomainEvent } from "@grant-ledger/core";
import { EXAMPLE_AGREEMENT_ID } from "@grant-ledger/core/testing";
import type { ViewEvent } from "./viewEvent";

/**
 * Test support: domain events as the store would hand them to a view, revisions counted from
 * `fromRevision` (global positions alike). Not part of the package's API.
 */
export const recorded = (
  events: readonly DomainEvent[],
  fromRevision = 0,
  agreementId = EXAMPLE_AGREEMENT_ID,
): ViewEvent[] =>
  events.map((event, i) => ({
    agreementId,
    revision: fromRevision + i,
    globalPosition: fromRevision + i,
    event,
  }));
