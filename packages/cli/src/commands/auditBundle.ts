import { writeFile } from "node:fs/promises";
import { agreementStreamId } from "@grant-ledger/agreements";
import { type EventStore, buildAuditBundle } from "@grant-ledger/event-store";
import { formatBundle } from "@grant-ledger/merkle-verify";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { readAuditFile } from "../io/readAuditFile";
import { merkleLogFor, readKeptTreeHead } from "../merkle/merkleAccess";
import { type Lang, langOption, messagesOf } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, usingStore } from "../store/storeAccess";

export interface AuditBundleOptions {
  readonly agreement?: string;
  readonly key?: string;
  readonly since?: string;
  readonly publicKey?: string;
  readonly origin?: string;
  readonly out?: string;
  readonly lang?: Lang;
}

/** Writes the agreement's events with inclusion proofs in a freshly signed tree head. */
export const runAuditBundle = async (
  store: EventStore,
  options: AuditBundleOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const { agreement, key, out } = options;
  if (agreement === undefined || key === undefined || out === undefined) {
    io.err(m.audit.bundleNeeds);
    return EXIT.usage;
  }
  const log = merkleLogFor(store, io, m);
  if (log === undefined) return EXIT.usage;
  const privateKeyPem = await readAuditFile(key, "private-key", io, m);
  if (privateKeyPem === undefined) return EXIT.usage;
  let since: Parameters<typeof buildAuditBundle>[2]["since"];
  if (options.since !== undefined) {
    // The operator's own public key checks the head the auditor handed over.
    const kept = await readKeptTreeHead(options.since, options.publicKey, io, m);
    if (!kept.ok) return EXIT[kept.exit];
    since = kept.treeHead;
  }
  const bundle = await buildAuditBundle(store, log, {
    agreementId: agreement,
    streamId: agreementStreamId(agreement),
    privateKeyPem,
    ...(since === undefined ? {} : { since }),
    ...(options.origin === undefined ? {} : { origin: options.origin }),
  });
  if (bundle._tag === "Left") {
    io.out(m.audit.invalid(bundle.left));
    return EXIT.failed;
  }
  await writeFile(out, formatBundle(bundle.right));
  const { events } = bundle.right;
  io.out(m.audit.bundleWritten(out, events.length, agreement, since?.treeSize));
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const h = commandHelp(program, "audit-bundle");
  program
    .command("audit-bundle")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .option("--agreement <id>", h.options["--agreement"])
    .option("--key <private.pem>", h.options["--key"])
    .option("--since <file>", h.options["--since"])
    .option("--public-key <pem>", h.options["--public-key"])
    .option("--origin <name>", h.options["--origin"])
    .option("--out <file>", h.options["--out"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (options: { store: string } & AuditBundleOptions) =>
      done(
        await usingStore(
          options.store,
          open,
          io,
          (store) => runAuditBundle(store, options, io),
          "existing",
          messagesOf(options.lang),
        ),
      ),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

/** `grant-ledger audit-bundle ...` in-process: `argv` after the command name. */
export const auditBundleCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["audit-bundle", ...argv], io);
