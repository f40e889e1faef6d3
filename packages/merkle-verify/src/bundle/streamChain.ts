import { GENESIS_HASH, type LoggedEvent, chainHashOf } from "../event/recordedEvent";

const at = (e: LoggedEvent) => `${e.streamId} revision ${e.revision} (global position ${e.globalPosition})`;

/**
 * The first break in one stream's hash chain, read from its first event: revisions 0, 1, 2…
 * each linked to the one before by its previous hash, each hash the hash of its content,
 * global positions rising. Undefined when the chain holds.
 */
export const streamChainBreak = async (events: readonly LoggedEvent[]): Promise<string | undefined> => {
  let previous: LoggedEvent | undefined;
  for (const [i, event] of events.entries()) {
    const expected = BigInt(i);
    if (event.revision < expected) return `inserted at ${at(event)}: revision ${event.revision} occurs twice`;
    if (event.revision > expected)
      return `deleted at ${event.streamId} revision ${expected}: it is missing (the next event is revision ${event.revision})`;
    if (previous !== undefined && event.globalPosition <= previous.globalPosition)
      return `reordered at ${at(event)}: it comes after global position ${previous.globalPosition}`;
    if (event.previousHash !== (previous?.hash ?? GENESIS_HASH))
      return `broken-link at ${at(event)}: its previous hash ${event.previousHash} is not the hash of revision ${expected - 1n}`;
    const recomputed = await chainHashOf(event);
    if (recomputed !== event.hash)
      return `edited at ${at(event)}: the hash ${event.hash} is not the hash of the event's content (${recomputed ?? "it has no canonical JSON"})`;
    previous = event;
  }
  return undefined;
};
