/**
 * A server for the benchmarks, in its own process so that the load generator does not share
 * its event loop: `service <db file>` (the audit service, no rate limit, silent log) or
 * `bare <json file>` (plain Express with its defaults: `/static` stringifies the parsed body on
 * every request with `res.json`, `/bytes` sends the same JSON pre-serialised as one Buffer with
 * `res.send`; both also hash the body for Express's default weak ETag; `POST /command` parses a
 * JSON body with `express.json` and answers a small JSON one: the floor of a command request).
 * Prints its URL.
 */
import { readFileSync } from "node:fs";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { createTokenVerifier } from "@grant-ledger/tokens";
import express from "express";
import { pino } from "pino";
import { createApp } from "../src/app/createApp";

const [mode, file] = process.argv.slice(2) as [string, string];
let app: express.Express;
if (mode === "bare") {
  const body = JSON.parse(readFileSync(file, "utf8")) as unknown;
  app = express();
  const bytes = Buffer.from(JSON.stringify(body), "utf8");
  app.get("/static", (_req, res) => {
    res.json(body);
  });
  app.get("/bytes", (_req, res) => {
    res.type("json").send(bytes);
  });
  app.post("/command", express.json(), (req, res) => {
    res.json({ agreementId: "bare", revision: "3", etag: '"3"', events: [{ type: "Bare", body: req.body }] });
  });
} else {
  const store = openSqliteEventStore({ file });
  const verify = await createTokenVerifier({ key: { publicKeyPem: process.env.BENCH_PUBLIC_KEY as string } });
  app = createApp({ store, auth: { verify }, logger: pino({ level: "silent" }), rateLimit: false }).app;
}
const server = app.listen(0, "127.0.0.1", () => {
  const address = server.address() as { port: number };
  process.stdout.write(`LISTENING http://127.0.0.1:${address.port}\n`);
});
// A benchmark server has nothing in flight worth waiting for (and --cpu-prof writes at exit).
process.once("SIGTERM", () => process.exit(0));
