#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startLocalService } from "./server/localService";

const USAGE = `usage: grant-ledger-service [--demo]

Starts the grant-ledger service. Development keys are made in DATA_DIR (default ./data) at the
first start; the store is DATA_DIR/service.db unless STORE_URL says otherwise. PORT, HOST,
STORE_URL, JWT_PUBLIC_KEY_FILE and the other variables of the service's README override the
defaults. SIGTERM or SIGINT stops it after the requests in flight.

  --demo   seed the demo year (the 2007 Emmen agreement) into an empty store, and print and
           write DATA_DIR/demo-tokens.json with tokens for the demo's people
  --help   this text`;

// The installed command (`npm install @grant-ledger/service`): `pnpm start` in the repository, with
// the demo year only when asked, since an installed service is more often a real one than a demo.
const parsed = (() => {
  try {
    return parseArgs({ options: { demo: { type: "boolean" }, help: { type: "boolean" } } });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
})();
if (parsed.values.help === true) process.stdout.write(`${USAGE}\n`);
else await startLocalService({ demo: parsed.values.demo === true });
