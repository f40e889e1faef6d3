import { writeFile } from "node:fs/promises";
import type { EventStore } from "@grant-ledger/event-store";
import { type TreeHead, equalBytes, verifyConsistency } from "@grant-ledger/merkle-verify";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import {
  base64,
  inRange,
  merkleLogFor,
  proofJson,
  readKeptTreeHead,
  sizeOption,
} from "../merkle/merkleAccess";
import { type Lang, type Messages, langOption, messagesOf } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, usingStore } from "../store/storeAccess";

export interface ProveConsistencyOptions {
  readonly from?: string;
  readonly to?: string;
  readonly since?: string;
  readonly treeHead?: string;
  readonly publicKey?: string;
  readonly out?: string;
  readonly lang?: Lang;
}

export const CONSISTENCY_PROOF_FORMAT = "grant-ledger-consistency-proof/1";

const usage = (io: CommandIo, message: string): number => {
  io.err(message);
  return EXIT.usage;
};

const forkEvidence = (
  io: CommandIo,
  m: Messages,
  size: bigint,
  a: string,
  rootA: Uint8Array,
  b: string,
  rootB: Uint8Array,
) => {
  io.out(m.audit.invalid(m.audit.forked(size)));
  io.out(`  ${a}: ${base64(rootA)}`);
  io.out(`  ${b}: ${base64(rootB)}`);
};

/**
 * Proves the tree of `--from` events a prefix of the tree of `--to` events, from the store's
 * nodes, and checks the proof. With `--since` (a tree head the auditor kept) the first size
 * and root come from that signed head, with `--tree-head` the second: then a store that was
 * cut short or rebuilt fails, and two heads of one size with different roots are printed as
 * evidence of a forked log.
 */
export const runProveConsistency = async (
  store: EventStore,
  options: ProveConsistencyOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const from = sizeOption(options.from, "--from", m);
  const to = sizeOption(options.to, "--to", m);
  if (typeof from === "string") return usage(io, from);
  if (typeof to === "string") return usage(io, to);
  const log = merkleLogFor(store, io, m);
  if (log === undefined) return EXIT.usage;
  const kept: Record<"since" | "treeHead", TreeHead | undefined> = { since: undefined, treeHead: undefined };
  for (const which of ["since", "treeHead"] as const) {
    const file = options[which];
    if (file === undefined) continue;
    const read = await readKeptTreeHead(file, options.publicKey, io, m);
    if (!read.ok) return EXIT[read.exit];
    kept[which] = read.treeHead;
  }
  const { since, treeHead } = kept;
  if (since !== undefined && from !== undefined && from !== since.treeSize)
    return usage(io, m.audit.sizeDiffers("--from", from, "--since", since.treeSize));
  if (treeHead !== undefined && to !== undefined && to !== treeHead.treeSize)
    return usage(io, m.audit.sizeDiffers("--to", to, "--tree-head", treeHead.treeSize));
  const first = since?.treeSize ?? from;
  if (first === undefined) return usage(io, m.audit.consistencyNeedsFrom);
  const current = inRange(await log.treeHead(), io, m);
  if (current === undefined) return EXIT.usage;
  const second = treeHead?.treeSize ?? to ?? current.treeSize;
  const kept1 = since === undefined ? "" : m.audit.keptIn(options.since!);
  if (
    since !== undefined &&
    treeHead !== undefined &&
    first === second &&
    !equalBytes(since.rootHash, treeHead.rootHash)
  ) {
    forkEvidence(io, m, first, options.since!, since.rootHash, options.treeHead!, treeHead.rootHash);
    return EXIT.failed;
  }
  if (current.treeSize < second || current.treeSize < first) {
    const largest = first > second ? first : second;
    if (since === undefined && treeHead === undefined)
      return usage(io, m.audit.noTreeOfSize(current.treeSize, largest));
    io.out(m.audit.invalid(m.audit.cutOff(current.treeSize, largest, m.audit.aKeptTreeHead)));
    return EXIT.failed;
  }
  const proof = inRange(await log.consistencyProof(first, second), io, m);
  const storeFirst = inRange(await log.treeHead(first), io, m);
  const storeSecond = inRange(await log.treeHead(second), io, m);
  if (proof === undefined || storeFirst === undefined || storeSecond === undefined) return EXIT.usage;
  const firstRoot = since?.rootHash ?? storeFirst.rootHash;
  const secondRoot = treeHead?.rootHash ?? storeSecond.rootHash;
  const document = proofJson({
    format: CONSISTENCY_PROOF_FORMAT,
    firstSize: first,
    firstRoot,
    secondSize: second,
    secondRoot,
    proof,
  });
  if (options.out === undefined) io.out(document);
  else await writeFile(options.out, `${document}\n`);
  const verdict = await verifyConsistency({
    firstSize: first,
    firstRoot,
    secondSize: second,
    secondRoot,
    proof,
  });
  if (!verdict.valid) {
    if (since !== undefined && !equalBytes(since.rootHash, storeFirst.rootHash))
      forkEvidence(io, m, first, kept1, since.rootHash, m.audit.theStore, storeFirst.rootHash);
    else if (treeHead !== undefined && !equalBytes(treeHead.rootHash, storeSecond.rootHash))
      forkEvidence(
        io,
        m,
        second,
        m.audit.treeHeadIn(options.treeHead!),
        treeHead.rootHash,
        m.audit.theStore,
        storeSecond.rootHash,
      );
    else io.out(m.audit.invalid(verdict.message));
    return EXIT.failed;
  }
  io.out(
    m.audit.consistent(
      first,
      kept1,
      second,
      treeHead === undefined ? "" : m.audit.treeHeadIn(options.treeHead!),
    ),
  );
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const h = commandHelp(program, "prove-consistency");
  program
    .command("prove-consistency")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .option("--from <size>", h.options["--from"])
    .option("--to <size>", h.options["--to"])
    .option("--since <file>", h.options["--since"])
    .option("--tree-head <file>", h.options["--tree-head"])
    .option("--public-key <pem>", h.options["--public-key"])
    .option("--out <file>", h.options["--out"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (options: { store: string } & ProveConsistencyOptions) =>
      done(
        await usingStore(
          options.store,
          open,
          io,
          (store) => runProveConsistency(store, options, io),
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

/** `grant-ledger prove-consistency ...` in-process: `argv` after the command name. */
export const proveConsistencyCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["prove-consistency", ...argv], io);
