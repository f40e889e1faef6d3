/**
 * The core's share of a cached command, without the store: for agreements signed by the
 * benchmark's script, decode the request and its approval from wire JSON, decide each on the
 * state the one before left (stamped with the ledger's time), evolve, encode every event and
 * decode it again (what the handler validates before writing). CPU µs per command, fastest
 * of `BENCH_DECIDE_ROUNDS` rounds of `BENCH_DECIDE_AGREEMENTS` agreements (two commands each).
 * `node --import tsx bench/commands/decideBench.ts`
 */
import {
  type AgreementState,
  type DomainEvent,
  agreementDecider,
  decodeCommand,
  decodeEvent,
  encodeEvent,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { envInt, loadAverage } from "../measure";
import { decideOrThrow, evolve, initialState } from "../scenario/agreementDomain";
import { commandFrom } from "../scenario/agreementDomain";
import { agreementScript } from "../scenario/agreementScript";

const AGREEMENTS = envInt("BENCH_DECIDE_AGREEMENTS", 2_000);
const ROUNDS = envInt("BENCH_DECIDE_ROUNDS", 7);

const signed: { state: AgreementState; wires: unknown[] }[] = [];
for (let n = 0; n < AGREEMENTS; n++) {
  const script = agreementScript(n);
  let state = initialState;
  for (const json of script.slice(0, 5))
    for (const e of decideOrThrow(commandFrom(json), state)) state = evolve(state, e);
  signed.push({ state, wires: [script[5], script[6]].map((c) => JSON.parse(JSON.stringify(c))) });
}

let t = Date.parse("2007-09-01T10:00:00.000Z");
const round = (): number => {
  const start = process.cpuUsage();
  for (const { state: signedState, wires } of signed) {
    let state = signedState;
    for (const wire of wires) {
      const decoded = decodeCommand(wire);
      if (E.isLeft(decoded)) throw new Error("bench command does not decode");
      const command = decoded.right;
      t += 1;
      const recordedAt = new Date(t).toISOString();
      const events = agreementDecider.decide(
        { ...command, metadata: { ...command.metadata, recordedAt } },
        state,
      );
      if (E.isLeft(events)) throw new Error(`bench command refused: ${events.left._tag}`);
      for (const event of events.right as DomainEvent[]) {
        state = agreementDecider.evolve(state, event);
        const again = decodeEvent(encodeEvent(event));
        if (E.isLeft(again)) throw new Error("bench event does not decode");
      }
    }
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (2 * AGREEMENTS);
};

const times: number[] = [];
for (let r = 0; r < ROUNDS; r++) times.push(round());
times.sort((a, b) => a - b);
console.log(
  `core per cached command (decode, decide, evolve, encode + decode each event): fastest ${times[0]!.toFixed(1)} µs, median ${times[Math.floor(ROUNDS / 2)]!.toFixed(1)} µs CPU (${ROUNDS} rounds × ${2 * AGREEMENTS} commands; load ${loadAverage()})`,
);
