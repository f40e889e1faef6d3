import type { Command } from "../commands/catalogue";
import type { DomainEvent } from "../events/catalogue";
import type { AgreementState } from "./state";

/**
 * Decided request ids grow with the stream, so a durable snapshot leaves them out (see
 * `snapshot.ts`) and the command path keeps them in an index instead. These say which
 * events decide a request (the index is filled with them) and which ids a command asks
 * about (the index is asked for them), so the two stay with the decider's rules.
 */

/** The request an event decides (applies, approves or rejects), if any. */
export const decidedRequestIdOf = (event: DomainEvent): string | undefined => {
  switch (event.type) {
    case "ReallocationApplied":
    case "ReallocationApproved":
    case "ReallocationRejected":
    case "BudgetReallocationApplied":
    case "BudgetReallocationApproved":
    case "BudgetReallocationRejected":
      return event.data.requestId;
    default:
      return undefined;
  }
};

/**
 * The request id whose history decides this command on `state`: a new request's id (is it
 * already used?) or the one an approval or rejection names (was it decided, or never made?),
 * unless the state answers already (the request is pending, or known to be decided).
 */
export const requestIdToLookUp = (command: Command, state: AgreementState): string | undefined => {
  switch (command.type) {
    case "RequestReallocation":
    case "ApproveReallocation":
    case "RejectReallocation":
    case "RequestBudgetReallocation":
    case "ApproveBudgetReallocation":
    case "RejectBudgetReallocation": {
      const { requestId } = command.data;
      if (
        state.pendingReallocations.has(requestId) ||
        state.funding.pendingBudgetReallocations.has(requestId) ||
        state.decidedRequestIds.has(requestId)
      )
        return undefined;
      return requestId;
    }
    default:
      return undefined;
  }
};

/**
 * The state with `ids` known as decided: what the command path adds from its index to a
 * state read from a snapshot, before deciding. The decision stays a pure function of the
 * state; the lookup only fills in what the snapshot left out.
 */
export const knowingDecided = (state: AgreementState, ids: Iterable<string>): AgreementState => {
  let decided = state.decidedRequestIds;
  for (const id of ids) if (!decided.has(id)) decided = decided.add(id);
  return decided === state.decidedRequestIds ? state : { ...state, decidedRequestIds: decided };
};
