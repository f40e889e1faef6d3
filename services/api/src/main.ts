import * as E from "fp-ts/Either";
import { pino } from "pino";
import { loadConfig } from "./config/config";
import { describeStore } from "./config/storeLocation";
import { exitOnConfigurationError } from "./server/openServiceStore";
import { startServer } from "./server/startServer";

/** The server entry: configuration from the environment, SIGTERM/SIGINT stop it gracefully. */
const config = loadConfig(process.env);
if (E.isLeft(config)) {
  process.stderr.write(`${config.left}\n`);
  process.exit(2);
}
const logger = pino({ level: config.right.logLevel });
const running = await startServer(config.right, { logger }).catch(exitOnConfigurationError);
logger.info({ url: running.url, store: describeStore(config.right.store) }, "grant-ledger service listening");
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    logger.info({ signal }, "stopping: finishing requests in flight");
    void running.close().then(() => process.exit(0));
  });
