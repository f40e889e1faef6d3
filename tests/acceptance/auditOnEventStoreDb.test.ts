import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CliRun, runCliProcess } from "@grant-ledger/cli/testing";
import { generateCheckpointKeyPair } from "@grant-ledger/event-store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ProtocolTestServer,
  startProtocolTestServer,
} from "../../packages/store-eventstoredb/test/server/protocolTestServer";

// An auditor's session on an EventStoreDB store (the adapter's protocol double), each step a
// real CLI process: the tree is computed from `$all`, so tree heads, proofs and the bundle work
// as on SQLite. H1 tree head, more events, H2 bundle proving it extends H1, verified offline.

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/cli-year/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gl-esdb-audit-"));
const ID = "emmen-sedna-2007-jaar";
const PROVIDER = "sedna:provider:G.L. Jonker";
const MUNICIPALITY = "gm0114:municipality:M. Thalens-Kolker";
const keys = generateCheckpointKeyPair();
const privateKey = join(dir, "private.pem");
const publicKey = join(dir, "public.pem");
let server: ProtocolTestServer;
let store = "";

beforeAll(async () => {
  writeFileSync(privateKey, keys.privateKeyPem);
  writeFileSync(publicKey, keys.publicKeyPem);
  server = await startProtocolTestServer();
  store = server.connectionString;
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const step = async (args: string[], code: number): Promise<CliRun> => {
  const run = await runCliProcess(args);
  expect({ args: args.join(" "), code: run.code, err: run.err }).toEqual({
    args: args.join(" "),
    code,
    err: "",
  });
  return run;
};

describe("an auditor's session on EventStoreDB through the CLI", () => {
  it("tree head in H1, more events, a bundle for H2 that proves it extends H1, verified with no store", async () => {
    await step(["propose", fixture("proposal.json"), "--store", store, "--create", "--actor", PROVIDER], 0);
    const h1 = join(dir, "h1.treehead");
    const first = await step(
      ["tree-head", "--store", store, "--key", privateKey, "--out", h1, "--lang", "en"],
      0,
    );
    expect(first.out).toMatch(/tree size 1, root/);

    const on = ["--store", store, "--agreement", ID];
    await step(
      ["negotiate", fixture("round-1.json"), ...on, "--actor", MUNICIPALITY, "--reason", "ronde 1"],
      0,
    );
    const proof = await step(
      ["prove", "--store", store, "--position", "0", "--size", "2", "--lang", "en"],
      0,
    );
    expect(proof.out).toContain("inclusion");

    const bundle = join(dir, "h2.bundle.json");
    await step(
      [
        ...["audit-bundle", ...on, "--key", privateKey, "--since", h1, "--public-key", publicKey],
        "--out",
        bundle,
      ],
      0,
    );
    const verified = await step(
      ["verify-bundle", bundle, "--key", publicKey, "--since", h1, "--lang", "en"],
      0,
    );
    expect(verified.out).toMatch(/^valid: 2 events of agreement emmen-sedna-2007-jaar/);
    expect(verified.out).toContain("consistent with the kept tree head of size 1");
  });
});
