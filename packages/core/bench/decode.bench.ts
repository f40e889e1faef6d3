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
    // The ledger records each scripted command at its own time, as a command handler would.
    const recorded = {
      ...command,
      metadata: { ...command.metadata, recordedAt: command.metadata.occurredAt },
    };
    const decided = agreementDecider.decide(recorded, state);
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

/**
 * Per-event CPU time of each variant, measured in interleaved batches (parse, decode, fold,
 * parse, ...) and the fastest batch kept: on a shared machine that keeps the variants
 * comparable and the figures least disturbed by others.
 */
const measure = (count: number, times: number, variants: Record<string, () => void>) => {
  const entries = Object.entries(variants);
  for (let w = 0; w < Math.max(3, times / 4); w++) for (const [, run] of entries) run();
  const batches = 7;
  const perBatch = Math.max(1, Math.ceil(times / batches));
  const best = new Map(entries.map(([label]) => [label, Number.POSITIVE_INFINITY]));
  for (let b = 0; b < batches; b++) {
    for (const [label, run] of entries) {
      const cpu = process.cpuUsage();
      for (let r = 0; r < perBatch; r++) run();
      const used = process.cpuUsage(cpu);
      best.set(label, Math.min(best.get(label) as number, (used.user + used.system) / (count * perBatch)));
    }
  }
  return best;
};

const parseAll = (events: readonly string[]) => () => {
  for (const s of events) sink += (JSON.parse(s) as { schemaVersion: number }).schemaVersion;
};
const decodeAll = (events: readonly string[]) => () => {
  for (const s of events) sink += decodeOrThrow(s).schemaVersion;
};
const decodedStreams = streams.map((stream) => stream.map(decodeOrThrow));
const us = (n: number | undefined) => `${(n ?? Number.NaN).toFixed(2).padStart(7)} µs`;

console.log(`core decode benchmark: ${all.length} events × ${rounds} rounds, node ${process.version}`);
console.log("CPU time per event, fastest of 7 interleaved batches:");
const overall = measure(all.length, rounds, {
  parse: parseAll(all),
  decode: decodeAll(all),
  fold: () => {
    for (const stream of streams) {
      let state = agreementDecider.initialState;
      for (const s of stream) state = agreementDecider.evolve(state, decodeOrThrow(s));
      sink += state.eventCount;
    }
  },
  evolve: () => {
    for (const stream of decodedStreams) {
      let state = agreementDecider.initialState;
      for (const e of stream) state = agreementDecider.evolve(state, e);
      sink += state.eventCount;
    }
  },
});
const parse = overall.get("parse") as number;
const fold = overall.get("fold") as number;
console.log(`  JSON.parse                         ${us(parse)}`);
console.log(`  JSON.parse + decodeEvent           ${us(overall.get("decode"))}`);
console.log(`  JSON.parse + decodeEvent + evolve  ${us(fold)}`);
console.log(`  evolve alone (decoded beforehand)  ${us(overall.get("evolve"))}`);
console.log(
  `  decode + evolve beyond JSON.parse  ${us(fold - parse)}; (parse + decode + evolve) / parse = ${(fold / parse).toFixed(2)}×`,
);

console.log("\nper event type: JSON.parse, JSON.parse + decodeEvent, decode beyond parse, ratio");
const byType = new Map<string, string[]>();
for (const s of all) {
  const type = (JSON.parse(s) as { type: string }).type;
  byType.set(type, [...(byType.get(type) ?? []), s]);
}
for (const [type, events] of [...byType].sort()) {
  // Rare types are repeated so that every figure covers as many decodes as the common ones.
  const times = Math.ceil((rounds * all.length) / 4 / events.length);
  const r = measure(events.length, times, { parse: parseAll(events), decode: decodeAll(events) });
  const p = r.get("parse") as number;
  const d = r.get("decode") as number;
  console.log(
    `  ${`${type} ×${events.length}`.padEnd(28)} ${us(p)} ${us(d)} ${us(d - p)} ${(d / p).toFixed(2)}×`,
  );
}
if (sink === 0) console.log("");
