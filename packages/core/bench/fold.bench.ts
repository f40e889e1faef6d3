/**
 * `pnpm --filter @grant-ledger/core bench`: does folding an agreement stay linear in the
 * length of its stream? For histories of 100, 1,000, 10,000 and 100,000 events of one
 * agreement (proposal, two negotiation rounds, both signatures, then reallocation requests
 * approved or rejected by the municipality and monthly result reports, every command decided
 * by the real decider: `longHistory.ts`), it prints the CPU time per
 * event of `evolve` over the whole history, and the CPU time of one `decide` on the state at
 * the end of it. A benchmark, not a test: it prints figures and never fails on a target.
 *
 * BENCH_FOLD_SIZES (default `100,1000,10000,100000`) picks the sizes; BENCH_FOLD_EVENTS
 * (default 200,000) is how many events each timed batch folds.
 */
import {
  type AgreementState,
  type Command,
  type DomainEvent,
  agreementDecider,
  decodeCommand,
} from "../src/index";
import { longHistory } from "./longHistory";

const { decide, evolve, initialState } = agreementDecider;
const sizes = (process.env.BENCH_FOLD_SIZES ?? "100,1000,10000,100000").split(",").map(Number);
const eventsPerBatch = Number(process.env.BENCH_FOLD_EVENTS ?? "200000");
const BATCHES = 5;

const commandOf = (json: unknown): Command => {
  const decoded = decodeCommand(json);
  if (decoded._tag === "Left") throw new Error(`command does not decode: ${JSON.stringify(decoded.left)}`);
  return decoded.right;
};

/** The events of one agreement's first `n` events, decided one command after another. */
const history = (n: number): { events: DomainEvent[]; state: AgreementState; decideSeconds: number } => {
  let state = initialState;
  const events: DomainEvent[] = [];
  const started = process.cpuUsage();
  let refused = 0;
  for (const json of longHistory()) {
    if (events.length >= n) break;
    const command = commandOf(json);
    if (
      (command.type === "ApproveReallocation" || command.type === "RejectReallocation") &&
      !state.pendingReallocations.has(command.data.requestId)
    )
      continue;
    const decided = decide(command, state);
    if (decided._tag === "Left") {
      // The history is meant to be accepted throughout; a few refusals would only thin it.
      if (++refused > n / 100) throw new Error(`command refused: ${decided.left.message}`);
      continue;
    }
    for (const e of decided.right) {
      if (events.length >= n) break;
      state = evolve(state, e);
      events.push(e);
    }
  }
  const used = process.cpuUsage(started);
  return { events, state, decideSeconds: (used.user + used.system) / 1e6 };
};

let sink = 0;

/** CPU µs per call of `run` (which does `count` units of work), the fastest of BATCHES batches. */
const fastest = (count: number, reps: number, run: () => void): number => {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let b = 0; b < BATCHES; b++) {
    const cpu = process.cpuUsage();
    for (let r = 0; r < reps; r++) run();
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (used.user + used.system) / (count * reps));
  }
  return best;
};

const meta = (commandId: string, person: string, role: "provider" | "municipality", org: string) => ({
  actor: { organisationId: org, role, person },
  commandId,
  occurredAt: "2007-06-01T10:00:00Z",
});

/** A new request on the state, and the municipality's approval of it once it is pending. */
const probes = (state: AgreementState): { request: Command; approve: Command; pending: AgreementState } => {
  const agreementId = state.agreementId;
  const request = commandOf({
    type: "RequestReallocation",
    data: {
      agreementId,
      requestId: "probe",
      reason: "meer vraag",
      shifts: [
        {
          from: { resultArea: "2", workType: "OBW", district: "Blokken" },
          to: { resultArea: "6", workType: "OBW", district: "Blokken" },
          quantity: { kind: "hours", amount: "1" },
        },
      ],
    },
    metadata: meta("probe-1", "directeur Jansen", "provider", "stichting-welzijn"),
  });
  const requested = decide(request, state);
  if (requested._tag === "Left") throw new Error(`probe refused: ${requested.left.message}`);
  const pending = requested.right.reduce(evolve, state);
  const approve = commandOf({
    type: "ApproveReallocation",
    data: { agreementId, requestId: "probe", reason: "akkoord" },
    metadata: meta("probe-2", "wethouder De Vries", "municipality", "gemeente-emmen"),
  });
  return { request, approve, pending };
};

const us = (n: number) => `${n.toFixed(2).padStart(8)} µs`;
console.log(`core fold benchmark: node ${process.version}, ${BATCHES} batches of ~${eventsPerBatch} events`);
console.log("events   build (decide+evolve)   evolve/event   decide request   decide approval");
const perEvent: number[] = [];
for (const n of sizes) {
  const { events, state, decideSeconds } = history(n);
  const reps = Math.max(1, Math.round(eventsPerBatch / events.length));
  const fold = fastest(events.length, reps, () => {
    let s = initialState;
    for (const e of events) s = evolve(s, e);
    sink += s.eventCount;
  });
  perEvent.push(fold);
  const { request, approve, pending } = probes(state);
  const decideReps = Math.max(20, Math.min(2000, Math.round(2_000_000 / events.length)));
  const onRequest = fastest(1, decideReps, () => {
    sink += decide(request, state)._tag.length;
  });
  const onApproval = fastest(1, decideReps, () => {
    sink += decide(approve, pending)._tag.length;
  });
  console.log(
    `${String(events.length).padStart(7)}   ${`${decideSeconds.toFixed(2)} s`.padStart(10)}            ${us(fold)}   ${us(onRequest)}   ${us(onApproval)}`,
  );
}
const first = perEvent[0];
const last = perEvent[perEvent.length - 1];
if (first !== undefined && last !== undefined && perEvent.length > 1) {
  console.log(`evolve per event, largest / smallest history: ${(last / first).toFixed(2)}× (target ≤ 1.2×)`);
}
if (sink === 0) console.log("");
