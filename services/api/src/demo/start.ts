import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createAgreements } from "@grant-ledger/agreements";
import { generateCheckpointKeyPair } from "@grant-ledger/event-store";
import { mintToken } from "@grant-ledger/tokens";
import { generateTokenKeyPair } from "@grant-ledger/tokens";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { loadConfig } from "../config/config";
import { describeStore } from "../config/storeLocation";
import { exitOnConfigurationError, openServiceStore } from "../server/openServiceStore";
import { startServer } from "../server/startServer";
import { createGrants } from "../tenancy/grants";
import { DEMO_AGREEMENT, DEMO_PERSONAS } from "./personas";
import { seedDemo } from "./seedDemo";

/**
 * `pnpm start`: the service on a fresh machine. Development keys are made in data/ at the first
 * start (never committed: data/ is ignored), an empty store gets the demo year, and tokens
 * for the demo's people are printed and written to data/demo-tokens.json.
 */
const dataDir = resolve(process.env.DATA_DIR ?? "data");
mkdirSync(dataDir, { recursive: true });

const keyPair = (name: string, make: () => { privateKeyPem: string; publicKeyPem: string }) => {
  const privatePath = join(dataDir, `${name}-private.pem`);
  const publicPath = join(dataDir, `${name}-public.pem`);
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    const keys = make();
    writeFileSync(privatePath, keys.privateKeyPem, { mode: 0o600 });
    writeFileSync(publicPath, keys.publicKeyPem, { mode: 0o644 });
  }
  return { privatePath, publicPath };
};

const tokenKeys = keyPair("token", generateTokenKeyPair);
const checkpointKeys = keyPair("checkpoint", generateCheckpointKeyPair);
const env = {
  STORE_URL: `sqlite:${join(dataDir, "service.db")}`,
  JWT_PUBLIC_KEY_FILE: tokenKeys.publicPath,
  CHECKPOINT_KEY_FILE: checkpointKeys.privatePath,
  ...process.env,
};
const config = loadConfig(env);
if (E.isLeft(config)) {
  process.stderr.write(`${config.left}\n`);
  process.exit(2);
}
const logger = pino({ level: config.right.logLevel });
const store = await openServiceStore(config.right.store).catch(exitOnConfigurationError);
let empty = true;
for await (const _ of store.readAll({ maxCount: 1 })) empty = false;
if (empty) {
  const steps = await seedDemo(createAgreements({ store }), createGrants(store));
  for (const step of steps) process.stdout.write(`demo: ${step}\n`);
}

const privateKeyPem = readFileSync(tokenKeys.privatePath, "utf8");
const tokens: Record<string, { token: string; organisation: string; role: string }> = {};
for (const [name, p] of Object.entries(DEMO_PERSONAS))
  tokens[name] = {
    token: await mintToken({
      privateKeyPem,
      organisationId: p.organisationId,
      role: p.role,
      person: p.person,
      expires: "30d",
      issuer: config.right.issuer,
      audience: config.right.audience,
    }),
    organisation: p.organisationId,
    role: p.role,
  };
const tokensFile = join(dataDir, "demo-tokens.json");
writeFileSync(tokensFile, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });

const running = await startServer(config.right, { logger, store });
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`\ngrant-ledger service on ${running.url}  (store ${describeStore(config.right.store)})`);
out(`  ${running.url}/docs                       the API, browsable`);
out(
  `  ${running.url}/agreements/${DEMO_AGREEMENT}/events   the audit trail (send a token; Accept: text/html for the page)`,
);
out(`\ndemo tokens (also in ${tokensFile}):`);
for (const [name, t] of Object.entries(tokens))
  out(`  ${name.padEnd(28)} ${t.role.padEnd(13)} ${t.organisation}\n    ${t.token}`);
out(
  `\ntry:  curl -H "Authorization: Bearer $(node -p 'require("${tokensFile}").auditor.token')" ${running.url}/agreements/${DEMO_AGREEMENT}/events?limit=5`,
);
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
