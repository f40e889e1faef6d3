/**
 * Child process of bench/run.ts: a full audit bundle of one agreement of BENCH_BUNDLE_EVENTS
 * (default 10,000) events in a copy of the replay store (BENCH_EVENTS, default 1,000,000
 * events), with a consistency proof from the tree head before the agreement was written;
 * then the browser verifier checks it. Target (issue 14): the bundle under 2 s. The copy with
 * the long agreement is cached next to the replay store.
 */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import { buildAuditBundle, signStoreTreeHead } from "@grant-ledger/event-store";
import { generateCheckpointKeyPair } from "@grant-ledger/event-store";
import { formatBundle, verifyBundle, verifyTreeHead } from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import { openSqliteEventStore } from "../../src";
import { envInt, loadAverage, stopwatch } from "../measure";
import { replayFixtureFile, replayShape } from "../replay/replayFixture";
import { agreementId } from "../scenario/agreementScript";
import { benchStreamId } from "../scenario/seedAgreements";

const events = envInt("BENCH_EVENTS", 1_000_000);
const long = envInt("BENCH_BUNDLE_EVENTS", 10_000);
const replay = replayFixtureFile(events);
if (!existsSync(replay))
  throw new Error(`${replay} is missing: run bench/replay/generateReplayFixture.ts first`);
const file = replay.replace(/\.db$/, `-bundle-${long}.db`);
const n = replayShape(events).agreements;
const keys = generateCheckpointKeyPair();
const right = <T>(e: E.Either<unknown, T>): T => {
  if (E.isLeft(e)) throw new Error(String(e.left));
  return e.right;
};

if (!existsSync(file)) {
  const partial = `${file}.partial`;
  for (const suffix of ["-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  console.log(`bundle store: copying ${replay} and writing agreement ${agreementId(n)} of ${long} events`);
  if (!existsSync(partial)) copyFileSync(replay, partial);
  const store = openSqliteEventStore({ file: partial, maxBatch: 1000 });
  // The bench scripts' agreement histories run out of units long before 10,000 events, so the
  // long agreement's events are small synthetic ones, 500 an append.
  const batch = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      type: "UnitsRecorded",
      schemaVersion: 1,
      data: { index: from + i, units: `${from + i}.50` },
      metadata: { commandId: `bundle-bench-${from + i}` },
    }));
  let revision: bigint | "no-stream" = "no-stream";
  for (let written = 0; written < long; written += 500) {
    const appended = await store.appendToStream(
      benchStreamId(n),
      batch(written, Math.min(500, long - written)),
      revision,
    );
    revision = right(appended).nextExpectedRevision;
  }
  store.database.pragma("wal_checkpoint(TRUNCATE)");
  await store.close();
  renameSync(partial, file);
}

const store = openSqliteEventStore({ file });
// The auditor's kept head: the store before the long agreement (its events are last).
const before = right(
  await signStoreTreeHead(store, store.merkle, { privateKeyPem: keys.privateKeyPem, size: BigInt(events) }),
);
const kept = await verifyTreeHead(before.signed.note, keys.publicKeyPem);
if (!kept.valid) throw new Error(kept.message);

const runs: { build: number; cpu: number; verify: number; bytes: number }[] = [];
for (let run = 0; run < 3; run++) {
  const building = stopwatch();
  const bundle = right(
    await buildAuditBundle(store, store.merkle, {
      agreementId: agreementId(n),
      streamId: benchStreamId(n),
      privateKeyPem: keys.privateKeyPem,
      since: kept.treeHead,
    }),
  );
  const text = formatBundle(bundle);
  const built = building();
  const checking = stopwatch();
  const verdict = await verifyBundle(text, keys.publicKeyPem, { since: before.signed.note });
  const verified = checking();
  if (!verdict.ok) throw new Error(verdict.failure);
  if (verdict.events !== long) throw new Error(`the bundle holds ${verdict.events} events, not ${long}`);
  runs.push({ build: built.secs, cpu: built.cpuSecs, verify: verified.secs, bytes: text.length });
}
await store.close();

const total = statSync(file).size / 2 ** 30;
console.log(
  `\naudit bundle of a ${long.toLocaleString("en-US")}-event agreement in a ${(events + long).toLocaleString("en-US")}-event store (${total.toFixed(1)} GiB), load ${loadAverage()}`,
);
for (const [i, r] of runs.entries())
  console.log(
    `  run ${i + 1}: written in ${r.build.toFixed(2)} s (CPU ${r.cpu.toFixed(2)} s), ${(r.bytes / 2 ** 20).toFixed(1)} MiB; verified in ${r.verify.toFixed(2)} s`,
  );
