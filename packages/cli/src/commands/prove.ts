import { writeFile } from "node:fs/promises";
import type { EventStore } from "@grant-ledger/event-store";
import { verifyInclusion } from "@grant-ledger/merkle-verify";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import {
  base64,
  eventAt,
  inRange,
  leafHashOf,
  merkleLogFor,
  proofJson,
  readKeptTreeHead,
  sizeOption,
} from "../merkle/merkleAccess";
import { type Lang, langOption, messagesOf } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, usingStore } from "../store/storeAccess";

export interface ProveOptions {
  readonly position?: string;
  readonly size?: string;
  readonly treeHead?: string;
  readonly publicKey?: string;
  readonly out?: string;
  readonly lang?: Lang;
}

export const INCLUSION_PROOF_FORMAT = "grant-ledger-inclusion-proof/1";

/**
 * The inclusion proof of the event at `--position` in the tree of `--size` events (default:
 * all, or the size of `--tree-head`), checked before it is printed. Against a kept, signed
 * tree head it is the auditor's check that the store still holds that event unchanged.
 */
export const runProve = async (store: EventStore, options: ProveOptions, io: CommandIo): Promise<number> => {
  const m = messagesOf(options.lang);
  const position = sizeOption(options.position, "--position", m);
  const requested = sizeOption(options.size, "--size", m);
  if (typeof position === "string" || typeof requested === "string") {
    io.err(typeof position === "string" ? position : String(requested));
    return EXIT.usage;
  }
  if (position === undefined) {
    io.err(m.audit.proveNeedsPosition);
    return EXIT.usage;
  }
  const log = merkleLogFor(store, io, m);
  if (log === undefined) return EXIT.usage;
  const kept =
    options.treeHead === undefined
      ? undefined
      : await readKeptTreeHead(options.treeHead, options.publicKey, io, m);
  if (kept !== undefined && !kept.ok) return EXIT[kept.exit];
  const keptHead = kept?.ok ? kept.treeHead : undefined;
  if (keptHead !== undefined && requested !== undefined && requested !== keptHead.treeSize) {
    io.err(m.audit.sizeDiffers("--size", requested, "--tree-head", keptHead.treeSize));
    return EXIT.usage;
  }
  const current = inRange(await log.treeHead(), io, m);
  if (current === undefined) return EXIT.usage;
  const treeSize = keptHead?.treeSize ?? requested ?? current.treeSize;
  if (keptHead !== undefined && current.treeSize < keptHead.treeSize) {
    io.out(m.audit.invalid(m.audit.cutOff(current.treeSize, keptHead.treeSize, m.audit.theTreeHead)));
    return EXIT.failed;
  }
  const proof = inRange(await log.inclusionProof(position, treeSize), io, m);
  const storeHead = inRange(await log.treeHead(treeSize), io, m);
  if (proof === undefined || storeHead === undefined) return EXIT.usage;
  const event = await eventAt(store, position);
  if (event === undefined) {
    io.out(m.audit.invalid(m.audit.leafWithoutEvent(position)));
    return EXIT.failed;
  }
  const rootHash = keptHead?.rootHash ?? storeHead.rootHash;
  const leafHash = await leafHashOf(event);
  const document = proofJson({
    format: INCLUSION_PROOF_FORMAT,
    position,
    treeSize,
    streamId: event.streamId,
    revision: event.revision,
    eventHash: event.hash,
    leafHash,
    rootHash,
    proof,
  });
  if (options.out === undefined) io.out(document);
  else await writeFile(options.out, `${document}\n`);
  const verdict = await verifyInclusion({ index: position, treeSize, leafHash, proof, rootHash });
  const what = m.audit.eventAt(event.streamId, event.revision, position);
  if (!verdict.valid) {
    io.out(
      m.audit.invalid(m.audit.notLeaf(what, position, keptHead !== undefined, treeSize, verdict.message)),
    );
    return EXIT.failed;
  }
  const against =
    keptHead === undefined
      ? m.audit.storeTree(treeSize, base64(rootHash))
      : m.audit.signedTree(treeSize, keptHead.timestamp, keptHead.keyId);
  io.out(m.audit.included(what, position, against));
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const h = commandHelp(program, "prove");
  program
    .command("prove")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .option("--position <n>", h.options["--position"])
    .option("--size <m>", h.options["--size"])
    .option("--tree-head <file>", h.options["--tree-head"])
    .option("--public-key <pem>", h.options["--public-key"])
    .option("--out <file>", h.options["--out"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (options: { store: string } & ProveOptions) =>
      done(
        await usingStore(
          options.store,
          open,
          io,
          (store) => runProve(store, options, io),
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

/** `grant-ledger prove ...` in-process: `argv` after the command name. */
export const proveCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["prove", ...argv], io);
