import type { DomainEvent, Evaluation } from "@grant-ledger/core";

/** The policy's evaluation a reallocation step recorded: its verdicts travel in the event. */
export const evaluationIn = (events: readonly DomainEvent[]): Evaluation | undefined => {
  for (const event of events) {
    if (event.type === "ReallocationApplied" || event.type === "ReallocationApproved")
      return { outcome: "allowed", verdicts: event.data.verdicts };
    if (event.type === "ReallocationRequested")
      return { outcome: "needs-approval", verdicts: event.data.verdicts };
  }
  return undefined;
};
