import * as E from "fp-ts/Either";
import { pino } from "pino";
import { loadConfig } from "./config/config";
import { startServer } from "./server/startServer";

/** The server entry: configuration from the environment, SIGTERM/SIGINT stop it gracefully. */
const config = loadConfig(process.env);
if (E.isLeft(config)) {
  process.stderr.write(`${config.left}\n`);
  process.exit(2);
}
const logger = pino({ level: config.right.logLevel });
const running = await startServer(config.right, { logger });
logger.info({ url: running.url }, "grant-ledger service listening");
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    logger.info({ signal }, "stopping: finishing requests in flight");
    void running.close().then(() => process.exit(0));
  });
