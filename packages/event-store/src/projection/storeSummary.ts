import * as t from "io-ts";
import type { Projection } from "./projection";

const StoreSummary = t.type(
  {
    events: t.number,
    streams: t.number,
    eventsByType: t.record(t.string, t.number),
  },
  "StoreSummary",
);
export type StoreSummary = t.TypeOf<typeof StoreSummary>;

/**
 * A domain-free read model of the whole store: events, streams and events per type. A
 * stream is counted at its revision 0, so the state stays small however many streams exist.
 */
export const storeSummaryProjection: Projection<StoreSummary> = {
  name: "store-summary",
  init: () => ({ events: 0, streams: 0, eventsByType: {} }),
  apply: (state, event) => {
    state.events++;
    if (event.revision === 0n) state.streams++;
    state.eventsByType[event.type] = (state.eventsByType[event.type] ?? 0) + 1;
    return state;
  },
  stateCodec: StoreSummary,
};
