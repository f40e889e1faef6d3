import {
  type AgreementState,
  type Command,
  type DomainEvent,
  agreementDecider,
  cellKey,
  encodeEvent,
} from "@grant-ledger/core";
import {
  actors,
  amendExample,
  approveReallocation,
  armoede2022,
  cellAt,
  dec,
  hours,
  moneyShift,
  proposeExample,
  recordBudget,
  rejectReallocation,
  reportCosts,
  reportResult,
  requestBudgetReallocation,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import type { EventStore, EventToAppend } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";

/**
 * Test and bench support: a long agreement history decided by the real decider, one command
 * after the other (each on the state the one before left): small shifts applied at once,
 * larger ones that wait for approval and are approved or rejected, result reports with
 * corrections, and now and then an amendment; a budget with small money reallocations and
 * cost reports (corrected each time). About `events` events in all.
 */
const generated = new Map<string, DomainEvent[]>();

export const generatedHistory = (events: number, seed = 0): DomainEvent[] => {
  const key = `${events}/${seed}`;
  const known = generated.get(key);
  if (known !== undefined) return known;
  const history = decided(events, seed);
  generated.set(key, history);
  return history;
};

// Deciding is most of the cost of a generated store: each history is decided once per process.
const decided = (events: number, seed: number): DomainEvent[] => {
  const out: DomainEvent[] = [];
  let state: AgreementState = agreementDecider.initialState;
  const apply = (command: Command): readonly DomainEvent[] => {
    const result = agreementDecider.decide(command, state);
    if (E.isLeft(result)) throw new Error(`${command.type} was refused: ${result.left.message}`);
    for (const e of result.right) state = agreementDecider.evolve(state, e);
    out.push(...result.right);
    return result.right;
  };
  for (const c of [
    proposeExample(),
    signBy("provider"),
    signBy("municipality"),
    recordBudget([armoede2022()]),
  ])
    apply(c);
  const held = (key: string) => state.current.get(key)?.quantity.amount.units ?? 0n;
  for (let i = 0; out.length < events; i++) {
    const step = (i + seed) % 13;
    if (step === 12) {
      const key = "6/JW/Velden";
      const from = state.current.get(key)?.quantity ?? hours(0);
      const base = amendExample();
      apply({
        ...base,
        data: {
          ...base.data,
          amendmentId: `am-${i}`,
          changes: [
            { position: cellAt(key), from, to: hours(String(held(key) + 1n)), reason: "more youth work" },
          ],
        },
      });
    } else if (step === 7) {
      apply(
        reportCosts("2007", [{ line: { group: "armoede", line: "BMW" }, amount: dec(String(1000 + i)) }]),
      );
    } else if (step === 11) {
      const [a, b] = i % 2 === 0 ? ["armoede/BMW", "armoede/SHV"] : ["armoede/SHV", "armoede/BMW"];
      apply(
        requestBudgetReallocation(`m-${seed}-${i}`, [moneyShift(a as string, b as string, { amount: "5" })]),
      );
    } else if (step === 5 || step === 9) {
      const period = step === 5 ? "2007-H1" : "2007-H2";
      apply(reportResult(period, [{ position: cellAt("6/OBW/Velden"), quantity: hours(100 + (i % 50)) }]));
    } else {
      // Back and forth between two cells, so that neither runs dry.
      const [a, b] =
        held(cellKey(cellAt("6/OBW/Stad"))) > 700n
          ? ["6/OBW/Stad", "6/OBW/Velden"]
          : ["6/OBW/Velden", "6/OBW/Stad"];
      const big = step % 3 === 0;
      const emitted = apply(
        requestReallocation(`r-${seed}-${i}`, [shift(a as string, b as string, big ? 400 : 5)]),
      );
      if (emitted.some((e) => e.type === "ReallocationRequested"))
        apply(
          i % 2 === 0
            ? approveReallocation(`r-${seed}-${i}`)
            : rejectReallocation(`r-${seed}-${i}`, actors.alderman),
        );
    }
  }
  return out;
};

/** Appends histories to `streams` agreement streams, in appends of `perAppend` events. */
export const appendGenerated = async (
  store: Pick<EventStore, "appendToStream">,
  options: {
    readonly streams: number;
    readonly eventsPerStream: number;
    readonly perAppend?: number;
    /** Seed of the first stream; stream `s` is named `agreement-<prefix>-generated-<s>`. */
    readonly seed?: number;
    readonly prefix?: string;
  },
): Promise<void> => {
  const perAppend = options.perAppend ?? 500;
  for (let s = 0; s < options.streams; s++) {
    const seed = (options.seed ?? 0) + s;
    const encoded: EventToAppend[] = generatedHistory(options.eventsPerStream, seed).map(
      (e) => encodeEvent(e) as EventToAppend,
    );
    let revision: bigint | "no-stream" = "no-stream";
    for (let i = 0; i < encoded.length; i += perAppend) {
      const result = await store.appendToStream(
        `agreement-${options.prefix === undefined ? "" : `${options.prefix}-`}generated-${seed}`,
        encoded.slice(i, i + perAppend),
        revision,
      );
      if (E.isLeft(result)) throw new Error(`append refused: ${JSON.stringify(result.left)}`);
      revision = result.right.nextExpectedRevision;
    }
  }
};
