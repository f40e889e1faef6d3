import { agreementStreamId } from "@grant-ledger/agreements";
import type { AgreementState } from "@grant-ledger/core";
import type { EventStore, EventToAppend, ExpectedRevision } from "@grant-ledger/event-store";
import { commandFrom, decideOrThrow, evolve, initialState, toAppend } from "./agreementDomain";
import { agreementId, agreementScript } from "./agreementScript";

export const benchStreamId = (n: number): string => agreementStreamId(agreementId(n));

/** Distinct histories decided by the core; agreement n reuses history n % TEMPLATES under its own ids. */
const TEMPLATES = 50;

/**
 * The encoded events of each command of agreement `n`'s script, decided by the core, until
 * `eventsEach` events (or `commandsEach` commands). A decision on a request the policy
 * already applied is skipped: the script does not know the policy's verdicts in advance.
 */
const decidedHistory = (n: number, eventsEach: number, commandsEach?: number): EventToAppend[][] => {
  let state: AgreementState = initialState;
  let produced = 0;
  const history: EventToAppend[][] = [];
  for (const json of agreementScript(n, eventsEach)) {
    if (produced >= eventsEach || (commandsEach !== undefined && history.length >= commandsEach)) break;
    const command = commandFrom(json);
    if (
      (command.type === "ApproveReallocation" || command.type === "RejectReallocation") &&
      !state.pendingReallocations.has(command.data.requestId)
    ) {
      continue;
    }
    const events = decideOrThrow(command, state);
    for (const e of events) state = evolve(state, e);
    history.push(events.map(toAppend));
    produced += events.length;
  }
  if (produced !== eventsEach && commandsEach === undefined) {
    throw new Error(`agreement ${n}: the script produced ${produced} events, not ${eventsEach}`);
  }
  return history;
};

export interface SeedOptions {
  readonly from: number;
  readonly to: number;
  readonly eventsEach: number;
  /** Stop each agreement after this many commands (default: its whole script). */
  readonly commandsEach?: number;
  /** Agreements written side by side. */
  readonly wave?: number;
  readonly onWave?: (done: number) => void;
}

/**
 * Writes agreements `from`..`to - 1` through the adapter (so hashes, positions and group
 * commits are the real ones). Deciding a million events would take longer than the whole
 * benchmark, so the core decides TEMPLATES distinct histories and the others are those
 * histories under their own agreement and command ids. Agreements advance side by side in
 * waves, as real ones do, so streams interleave in the global order; each step of a wave is
 * one group commit.
 */
export const seedAgreements = async (store: EventStore, options: SeedOptions): Promise<number> => {
  const { from, to, eventsEach, commandsEach, wave = 500, onWave } = options;
  const templates = new Map<number, EventToAppend[][]>();
  const historyOf = (n: number): EventToAppend[][] => {
    const t = n % TEMPLATES;
    let template = templates.get(t);
    if (template === undefined) {
      template = decidedHistory(t, eventsEach, commandsEach);
      templates.set(t, template);
    }
    if (t === n) return template;
    return JSON.parse(
      JSON.stringify(template).replaceAll(agreementId(t), agreementId(n)),
    ) as EventToAppend[][];
  };

  let written = 0;
  for (let start = from; start < to; start += wave) {
    let active: { streamId: string; history: EventToAppend[][]; expected: ExpectedRevision; next: number }[] =
      [];
    for (let n = start; n < Math.min(start + wave, to); n++) {
      active.push({ streamId: benchStreamId(n), history: historyOf(n), expected: "no-stream", next: 0 });
    }
    while (active.length > 0) {
      await Promise.all(
        active.map(async (a) => {
          const events = a.history[a.next++]!;
          const outcome = await store.appendToStream(a.streamId, events, a.expected);
          if (outcome._tag === "Left") throw new Error(`bench seeding conflict on ${a.streamId}`);
          a.expected = outcome.right.nextExpectedRevision;
          written += events.length;
        }),
      );
      active = active.filter((a) => a.next < a.history.length);
    }
    onWave?.(Math.min(start + wave, to) - from);
  }
  return written;
};
