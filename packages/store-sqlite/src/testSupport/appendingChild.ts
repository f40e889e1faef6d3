/**
 * Run as a child process by concurrentProcesses.test.ts:
 *   node --import tsx appendingChild.ts <file> <workerId> <appends>
 * Appends to streams shared with the other children, half with an exact expected revision
 * (retrying on conflict, as a command handler would) and half with "any".
 */
import { isLeft } from "fp-ts/Either";
import { openSqliteEventStore } from "../sqliteEventStore";
import { testEvent } from "./tempStore";

const [file, worker, appendsText] = process.argv.slice(2);
if (file === undefined || worker === undefined || appendsText === undefined) {
  throw new Error("usage: appendingChild.ts <file> <workerId> <appends>");
}
const appends = Number(appendsText);
const store = openSqliteEventStore({ file, busyTimeoutMs: 50, busyRetries: 1000 });
const IN_FLIGHT = 4;

const head = async (streamId: string): Promise<bigint | "no-stream"> => {
  for await (const e of store.readStream(streamId, { direction: "backwards", maxCount: 1 }))
    return e.revision;
  return "no-stream";
};

let conflicts = 0;
const appendOne = async (i: number): Promise<void> => {
  const streamId = `agreement-shared-${i % 3}`;
  const commandId = `${worker}-${i}`;
  const events = Array.from({ length: 1 + (i % 2) }, (_, k) => testEvent(commandId, { worker, i, k }));
  for (;;) {
    const expected = i % 2 === 0 ? await head(streamId) : "any";
    const outcome = await store.appendToStream(streamId, events, expected);
    if (!isLeft(outcome)) return;
    conflicts++;
  }
};

let next = 0;
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    while (next < appends) await appendOne(next++);
  }),
);
await store.close();
process.stdout.write(JSON.stringify({ worker, conflicts }));
