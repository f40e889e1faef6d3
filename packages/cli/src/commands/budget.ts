import {
  type AgreementState,
  type Decimal,
  HOURS,
  budgetRealisation,
  cellKey,
  hourCosting,
  lineCell,
  parseDecimal,
  quotient,
  toDecimalString,
} from "@grant-ledger/core";
import type { Command } from "commander";
import { loadAgreement } from "../agreement/agreementStore";
import { type OutputFlags, contextOf, ledgerAction, withOutputOptions } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { fundingJson, fundingLines } from "../money/fundingJson";
import type { Define } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";

interface BudgetFlags extends OutputFlags {
  readonly store: string;
  readonly agreement: string;
}

/** Hours a line costed from hours stands for now: its current euros at its tariff (presented, 2 decimals). */
const hoursNow = (s: AgreementState, group: string, line: string): string | undefined => {
  const l = s.funding.budget?.groups.find((g) => g.code === group)?.lines.find((x) => x.code === line);
  const h = l === undefined ? undefined : hourCosting(l.costing);
  const now = s.funding.budgetCurrent.get(cellKey(lineCell(group, line)))?.quantity.amount;
  if (h === undefined || now === undefined) return undefined;
  const q = quotient(now, h.tariff, 2);
  return `${q.exact ? "" : "≈"}${toDecimalString(q.value)}`;
};

/** Budget (after money reallocations) against realised costs per line, group and total, V/N, and the financing. */
export const runBudget = async (
  o: BudgetFlags,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const ctx = contextOf(o, io);
  const state = await withStore(open, o.store, (store) => loadAgreement(store, o.agreement));
  if (state === undefined)
    return ctx.fail({ kind: "unknown-agreement", agreementId: o.agreement, store: o.store });
  const f = state.funding;
  if (f.budget === undefined) return ctx.fail({ kind: "usage", message: ctx.m.money.noBudget(o.agreement) });
  const r = budgetRealisation(f.budget.groups, f.budgetCurrent, f.realisedCosts.values());
  if (ctx.json) {
    const exact = (v: (typeof r.lines)[number] | (typeof r.groups)[number] | typeof r.total) => ({
      planned: toDecimalString(v.planned),
      realised: toDecimalString(v.realised),
      variance: toDecimalString(v.variance),
      mark: v.mark,
    });
    ctx.printJson({
      agreementId: state.agreementId,
      budgetId: f.budget.budgetId,
      periods: [...f.realisedCosts.keys()],
      lines: r.lines.map((l) => {
        const [group = "", line = ""] = l.line.split("/");
        const hours = hoursNow(state, group, line);
        return { line: l.line, name: l.name, ...exact(l), ...(hours === undefined ? {} : { hours }) };
      }),
      groups: r.groups.map((g) => ({ code: g.code, name: g.name, ...exact(g) })),
      total: exact(r.total),
      funding: fundingJson(state),
    });
    return EXIT.ok;
  }
  const e = ctx.formats.wholeEuros;
  const m = ctx.m.money;
  const row = (label: string, v: { planned: Decimal; realised: Decimal; variance: Decimal; mark: string }) =>
    m.budgetRow(label, e(v.planned), e(v.realised), e(v.variance), v.mark);
  const out = [m.budgetHeading(f.budget.budgetId, state.agreementId)];
  for (const g of r.groups) {
    out.push(row(`${g.code} ${g.name}`, g));
    for (const l of r.lines.filter((x) => x.line.startsWith(`${g.code}/`))) {
      const [group = "", line = ""] = l.line.split("/");
      const hours = hoursNow(state, group, line);
      const amount = hours === undefined ? undefined : parseDecimal(hours);
      const hoursText = amount === undefined ? "" : ` (${ctx.formats.quantity({ kind: HOURS, amount })})`;
      out.push(`  ${row(`${l.line} ${l.name}${hoursText}`, l)}`);
    }
  }
  out.push(row(m.total, r.total), m.financingHeading, ...fundingLines(state, ctx.formats, ctx.m));
  io.out(out.join("\n"));
  return EXIT.ok;
};

export const defineBudget: Define = (program, io, open, done) => {
  const h = commandHelp(program, "budget");
  withOutputOptions(
    program
      .command("budget")
      .description(h.description)
      .addOption(storeOption(h.options["--store"]))
      .requiredOption("--agreement <id>", h.options["--agreement"]),
    h,
  )
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (o: BudgetFlags) => runBudget(o, io, open)));
};

export const register = (program: Command): void =>
  defineBudget(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });
