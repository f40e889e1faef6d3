/**
 * `pnpm bench` for the service, with autocannon on loopback, each server in its own process:
 * 1. the audit trail of a 10,000-event agreement, first page of 100 events, 64 connections,
 *    against bare Express routes returning a same-size static JSON body, back to back: one
 *    stringifying it per request (`res.json`, the baseline), one sending it
 *    pre-serialised as a Buffer (what the service's page cache does);
 * 2. durable commands (ReportResult with If-Match, on SQLite) with 32 connections, one
 *    agreement per connection.
 * Targets (issue 13): p99 < 25 ms and ≥ 50% of the bare route's requests/s; ≥ 2,000 commands/s.
 * BENCH_SECONDS (default 10) sets each run's duration; BENCH_ONLY=trail|commands runs one half.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAgreements, describeAgreementsError } from "@grant-ledger/agreements";
import { proposeExample, signBy } from "@grant-ledger/core/testing";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { mintToken } from "@grant-ledger/tokens";
import { generateTokenKeyPair } from "@grant-ledger/tokens";
import autocannon from "autocannon";
import { appendGenerated } from "../../../packages/views/test/generatedStore";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** BENCH_ONLY=trail or commands: one half (for profiles and quick A/B rounds). */
const only = process.env.BENCH_ONLY;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-service-"));
const keys = generateTokenKeyPair();
const children: ChildProcess[] = [];

const serve = (mode: "service" | "bare", file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // BENCH_PROFILE=<dir>: a V8 CPU profile of each server, written when it exits.
        ...(process.env.BENCH_PROFILE === undefined
          ? []
          : ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]),
        "--import",
        "tsx",
        fileURLToPath(new URL("server.ts", import.meta.url)),
        mode,
        file,
      ],
      {
        env: { ...process.env, BENCH_PUBLIC_KEY: keys.publicKeyPem },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    children.push(child);
    child.stdout?.on("data", (chunk: Buffer) => {
      const m = /LISTENING (\S+)/.exec(chunk.toString());
      if (m !== null) resolve(m[1] as string);
    });
    child.once("exit", (code) => reject(new Error(`${mode} server exited ${code}`)));
  });

const stop = (child: ChildProcess | undefined) =>
  new Promise<void>((resolve) => {
    if (child === undefined || child.exitCode !== null) return resolve();
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

const cannon = (o: autocannon.Options) => autocannon({ duration: seconds, ...o });

/** CPU seconds (user + system) a process has used: on a busy machine, work per CPU-second is the steadier figure. */
const cpuSeconds = (pid: number | undefined): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const measured = async (child: ChildProcess | undefined, o: autocannon.Options) => {
  const before = cpuSeconds(child?.pid);
  const result = await cannon(o);
  return { result, cpu: cpuSeconds(child?.pid) - before };
};
const perCpu = (r: autocannon.Result, cpu: number) =>
  `${Math.round(r.requests.total / cpu).toLocaleString("en-US")} per server CPU-second`;

const summary = (label: string, r: autocannon.Result) =>
  `${label}: ${Math.round(r.requests.average).toLocaleString("en-US")} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, non-2xx ${r.non2xx}, errors ${r.errors}`;

try {
  console.log(`service benchmarks, ${seconds} s per run; load average at start ${load()}`);
  const trailFile = join(dir, "trail.db");
  const trailStore = openSqliteEventStore({ file: trailFile });
  await appendGenerated(trailStore, { streams: 1, eventsPerStream: 10_000 });
  const agreements = createAgreements({ store: trailStore });
  for (let i = 0; i < 32; i++) {
    const agreementId = `cmd-${i}`;
    for (const command of [
      proposeExample({ agreementId }),
      signBy("municipality", agreementId),
      signBy("provider", agreementId),
    ]) {
      const done = await agreements.handle(command);
      if (done._tag === "Left")
        throw new Error(`setting up ${agreementId}: ${describeAgreementsError(done.left)}`);
    }
  }
  await trailStore.close();
  const auditor = await mintToken({
    privateKeyPem: keys.privateKeyPem,
    organisationId: "gm0114",
    role: "municipality",
    person: "Bench",
  });
  const provider = await mintToken({
    privateKeyPem: keys.privateKeyPem,
    organisationId: "sedna",
    role: "provider",
    person: "Bench",
  });

  const serviceUrl = await serve("service", trailFile);
  const serviceChild = children[0];
  if (only !== "commands") {
    const trailPath = "/agreements/generated-0/events?limit=100";
    const page = await fetch(`${serviceUrl}${trailPath}`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    const pageText = await page.text();
    if (page.status !== 200) throw new Error(`trail page: ${page.status} ${pageText.slice(0, 200)}`);
    const staticFile = join(dir, "page.json");
    writeFileSync(staticFile, pageText);
    const bareUrl = await serve("bare", staticFile);
    console.log(`first page: ${(pageText.length / 1024).toFixed(1)} KiB, 100 events of 10,000`);

    // Warm all three, then measure back to back (bare first, then the service).
    await cannon({ url: `${bareUrl}/static`, connections: 8, duration: 2 });
    await cannon({ url: `${bareUrl}/bytes`, connections: 8, duration: 2 });
    await cannon({
      url: `${serviceUrl}${trailPath}`,
      connections: 8,
      duration: 2,
      headers: { authorization: `Bearer ${auditor}` },
    });
    const loadBefore = load();
    const bareChild = children[1];
    const { result: bare, cpu: bareCpu } = await measured(bareChild, {
      url: `${bareUrl}/static`,
      connections: 64,
    });
    const { result: bytes, cpu: bytesCpu } = await measured(bareChild, {
      url: `${bareUrl}/bytes`,
      connections: 64,
    });
    const { result: trail, cpu: trailCpu } = await measured(serviceChild, {
      url: `${serviceUrl}${trailPath}`,
      connections: 64,
      headers: { authorization: `Bearer ${auditor}` },
    });
    console.log(`load average before the pair: ${loadBefore}, after: ${load()}`);
    console.log(
      `${summary("bare Express, same-size static JSON, 64 connections", bare)}; ${perCpu(bare, bareCpu)}`,
    );
    console.log(
      `${summary("bare Express, the same JSON pre-serialised (a Buffer), 64 connections", bytes)}; ${perCpu(bytes, bytesCpu)}`,
    );
    console.log(
      `${summary("audit trail first page of 100, 64 connections", trail)}; ${perCpu(trail, trailCpu)}`,
    );
    const ratio = trail.requests.average / bare.requests.average;
    const percent = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;
    console.log(
      `  p99 ${trail.latency.p99} ms (target < 25): ${trail.latency.p99 < 25 ? "met" : "NOT met"}; ${percent(trail.requests.average, bare.requests.average)} of bare (target ≥ 50%): ${ratio >= 0.5 ? "met" : "NOT met"}; per CPU-second ${percent(trail.requests.total / trailCpu, bare.requests.total / bareCpu)}`,
    );
    console.log(
      `  against the pre-serialised bare route: ${percent(trail.requests.average, bytes.requests.average)} of its req/s, ${percent(trail.requests.total / trailCpu, bytes.requests.total / bytesCpu)} per CPU-second`,
    );
    await stop(children.pop());
  }

  if (only !== "trail") {
    // Durable commands: each request takes a free agreement (as many as connections) with its
    // last ETag, and gives it back with the new one: no two requests race on one agreement.
    // (autocannon resets a connection's context at every request, so the pool is shared.)
    const free = Array.from({ length: 32 }, (_, i) => `cmd-${i}`);
    const etags = new Map<string, string>();
    const refusals = new Map<string, number>();
    const requests: autocannon.Request[] = [
      {
        method: "POST",
        setupRequest: (req, context) => {
          const c = context as { agreement?: string };
          const agreement = free.shift() as string;
          c.agreement = agreement;
          return {
            ...req,
            path: `/agreements/${agreement}/results`,
            headers: {
              ...req.headers,
              authorization: `Bearer ${provider}`,
              "content-type": "application/json",
              "if-match": etags.get(agreement) ?? '"2"',
            },
            body: JSON.stringify({ period: "2007-H2", realised: [], reach: [] }),
          };
        },
        onResponse: (status, body, context) => {
          const agreement = (context as { agreement: string }).agreement;
          free.push(agreement);
          if (status === 200) {
            etags.set(agreement, (JSON.parse(body) as { etag: string }).etag);
            return;
          }
          const problem = JSON.parse(body) as { type: string; currentEtag?: string; detail?: string };
          if (problem.currentEtag !== undefined) etags.set(agreement, problem.currentEtag);
          const key = `${status} ${problem.detail ?? problem.type}`;
          refusals.set(key, (refusals.get(key) ?? 0) + 1);
        },
      },
    ];
    const loadCommands = load();
    const { result: commands, cpu: commandsCpu } = await measured(serviceChild, {
      url: serviceUrl,
      connections: 32,
      requests,
    });
    console.log(`load average before: ${loadCommands}, after: ${load()}`);
    console.log(
      `${summary("durable ReportResult commands on SQLite, 32 connections", commands)}; ${perCpu(commands, commandsCpu)}`,
    );
    for (const [why, n] of refusals) console.log(`  refused ${n}×: ${why}`);
    const durable = commands.requests.average * (commands["2xx"] / Math.max(1, commands.requests.total));
    console.log(
      `  ${Math.round(durable).toLocaleString("en-US")} recorded/s (target ≥ 2,000): ${durable >= 2000 ? "met" : "NOT met"}`,
    );

    // The floor HTTP itself sets: bare Express parsing the same JSON body and answering a small
    // JSON one (no middleware, no ledger), same connections, right after.
    const floorFile = join(dir, "empty.json");
    writeFileSync(floorFile, "{}");
    const floorUrl = await serve("bare", floorFile);
    const floorChild = children.at(-1);
    const { result: floor, cpu: floorCpu } = await measured(floorChild, {
      url: `${floorUrl}/command`,
      method: "POST",
      connections: 32,
      headers: { authorization: `Bearer ${provider}`, "content-type": "application/json", "if-match": '"2"' },
      body: JSON.stringify({ period: "2007-H2", realised: [], reach: [] }),
    });
    console.log(
      `${summary("bare Express POST, the same body parsed by express.json, a small JSON answer, 32 connections", floor)}; ${perCpu(floor, floorCpu)}`,
    );
    await stop(children.pop());

    // The same commands without HTTP, right after: 32 concurrent callers of `agreements.handle`
    // (state cache on, as in the service) on the same file, to tell HTTP's share from the ledger's.
    await stop(serviceChild);
    const direct = openSqliteEventStore({ file: trailFile });
    const ledger = createAgreements({ store: direct, stateCache: { maxStreams: 10_000 } });
    const actor = { organisationId: "sedna", role: "provider" as const, person: "Bench" };
    let recorded = 0;
    const until = Date.now() + seconds * 1000;
    const cpuBefore = process.cpuUsage();
    const startedAt = Date.now();
    await Promise.all(
      Array.from({ length: 32 }, async (_, i) => {
        const agreementId = `cmd-${i}`;
        let revision: bigint | "no-stream" | undefined;
        while (Date.now() < until) {
          const done = await ledger.handle(
            {
              type: "ReportResult",
              data: { agreementId, period: "2007-H2", realised: [], reach: [] },
              metadata: { actor, commandId: randomUUID(), occurredAt: new Date().toISOString() },
            },
            revision === undefined ? {} : { expectedRevision: revision },
          );
          if (done._tag === "Left") throw new Error(describeAgreementsError(done.left));
          revision = done.right.revision;
          recorded++;
        }
      }),
    );
    const cpu = process.cpuUsage(cpuBefore);
    const wall = (Date.now() - startedAt) / 1000;
    await direct.close();
    console.log(
      `the same through agreements.handle in-process (no HTTP), 32 callers: ${Math.round(recorded / wall).toLocaleString("en-US")}/s, ${Math.round(recorded / ((cpu.user + cpu.system) / 1e6)).toLocaleString("en-US")} per CPU-second; load after ${load()}`,
    );
  }
} finally {
  for (const child of children) await stop(child);
  rmSync(dir, { recursive: true, force: true });
}
