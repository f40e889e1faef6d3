import { type Position, position } from "@grant-ledger/core";
import { type Row, cellHistory, historyOf, knowsAgreement } from "@grant-ledger/views";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, guarded, runDefined, usage } from "../runner/runCommand";
import { DEFAULT_STORE_URL, openStore } from "../store/openStore";
import { type StoreOpener, withStore } from "../store/storeAccess";
import { currentViews, viewJson } from "../views/currentViews";
import { pageOf } from "../views/page";

export interface HistoryOptions {
  readonly store: string;
  readonly agreement: string;
  readonly cell: string;
  readonly json?: boolean;
  /** Only the last n entries (before --before, if given). */
  readonly limit?: string;
  readonly before?: string;
}

/** `6/OBW/Stad` (a cell), `2/OBW/*` or `2/OBW` (a row, as the 2007 offer is known). */
export const parsePosition = (text: string): E.Either<string, Position> => {
  const parts = text.split("/").map((p) => p.trim());
  const [ra, wt, d] = parts;
  const given = (p: string | undefined) => p !== undefined && p !== "" && p !== "*";
  if (parts.length > 3 || !given(ra) || (parts.length > 1 && !given(wt)) || (parts.length === 3 && d === ""))
    return E.left(
      `${JSON.stringify(text)} is not a cell: expected <result area>/<work type>/<district> (e.g. 6/OBW/Stad) or a row such as 2/OBW/*`,
    );
  return E.right(position(ra as string, given(wt) ? wt : undefined, given(d) ? d : undefined));
};

const amount = (q: unknown): string => {
  if (q === null || q === undefined) return "-";
  const { kind, amount: a } = q as { kind: string; amount: string };
  return `${a} ${kind}`;
};

const line = (r: Row): string => {
  const actor = r.actor as { organisationId: string; role: string; person: string };
  const where = (r.position as { key: string }).key;
  const extra = [
    r.requestId === undefined ? undefined : `request ${r.requestId}`,
    r.period === undefined ? undefined : `period ${r.period}`,
    r.policyVersion === undefined ? undefined : `policy v${r.policyVersion}`,
  ].filter((x) => x !== undefined);
  return [
    `r${r.revision}`,
    `${r.recordedAt} (occurred ${r.occurredAt})`,
    r.step,
    `${where} [${r.level}]`,
    `${amount(r.before)} -> ${amount(r.after)}`,
    `by ${actor.person} (${actor.organisationId}, ${actor.role})`,
    ...(r.reason === undefined ? [] : [`why: ${r.reason}`]),
    ...extra,
  ].join(" | ");
};

/** The history of one cell: every change from the offer to now, with who, when and why. */
export const runHistory = async (o: HistoryOptions, io: CommandIo, open: StoreOpener = openStore) => {
  const parsed = parsePosition(o.cell);
  if (E.isLeft(parsed)) return usage(io, parsed.left);
  const page = pageOf(o);
  if (typeof page === "string") return usage(io, page);
  const found = await withStore(open, o.store, async (store) => {
    const source = await currentViews(store, cellHistory);
    return knowsAgreement(source, o.agreement)
      ? historyOf(source, o.agreement, parsed.right, page)
      : undefined;
  });
  if (found === undefined) return usage(io, `no agreement ${JSON.stringify(o.agreement)} in ${o.store}`);
  if (found.length === 0 && page.beforeRevision === undefined)
    return usage(
      io,
      `agreement ${o.agreement} has no cell ${JSON.stringify(o.cell)}: nothing was ever offered, agreed or reported there`,
    );
  io.out(o.json ? viewJson(found) : found.map(line).join("\n"));
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  program
    .command("history")
    .description("every change to one cell from the offer to now: who, when, why, value before and after")
    .option("--store <url>", "store URL: sqlite:<file>, memory:, esdb://...", DEFAULT_STORE_URL)
    .requiredOption("--agreement <id>", "agreement id")
    .requiredOption(
      "--cell <cell>",
      "cell as <result area>/<work type>/<district>, e.g. 6/OBW/Stad (or a row: 2/OBW/*)",
    )
    .option("--json", "machine-readable output; decimals as exact strings")
    .option("--limit <n>", "only the last n entries")
    .option("--before <revision>", "only entries before this revision (with --limit: the page before it)")
    .addHelpText(
      "after",
      "\nExit codes: 0 shown, 2 unknown agreement, unknown or unreadable cell, store cannot be opened.",
    )
    .action(guarded(io, done, (options: HistoryOptions) => runHistory(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const historyCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("history", define, argv, io, open);
