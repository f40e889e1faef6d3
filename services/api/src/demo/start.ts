import { startLocalService } from "../server/localService";

/**
 * `pnpm start`: the service on a fresh machine with the demo year. Development keys are made in
 * data/ at the first start (never committed: data/ is ignored), an empty store gets the demo year,
 * and tokens for the demo's people are printed and written to data/demo-tokens.json.
 */
await startLocalService({ demo: true });
