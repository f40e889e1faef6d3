/**
 * Issue 14's proof and bundle benchmarks on an SQLite store:
 * - an inclusion and a consistency proof on a store of BENCH_PROOF_EVENTS (1,000,000) events
 *   (target: under 5 ms each);
 * - a full audit bundle (`buildAuditBundle`, as `grant-ledger audit-bundle` writes it) of an
 *   agreement of BENCH_BUNDLE_EVENTS (10,000) events, and its offline verification (target:
 *   the bundle under 2 s).
 * Run: `node --import tsx bench/proofs.bench.ts` in packages/cli (part of `pnpm bench`).
 * The store is written first through the adapter (chain, tree, group commits), untimed.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { agreementStreamId } from "@grant-ledger/agreements";
import type { EventToAppend } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { buildAuditBundle } from "../src/auditBundle/buildBundle";
import { verifyAuditBundle } from "../src/auditBundle/verifyBundle";

const envInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
};
const totalEvents = envInt("BENCH_PROOF_EVENTS", 1_000_000);
const bundleEvents = Math.min(envInt("BENCH_BUNDLE_EVENTS", 10_000), totalEvents);
const PROOFS = 1_000;
const PER_APPEND = 500;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-proofs-"));
const store = openSqliteEventStore({ file: join(dir, "proofs.db") });

// About 700 bytes of JSON per event, shaped like a result report.
const event = (commandId: string, i: number): EventToAppend => ({
  type: "ResultReported",
  schemaVersion: 1,
  data: {
    reportId: `report-${i}`,
    period: "2007-05",
    cells: Array.from({ length: 6 }, (_, k) => ({
      position: {
        resultArea: String(2 + (k % 3)),
        workType: "OBW",
        district: k % 2 === 0 ? "Velden" : "Blokken",
      },
      achieved: { amount: String((i * 7 + k) % 997), kind: "hours" },
      note: "gerealiseerd volgens planning",
    })),
  },
  metadata: {
    commandId,
    actor: { organisationId: "stichting-welzijn", role: "provider", person: "directeur Jansen" },
    occurredAt: "2007-06-01T10:00:00Z",
    recordedAt: "2007-06-01T10:00:01Z",
  },
});

const started = process.hrtime.bigint();
const agreement = "bench-bundle";
// The bundle's agreement is spread through the log, as a busy ledger would leave it: after
// each append of other agreements' events, as many of its events as keep it on schedule.
const everyNth = totalEvents / bundleEvents;
let written = 0;
let inAgreement = 0;
let other = 0;
while (written < totalEvents) {
  const appends: Promise<E.Either<unknown, unknown>>[] = [];
  for (let k = 0; k < 16 && written < totalEvents; k++) {
    const n = Math.min(PER_APPEND, totalEvents - written);
    const base = written;
    const events = Array.from({ length: n }, (_, i) => event(`c-${base}`, base + i));
    appends.push(store.appendToStream(`agreement-other-${other++}`, events, "no-stream"));
    written += n;
    const due = Math.min(
      Math.floor(written / everyNth) - inAgreement,
      bundleEvents - inAgreement,
      totalEvents - written,
    );
    if (due > 0) {
      const expected = inAgreement === 0 ? "no-stream" : BigInt(inAgreement - 1);
      const mine = Array.from({ length: due }, (_, i) => event(`a-${inAgreement}`, inAgreement + i));
      appends.push(store.appendToStream(agreementStreamId(agreement), mine, expected));
      inAgreement += due;
      written += due;
    }
  }
  for (const outcome of await Promise.all(appends)) if (E.isLeft(outcome)) throw new Error("append refused");
}
const writeSecs = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`  the agreement of the bundle holds ${inAgreement} events`);
const head = await store.merkle.treeHead();
if (E.isLeft(head)) throw new Error("no tree head");
const size = head.right.treeSize;
console.log(
  `proofs and bundles: store of ${size} events written in ${writeSecs.toFixed(0)} s (untimed below); load ${load()}`,
);

const random = (() => {
  let s = 0x2545f491;
  return (below: bigint) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return BigInt((s >>> 0) % Number(below));
  };
})();
const timeEach = async (label: string, prove: () => Promise<E.Either<unknown, unknown>>) => {
  const ms: number[] = [];
  for (let i = 0; i < PROOFS; i++) {
    const t = process.hrtime.bigint();
    const proof = await prove();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (E.isLeft(proof))
      throw new Error(
        `${label}: ${JSON.stringify(proof.left, (_k, v) => (typeof v === "bigint" ? `${v}` : v))}`,
      );
  }
  ms.sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  console.log(
    `  ${label.padEnd(34)} ${PROOFS} proofs: mean ${mean.toFixed(3)} ms, median ${ms[ms.length >> 1]!.toFixed(3)} ms, max ${ms[ms.length - 1]!.toFixed(3)} ms (target < 5 ms)`,
  );
};
await timeEach(`inclusion in the tree of ${size}`, () => store.merkle.inclusionProof(random(size), size));
await timeEach(`consistency m < ${size}`, () => store.merkle.consistencyProof(1n + random(size - 1n), size));

const keys = generateKeyPairSync("ed25519");
const privateKeyPem = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const publicKeyPem = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
for (let run = 1; run <= 3; run++) {
  const t = process.hrtime.bigint();
  const bundle = await buildAuditBundle(store, store.merkle, { agreementId: agreement, privateKeyPem });
  const buildSecs = Number(process.hrtime.bigint() - t) / 1e9;
  if (E.isLeft(bundle)) throw new Error(bundle.left);
  const v = process.hrtime.bigint();
  const verdict = await verifyAuditBundle(bundle.right, publicKeyPem);
  const verifySecs = Number(process.hrtime.bigint() - v) / 1e9;
  console.log(
    `  audit bundle, ${bundle.right.events.length} events of ${size}: built in ${buildSecs.toFixed(2)} s (target < 2 s), verified offline in ${verifySecs.toFixed(2)} s: ${verdict.ok ? `${verdict.events} events valid` : verdict.failure}`,
  );
}
console.log(`  load average at end ${load()}`);
await store.close();
rmSync(dir, { recursive: true, force: true });
