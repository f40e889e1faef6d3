// The per-command codec work of @grant-ledger/agreements' handle, old way against new, in one
// process, interleaved, CPU µs per command (fastest of 7 batches): the decode of a command
// (codec alone vs. the fast path first) and the encoders' copy to plain JSON (text round trip vs. plainJson).
import type * as t from "io-ts";
import { decodeWithoutFastPaths } from "../src/codec/fastPath";
import { plainJson } from "../src/codec/json";
import { type Command, commandCodecs, decodeCommand, encodeCommand } from "../src/commands/catalogue";
import { approveReallocation, requestReallocation, shift } from "../src/testing";

const commands: Command[] = [
  requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", "2.5")]),
  approveReallocation("r1"),
];
const wires = commands.map((c) => JSON.parse(JSON.stringify(encodeCommand(c))));
const N = 20_000;

const cpuMicros = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / N;
};
const cases: Record<string, () => void> = {
  "decode, codec only": () => {
    for (let i = 0; i < N; i++) {
      const w = wires[i % 2];
      decodeWithoutFastPaths(commandCodecs[w.type as Command["type"]] as unknown as t.Type<Command>, w);
    }
  },
  "decode, fast path first": () => {
    for (let i = 0; i < N; i++) decodeCommand(wires[i % 2]);
  },
  "copy, JSON text round trip": () => {
    for (let i = 0; i < N; i++) JSON.parse(JSON.stringify(wires[i % 2].data));
  },
  "copy, plainJson": () => {
    for (let i = 0; i < N; i++) plainJson(wires[i % 2].data);
  },
};
const best: Record<string, number> = {};
for (let round = 0; round < 7; round++)
  for (const [name, f] of Object.entries(cases))
    best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, cpuMicros(f));
for (const [name, us] of Object.entries(best)) console.log(`${name.padEnd(30)} ${us.toFixed(2)} µs/command`);
