/**
 * `PEER_PROFILE=<dir>`: a V8 CPU profile of each measured run alone (seeding left out), one
 * `.cpuprofile` file per workload and system, for finding where the time goes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { stopwatch } from "../measure";

const dir = process.env.PEER_PROFILE;
let session: Session | undefined;

export const measured = async (name: string, run: () => Promise<number>) => {
  if (dir !== undefined && session === undefined) {
    mkdirSync(dir, { recursive: true });
    session = new Session();
    session.connect();
    await session.post("Profiler.enable");
  }
  if (session !== undefined) await session.post("Profiler.start");
  const stop = stopwatch();
  const count = await run();
  const time = stop();
  if (session !== undefined && dir !== undefined) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile`), JSON.stringify(profile));
  }
  return { count, ...time };
};
