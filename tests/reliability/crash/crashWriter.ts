/**
 * The writer of the R2 crash probe, in its own process, killed with `kill -9` by the probe
 * at a random moment. It sends one-hour shifts back and forth between two cells of one
 * agreement through `agreements.handle` on a SQLite file, for ever, and after each command
 * `handle` resolved recorded it appends the command id to the ledger file and fsyncs it: the
 * ledger holds exactly the commands this writer acknowledged (it may lack the last one the
 * store committed, never hold one the store lacks).
 *
 * Command i has id `crash-<i>` and is the same command every time it is sent, so a restarted
 * writer resumes at the first id the ledger lacks: a command that committed but was killed
 * before its ledger line is sent again and must be replayed, not recorded twice.
 * Usage: crashWriter.ts <store file> <ledger file> <agreement id> <from cell> <to cell>
 * It prints `ready <first index>` once the store is open, and `ack <command id>` after each
 * ledger line is fsync'd (the probe times its kills by them).
 */
import { closeSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import { createAgreements } from "@grant-ledger/agreements";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { cellOf } from "../support/emmenStore";

const [file, ledger, agreementId, from, to] = process.argv.slice(2);
if (!file || !ledger || !agreementId || !from || !to) {
  process.stderr.write("usage: crashWriter.ts <store file> <ledger file> <agreement> <from> <to>\n");
  process.exit(2);
}

// A kill between write and fsync leaves a whole line (one small write), but a torn tail is cut
// off rather than trusted.
const text = readFileSync(ledger, "utf8");
const whole = text.slice(0, text.lastIndexOf("\n") + 1);
if (whole.length !== text.length) truncateSync(ledger, Buffer.byteLength(whole));
const first = whole === "" ? 0 : whole.trimEnd().split("\n").length;

const provider = { organisationId: "sedna", role: "provider", person: "A. Bakker" };
const store = openSqliteEventStore({ file });
const { handle } = createAgreements({ store, stateCache: { maxStreams: 4 } });
const fd = openSync(ledger, "a");
process.stdout.write(`ready ${first}\n`);

for (let i = first; ; i++) {
  const [a, b] = i % 2 === 0 ? [from, to] : [to, from];
  const commandId = `crash-${i}`;
  const result = await handle({
    type: "RequestReallocation",
    data: {
      agreementId,
      requestId: commandId,
      shifts: [{ from: cellOf(a), to: cellOf(b), quantity: { kind: "hours", amount: "1" } }],
      reason: "crash probe",
    },
    metadata: { actor: provider, commandId, occurredAt: new Date().toISOString() },
  });
  if (E.isLeft(result)) {
    process.stderr.write(`refused ${commandId}: ${JSON.stringify(result.left)}\n`);
    closeSync(fd);
    process.exit(1);
  }
  writeSync(fd, `${commandId}${result.right.idempotentReplay ? " replayed" : ""}\n`);
  fsyncSync(fd);
  process.stdout.write(`ack ${commandId}\n`);
}
