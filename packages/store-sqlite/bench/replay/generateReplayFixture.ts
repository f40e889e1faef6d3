/** Child process of bench/run.ts: writes the cached replay store if it is not there yet. */
import { existsSync, renameSync, rmSync } from "node:fs";
import { openSqliteEventStore } from "../../src";
import { envInt, rate, seconds } from "../measure";
import { seedAgreements } from "../scenario/seedAgreements";
import { replayFixtureFile, replayShape } from "./replayFixture";

const events = envInt("BENCH_EVENTS", 1_000_000);
const file = replayFixtureFile(events);
if (existsSync(file)) {
  console.log(`replay store: reusing ${file}`);
} else {
  const { agreements, eventsEach } = replayShape(events);
  const partial = `${file}.partial`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  console.log(`replay store: generating ${agreements} agreements × ${eventsEach} events into ${file}`);
  const start = process.hrtime.bigint();
  const store = openSqliteEventStore({ file: partial, maxBatch: 1000 });
  const written = await seedAgreements(store, {
    from: 0,
    to: agreements,
    eventsEach,
    onWave: (done) => process.stdout.write(`\r  ${done}/${agreements} agreements`),
  });
  store.database.pragma("wal_checkpoint(TRUNCATE)");
  await store.close();
  renameSync(partial, file);
  const secs = seconds(start);
  console.log(
    `\r  ${written} events in ${secs.toFixed(1)} s (${rate(written, secs)} events/s, decided by the core)`,
  );
}
