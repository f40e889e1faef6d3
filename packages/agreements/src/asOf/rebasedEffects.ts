import { type AgreementState, type DomainEvent, ZERO, add, entryAt, subtract } from "@grant-ledger/core";

/**
 * A reallocation records its effects as each cell's value before and after, on the state the
 * ledger decided it on. The effective state as of a moment leaves out what had not occurred
 * by then, so a later-recorded, backdated reallocation meets another state than the one it
 * was decided on: there it counts for the change it made (after − before), added to the cell
 * as it stands. On the state it was decided on this is the recorded effect itself.
 */
export const rebasedOn = (state: AgreementState, event: DomainEvent): DomainEvent => {
  if (event.type !== "ReallocationApplied" && event.type !== "ReallocationApproved") return event;
  const effects = event.data.effects.map((effect) => {
    const now = entryAt(state.current, effect.cell)?.quantity.amount ?? ZERO;
    const change = subtract(effect.after.amount, effect.before.amount);
    return {
      cell: effect.cell,
      before: { kind: effect.before.kind, amount: now },
      after: { kind: effect.after.kind, amount: add(now, change) },
    };
  });
  return { ...event, data: { ...event.data, effects } } as DomainEvent;
};
