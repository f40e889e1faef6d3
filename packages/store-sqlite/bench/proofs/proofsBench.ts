/**
 * Child process of bench/run.ts: inclusion and consistency proofs on the cached replay store
 * (BENCH_EVENTS, default 1,000,000 events), each asked of the store's MerkleLog as a
 * service would, and checked with the browser verifier. Target (issue 14): under 5 ms each.
 * BENCH_PROOFS (default 2,000) proofs of each kind at random positions and sizes.
 */
import { existsSync } from "node:fs";
import { eventLeaf } from "@grant-ledger/event-store";
import { leafHash, verifyConsistency, verifyInclusion } from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import { openSqliteEventStore } from "../../src";
import { envInt, loadAverage } from "../measure";
import { replayFixtureFile } from "../replay/replayFixture";
import { type Timings, summarise, timed } from "./timings";

const events = envInt("BENCH_EVENTS", 1_000_000);
const proofs = envInt("BENCH_PROOFS", 2_000);
const file = replayFixtureFile(events);
if (!existsSync(file)) throw new Error(`${file} is missing: run bench/replay/generateReplayFixture.ts first`);
const store = openSqliteEventStore({ file });
const size = BigInt(events);
const right = <T>(e: E.Either<unknown, T>): T => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};
const head = right(await store.merkle.treeHead());
if (head.treeSize !== size) throw new Error(`the store holds ${head.treeSize} events, not ${size}`);

// A fixed sequence (xorshift), so that runs before and after a change ask the same proofs.
let seed = 0x2545f491n;
const random = (below: bigint): bigint => {
  seed ^= (seed << 13n) & 0xffffffffn;
  seed ^= seed >> 17n;
  seed ^= (seed << 5n) & 0xffffffffn;
  return ((seed * 0x9e3779b1n) & 0xffffffffn) % below;
};

const inclusion: Timings = [];
const consistency: Timings = [];
const verifyTimes: Timings = [];
for (let i = 0; i < proofs; i++) {
  const treeSize = i % 2 === 0 ? size : 1n + random(size);
  const position = random(treeSize);
  const proof = right(await timed(inclusion, () => store.merkle.inclusionProof(position, treeSize)));
  const root = right(await store.merkle.treeHead(treeSize)).rootHash;
  let event: Parameters<typeof eventLeaf>[0] | undefined;
  for await (const e of store.readAll({ fromPosition: position, maxCount: 1 })) event = e;
  const verdict = await timed(verifyTimes, async () =>
    verifyInclusion({
      index: position,
      treeSize,
      leafHash: await leafHash(eventLeaf(event!)),
      proof,
      rootHash: root,
    }),
  );
  if (!verdict.valid) throw new Error(`inclusion of ${position} in ${treeSize}: ${verdict.message}`);
}
for (let i = 0; i < proofs; i++) {
  const second = i % 2 === 0 ? size : 2n + random(size - 1n);
  const first = 1n + random(second);
  const proof = right(await timed(consistency, () => store.merkle.consistencyProof(first, second)));
  const [firstRoot, secondRoot] = [
    right(await store.merkle.treeHead(first)),
    right(await store.merkle.treeHead(second)),
  ].map((h) => h.rootHash);
  const verdict = await verifyConsistency({
    firstSize: first,
    firstRoot: firstRoot!,
    secondSize: second,
    secondRoot: secondRoot!,
    proof,
  });
  if (!verdict.valid) throw new Error(`consistency ${first} → ${second}: ${verdict.message}`);
}
await store.close();

console.log(
  `\nproofs on a ${events.toLocaleString("en-US")}-event store (${proofs} of each, half at the full size), load ${loadAverage()}`,
);
console.log(`  inclusion proof (store):   ${summarise(inclusion)}`);
console.log(`  consistency proof (store): ${summarise(consistency)}`);
console.log(`  inclusion check (verifier, leaf hash included): ${summarise(verifyTimes)}`);
