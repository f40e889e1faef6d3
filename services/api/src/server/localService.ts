import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createAgreements } from "@grant-ledger/agreements";
import { generateCheckpointKeyPair } from "@grant-ledger/event-store";
import { generateTokenKeyPair, mintToken } from "@grant-ledger/tokens";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { type ServiceConfig, loadConfig } from "../config/config";
import { describeStore } from "../config/storeLocation";
import { DEMO_AGREEMENT, DEMO_PERSONAS } from "../demo/personas";
import { seedDemo } from "../demo/seedDemo";
import { createGrants } from "../tenancy/grants";
import { exitOnConfigurationError, openServiceStore } from "./openServiceStore";
import { type RunningServer, startServer } from "./startServer";

export interface LocalServiceOptions {
  /** Seed the demo year into an empty store and write tokens for its people (`pnpm start`, `--demo`). */
  readonly demo: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly out?: (line: string) => void;
}

type Env = Readonly<Record<string, string | undefined>>;

const keyPair = (
  dataDir: string,
  name: string,
  make: () => { privateKeyPem: string; publicKeyPem: string },
) => {
  const privatePath = join(dataDir, `${name}-private.pem`);
  const publicPath = join(dataDir, `${name}-public.pem`);
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    const keys = make();
    writeFileSync(privatePath, keys.privateKeyPem, { mode: 0o600 });
    writeFileSync(publicPath, keys.publicKeyPem, { mode: 0o644 });
  }
  return { privatePath, publicPath };
};

const writeDemoTokens = async (config: ServiceConfig, privateKeyPem: string, file: string) => {
  const tokens: Record<string, { token: string; organisation: string; role: string }> = {};
  for (const [name, p] of Object.entries(DEMO_PERSONAS))
    tokens[name] = {
      token: await mintToken({
        privateKeyPem,
        organisationId: p.organisationId,
        role: p.role,
        person: p.person,
        expires: "30d",
        issuer: config.issuer,
        audience: config.audience,
      }),
      organisation: p.organisationId,
      role: p.role,
    };
  writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  return tokens;
};

/**
 * The service on a machine of its own (`pnpm start`, the `grant-ledger-service` bin): development
 * keys are made in DATA_DIR at the first start, the store defaults to a SQLite file there, and the
 * environment overrides both. With `demo`, an empty store gets the demo year and tokens for the
 * demo's people are printed and written to DATA_DIR/demo-tokens.json. SIGTERM/SIGINT stop it.
 */
export const startLocalService = async (options: LocalServiceOptions): Promise<RunningServer> => {
  const given: Env = options.env ?? process.env;
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dataDir = resolve(given.DATA_DIR ?? "data");
  mkdirSync(dataDir, { recursive: true });
  const tokenKeys = keyPair(dataDir, "token", generateTokenKeyPair);
  const checkpointKeys = keyPair(dataDir, "checkpoint", generateCheckpointKeyPair);
  const env = {
    STORE_URL: `sqlite:${join(dataDir, "service.db")}`,
    JWT_PUBLIC_KEY_FILE: tokenKeys.publicPath,
    CHECKPOINT_KEY_FILE: checkpointKeys.privatePath,
    ...given,
  };
  const config = loadConfig(env);
  if (E.isLeft(config)) {
    process.stderr.write(`${config.left}\n`);
    process.exit(2);
  }
  const logger = pino({ level: config.right.logLevel });
  const store = await openServiceStore(config.right.store).catch(exitOnConfigurationError);
  let tokens: Record<string, { token: string; organisation: string; role: string }> | undefined;
  const tokensFile = join(dataDir, "demo-tokens.json");
  if (options.demo) {
    let empty = true;
    for await (const _ of store.readAll({ maxCount: 1 })) empty = false;
    if (empty) {
      const steps = await seedDemo(createAgreements({ store }), createGrants(store));
      for (const step of steps) out(`demo: ${step}`);
    }
    tokens = await writeDemoTokens(config.right, readFileSync(tokenKeys.privatePath, "utf8"), tokensFile);
  }

  const running = await startServer(config.right, { logger, store });
  out(`\ngrant-ledger service on ${running.url}  (store ${describeStore(config.right.store)})`);
  out(`  ${running.url}/docs                       the API, browsable`);
  if (tokens === undefined)
    out(
      `\ntokens: grant-ledger token --key ${tokenKeys.privatePath} --org <organisation> --role municipality|provider|auditor --person <name> --expires 8h`,
    );
  else {
    out(
      `  ${running.url}/agreements/${DEMO_AGREEMENT}/events   the audit trail (send a token; Accept: text/html for the page)`,
    );
    out(`\ndemo tokens (also in ${tokensFile}):`);
    for (const [name, t] of Object.entries(tokens))
      out(`  ${name.padEnd(28)} ${t.role.padEnd(13)} ${t.organisation}\n    ${t.token}`);
    out(
      `\ntry:  curl -H "Authorization: Bearer $(node -p 'require("${tokensFile}").auditor.token')" ${running.url}/agreements/${DEMO_AGREEMENT}/events?limit=5`,
    );
  }
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      void running.close().then(() => process.exit(0));
    });
  return running;
};
