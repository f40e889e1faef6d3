/**
 * `pnpm --filter @grant-ledger/core bench`: does folding an agreement stay linear in the
 * length of its stream? For histories of 100, 1,000, 10,000 and 100,000 events of one
 * agreement (proposal, two negotiation rounds, both signatures, then reallocation requests
 * approved or rejected by the municipality and monthly result reports, every command decided
 * by the real decider: `longHistory.ts`), it prints the CPU time per event of replaying the
 * history (parse, decode, evolve), of `evolve` alone, and of the last 1,000 events alone,
 * and the CPU time of one `decide` on the state at the end of it. A benchmark, not a test: it prints figures and never fails on a target.
 *
 * BENCH_FOLD_SIZES (default `100,1000,10000,100000`) picks the sizes; BENCH_FOLD_EVENTS
 * (default 200,000) is how many events each timed batch folds.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  type AgreementState,
  type Command,
  type DomainEvent,
  agreementDecider,
  decodeCommand,
  decodeEvent,
  encodeEvent,
} from "../src/index";
import { decodeSnapshot, encodeSnapshot } from "../src/persistence";
import { longHistory } from "./longHistory";

const { decide, evolve, initialState } = agreementDecider;
const sizes = (process.env.BENCH_FOLD_SIZES ?? "100,1000,10000,100000").split(",").map(Number);
const eventsPerBatch = Number(process.env.BENCH_FOLD_EVENTS ?? "200000");
const BATCHES = 5;

/** Stands in for the command handler, which stamps the ledger's time before `decide`. */
const stamped = (json: unknown): unknown => {
  const c = json as { metadata: { occurredAt: string; recordedAt?: string } };
  return { ...c, metadata: { ...c.metadata, recordedAt: c.metadata.recordedAt ?? c.metadata.occurredAt } };
};

const commandOf = (json: unknown): Command => {
  const decoded = decodeCommand(stamped(json));
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

const decodeOrThrow = (text: string): DomainEvent => {
  const d = decodeEvent(JSON.parse(text));
  if (d._tag === "Left") throw new Error(JSON.stringify(d.left));
  return d.right;
};

const us = (n: number) => `${n.toFixed(2).padStart(7)} µs`;
const MARGINAL = 1000;

interface Row {
  readonly events: number;
  readonly builtSeconds: number;
  readonly replay: number;
  readonly evolve: number;
  readonly marginal: number;
  readonly onRequest: number;
  readonly onApproval: number;
}

/** One history size, measured in a process of its own so no other size's heap is in the way. */
const measureSize = (n: number): Row => {
  const built = history(n);
  let events: DomainEvent[] | undefined = built.events;
  const count = events.length;
  const { state, decideSeconds } = built;
  const reps = Math.max(1, Math.round(eventsPerBatch / count));
  const decoded = events;
  const evolveOnly = fastest(count, reps, () => {
    let s = initialState;
    for (const e of decoded) s = evolve(s, e);
    sink += s.eventCount;
  });
  const tailStart = Math.max(0, count - MARGINAL);
  let beforeTail = initialState;
  for (const e of events.slice(0, tailStart)) beforeTail = evolve(beforeTail, e);
  const tail = events.slice(tailStart);
  // Each run of the tail starts from its own copy of the state before it (decoded from a
  // snapshot, untimed): evolving one state twice is a fork, which copies the decided ids once.
  const beforeTailJson = JSON.stringify(encodeSnapshot(beforeTail));
  const freshBeforeTail = (): AgreementState => {
    const reading = decodeSnapshot(JSON.parse(beforeTailJson));
    if (reading.outcome !== "usable") throw new Error(`snapshot ignored: ${reading.reason}`);
    return reading.state;
  };
  let marginal = Number.POSITIVE_INFINITY;
  for (let b = 0; b < BATCHES; b++) {
    let cpuMicros = 0;
    const runs = 20;
    for (let r = 0; r < runs; r++) {
      let s = freshBeforeTail();
      const cpu = process.cpuUsage();
      for (const e of tail) s = evolve(s, e);
      const used = process.cpuUsage(cpu);
      cpuMicros += used.user + used.system;
      sink += s.eventCount;
    }
    marginal = Math.min(marginal, cpuMicros / (runs * tail.length));
  }
  // The replay holds the stored JSON only, as a handler reading a stream would.
  const stored = events.map((e) => JSON.stringify(encodeEvent(e)));
  events = undefined;
  const replay = fastest(count, reps, () => {
    let s = initialState;
    for (const text of stored) s = evolve(s, decodeOrThrow(text));
    sink += s.eventCount;
  });
  const { request, approve, pending } = probes(state);
  const decideReps = 1000;
  const onRequest = fastest(1, decideReps, () => {
    sink += decide(request, state)._tag.length;
  });
  const onApproval = fastest(1, decideReps, () => {
    sink += decide(approve, pending)._tag.length;
  });
  return {
    events: count,
    builtSeconds: decideSeconds,
    replay,
    evolve: evolveOnly,
    marginal,
    onRequest,
    onApproval,
  };
};

const one = process.env.BENCH_FOLD_ONE;
if (one !== undefined) {
  process.stdout.write(JSON.stringify(measureSize(Number(one))));
} else {
  console.log(
    `core fold benchmark: node ${process.version}, fastest of ${BATCHES} batches of ~${eventsPerBatch} events`,
  );
  console.log("CPU µs per event: replay = JSON.parse + decodeEvent + evolve of the stored JSON (the fold a");
  console.log(
    `command handler runs); evolve = evolve alone over decoded events; last ${MARGINAL} = evolve of the`,
  );
  console.log(
    `last ${MARGINAL} events from the state before them. decide: CPU µs of one decide on the state at`,
  );
  console.log("the end of the history, of a new request and of its approval. Each size in its own process.");
  console.log("  events  built in     replay     evolve  last 1000  decide request  decide approval");
  const rows: Row[] = [];
  for (const n of sizes) {
    const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_FOLD_ONE: String(n) },
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`size ${n} failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout) as Row;
    rows.push(r);
    console.log(
      `${String(r.events).padStart(8)}  ${`${r.builtSeconds.toFixed(2)} s`.padStart(8)}  ${us(r.replay)}  ${us(r.evolve)}  ${us(r.marginal)}  ${us(r.onRequest).padStart(14)}  ${us(r.onApproval).padStart(15)}`,
    );
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first !== undefined && last !== undefined && rows.length > 1) {
    const ratio = (k: "replay" | "evolve" | "marginal" | "onRequest") =>
      `${(last[k] / first[k]).toFixed(2)}×`;
    console.log(
      `largest / smallest history: replay ${ratio("replay")}, evolve ${ratio("evolve")}, last ${MARGINAL} ${ratio("marginal")}, decide request ${ratio("onRequest")} (target ≤ 1.2×)`,
    );
  }
  if (sink === 0) console.log("");
}
