/**
 * `pnpm --filter @grant-ledger/core bench`: what replaying costs per event in the core alone,
 * JSON.parse vs parse + decodeEvent vs parse + decodeEvent + evolve, on events decided by the
 * real decider (the store-sqlite replay benchmark's agreement script). A benchmark, not a test.
 * BENCH_ROUNDS (default 20) scales the run.
 */
import { agreementScript } from "../../store-sqlite/bench/scenario/agreementScript";
import { type AgreementState, agreementDecider, decodeCommand, decodeEvent, encodeEvent } from "../src/index";

const rounds = Number(process.env.BENCH_ROUNDS ?? "20");
const AGREEMENTS = 5;
const EVENTS_EACH = 100;

const history = (n: number): string[] => {
  let state: AgreementState = agreementDecider.initialState;
  const out: string[] = [];
  for (const json of agreementScript(n, EVENTS_EACH)) {
    if (out.length >= EVENTS_EACH) break;
    const decoded = decodeCommand(json);
    if (decoded._tag === "Left") throw new Error(`command does not decode: ${JSON.stringify(decoded.left)}`);
    const command = decoded.right;
    if (
      (command.type === "ApproveReallocation" || command.type === "RejectReallocation") &&
      !state.pendingReallocations.has(command.data.requestId)
    )
      continue;
    const decided = agreementDecider.decide(command, state);
    if (decided._tag === "Left") throw new Error(`command refused: ${JSON.stringify(decided.left)}`);
    for (const e of decided.right) {
      state = agreementDecider.evolve(state, e);
      out.push(JSON.stringify(encodeEvent(e)));
    }
  }
  return out;
};

const streams = Array.from({ length: AGREEMENTS }, (_, n) => history(n));
const all = streams.flat();

const decodeOrThrow = (text: string) => {
  const d = decodeEvent(JSON.parse(text));
  if (d._tag === "Left") throw new Error(JSON.stringify(d.left));
  return d.right;
};

let sink = 0;
/** The fastest of five batches: on a shared machine the minimum is the figure least disturbed by others. */
const timeIt = (label: string, count: number, run: () => void, times = rounds): number => {
  // Warm up until the JIT has settled, then measure.
  for (let w = 0; w < Math.max(3, times / 4); w++) run();
  const batch = Math.max(1, Math.ceil(times / 5));
  let best = Number.POSITIVE_INFINITY;
  for (let b = 0; b < 5; b++) {
    const cpu = process.cpuUsage();
    for (let r = 0; r < batch; r++) run();
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (used.user + used.system) / (count * batch));
  }
  console.log(`${label.padEnd(44)} ${best.toFixed(2).padStart(8)} µs/event (CPU, best of 5)`);
  return best;
};

console.log(`core decode benchmark: ${all.length} events × ${rounds} rounds, node ${process.version}`);
const parse = timeIt("JSON.parse", all.length, () => {
  for (const s of all) sink += (JSON.parse(s) as { schemaVersion: number }).schemaVersion;
});
const decode = timeIt("JSON.parse + decodeEvent", all.length, () => {
  for (const s of all) sink += decodeOrThrow(s).schemaVersion;
});
const fold = timeIt("JSON.parse + decodeEvent + evolve", all.length, () => {
  for (const stream of streams) {
    let state = agreementDecider.initialState;
    for (const s of stream) state = agreementDecider.evolve(state, decodeOrThrow(s));
    sink += state.eventCount;
  }
});
const decodedStreams = streams.map((stream) => stream.map(decodeOrThrow));
const evolveAlone = timeIt("evolve alone (decoded beforehand)", all.length, () => {
  for (const stream of decodedStreams) {
    let state = agreementDecider.initialState;
    for (const e of stream) state = agreementDecider.evolve(state, e);
    sink += state.eventCount;
  }
});
console.log(`evolve alone ${evolveAlone.toFixed(2)} µs/event`);
console.log(
  `decode adds ${(decode - parse).toFixed(2)} µs, evolve ${(fold - decode).toFixed(2)} µs; ` +
    `parse+decode+evolve / JSON.parse = ${(fold / parse).toFixed(2)}×`,
);

console.log("\nper event type (JSON.parse + decodeEvent):");
const byType = new Map<string, string[]>();
for (const s of all) {
  const type = (JSON.parse(s) as { type: string }).type;
  byType.set(type, [...(byType.get(type) ?? []), s]);
}
for (const [type, events] of [...byType].sort()) {
  // Rare types are repeated so that every figure covers as many decodes as the common ones.
  const times = Math.ceil((rounds * all.length) / 4 / events.length);
  const p = timeIt(
    `  ${type} ×${events.length} parse`,
    events.length,
    () => {
      for (const s of events) sink += (JSON.parse(s) as { schemaVersion: number }).schemaVersion;
    },
    times,
  );
  const d = timeIt(
    `  ${type} ×${events.length} parse+decode`,
    events.length,
    () => {
      for (const s of events) sink += decodeOrThrow(s).schemaVersion;
    },
    times,
  );
  console.log(`  ${type}: decode ${(d - p).toFixed(2)} µs beyond JSON.parse (${(d / p).toFixed(2)}×)`);
}
if (sink === 0) console.log("");
