import { type Row, reallocationRegister, reallocationsOf } from "@grant-ledger/views";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, guarded, runDefined, usage } from "../runner/runCommand";
import { DEFAULT_STORE_URL, openStore } from "../store/openStore";
import { type StoreOpener, withStore } from "../store/storeAccess";
import { currentViews, viewJson } from "../views/currentViews";
import { pageOf } from "../views/page";

export interface ReallocationsOptions {
  readonly store: string;
  readonly agreement: string;
  readonly json?: boolean;
  /** Only the last n entries (before --before, if given). */
  readonly limit?: string;
  readonly before?: string;
}

type Cell = { resultArea: string; workType: string; district: string };
const cellText = (c: Cell) => `${c.resultArea}/${c.workType}/${c.district}`;

const line = (r: Row): string => {
  const shifts = (r.shifts as { from: Cell; to: Cell; quantity: { kind: string; amount: string } }[])
    .map((s) => `${s.quantity.amount} ${s.quantity.kind} ${cellText(s.from)} -> ${cellText(s.to)}`)
    .join(", ");
  const by = (r.requestedBy as { person: string }).person;
  const decision = r.decision as { actor: { person: string }; justification: string } | null;
  const cumulative = (
    r.cumulative as
      | { kind: string; percent: string | null; threshold: string; aboveThreshold: boolean }[]
      | null
  )
    ?.map(
      (c) =>
        `cumulative ${c.percent ?? "?"}% of ${c.kind} (threshold ${c.threshold}%${c.aboveThreshold ? ", above" : ""})`,
    )
    .join(", ");
  return [
    `${r.requestId} [${r.status}]`,
    shifts,
    `requested by ${by} at ${r.requestedAt}: ${r.justification}`,
    ...(decision === null ? [] : [`${r.status} by ${decision.actor.person}: ${decision.justification}`]),
    ...(cumulative === undefined ? [] : [cumulative]),
  ].join(" | ");
};

/** The reallocation register of one agreement. */
export const runReallocations = async (
  o: ReallocationsOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
) => {
  const page = pageOf(o);
  if (typeof page === "string") return usage(io, page);
  const rows = await withStore(open, o.store, async (store) =>
    reallocationsOf(await currentViews(store, reallocationRegister), o.agreement, page),
  );
  if (rows === undefined) return usage(io, `no agreement ${JSON.stringify(o.agreement)} in ${o.store}`);
  if (o.json) io.out(viewJson(rows));
  else io.out(rows.length === 0 ? `no reallocations in ${o.agreement}` : rows.map(line).join("\n"));
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  program
    .command("reallocations")
    .description("the reallocation register: every shift, its approval, the cumulative percentage")
    .option("--store <url>", "store URL: sqlite:<file>, memory:, esdb://...", DEFAULT_STORE_URL)
    .requiredOption("--agreement <id>", "agreement id")
    .option("--json", "machine-readable output; decimals as exact strings")
    .option("--limit <n>", "only the last n entries")
    .option("--before <revision>", "only entries before this revision (with --limit: the page before it)")
    .addHelpText("after", "\nExit codes: 0 shown, 2 unknown agreement or store cannot be opened.")
    .action(guarded(io, done, (options: ReallocationsOptions) => runReallocations(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const reallocationsCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("reallocations", define, argv, io, open);
