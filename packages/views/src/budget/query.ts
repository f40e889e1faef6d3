import {
  type BudgetGroup,
  Contributions,
  CostReport,
  type Decimal,
  EUROS,
  GrantDecision,
  type Matrix,
  type MatrixEntry,
  ZERO,
  budgetRealisation,
  cellKey,
  contributionAmount,
  financingOf,
  lineCell,
  parseDecimal,
  toDecimalString,
  totalContributions,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { RowSource } from "../rows/rows";
import { BUDGET, CONTRIBUTIONS, COSTS, GRANT, Groups, LINE } from "./budgetRealisation";

const decoded = <A>(codec: { decode: (u: unknown) => E.Either<unknown, A> }, u: unknown): A => {
  const r = codec.decode(u);
  // Rows are written by the view's own step from decoded events: a row that does not decode is a broken table.
  if (E.isLeft(r)) throw new Error("budget_realisation: a stored row does not decode; rebuild the view");
  return r.right;
};

const exact = (d: Decimal): string => toDecimalString(d);
const variance = (v: { planned: Decimal; realised: Decimal; variance: Decimal; mark: string }) => ({
  planned: exact(v.planned),
  realised: exact(v.realised),
  variance: exact(v.variance),
  mark: v.mark,
});

/**
 * Budget versus realisation per line, group and total (variance, V = realised below the
 * budget, N above it), and the financing overview: grant, each contribution, the shortfall
 * (costs − contributions) and the deficit (− grant). Exact decimal strings; undefined when the
 * agreement has no budget.
 */
export const budgetRealisationOf = (source: RowSource, agreementId: string) => {
  const budget = source.get(agreementId, BUDGET, "");
  if (budget === undefined) return undefined;
  const groups: BudgetGroup[] = decoded(Groups, budget.groups);
  const current: Matrix = new Map(
    source.list(agreementId, LINE).map(([key, row]): [string, MatrixEntry] => {
      const [group = "", line = ""] = key.split("/");
      const position = lineCell(group, line);
      return [
        cellKey(position),
        { position, quantity: { kind: EUROS, amount: parseDecimal(row.amount as string) ?? ZERO } },
      ];
    }),
  );
  const reports = source.list(agreementId, COSTS).map(([, row]) => decoded(CostReport, row));
  const r = budgetRealisation(groups, current, reports);
  const grantRow = source.get(agreementId, GRANT, "");
  const grant = grantRow === undefined ? undefined : decoded(GrantDecision, grantRow);
  const contributionsRow = source.get(agreementId, CONTRIBUTIONS, "");
  const contributions =
    contributionsRow === undefined
      ? { parties: [], contributions: [] }
      : decoded(Contributions, contributionsRow);
  const f = financingOf(
    r.total.planned,
    totalContributions(contributions.contributions),
    grant?.amountGranted ?? ZERO,
  );
  const partyName = new Map(contributions.parties.map((p) => [p.id, p.name]));
  return {
    agreementId,
    budgetId: budget.budgetId as string,
    periods: reports.map((x) => x.period),
    lines: r.lines.map((l) => ({ line: l.line, name: l.name, ...variance(l) })),
    groups: r.groups.map((g) => ({ code: g.code, name: g.name, ...variance(g) })),
    total: variance(r.total),
    financing: {
      grant:
        grant === undefined
          ? null
          : { reference: grant.reference, amountGranted: exact(grant.amountGranted) },
      contributions: contributions.contributions.map((c) => ({
        party: partyName.get(c.partyId) ?? c.partyId,
        item: c.item,
        form: c.form,
        amount: exact(contributionAmount(c)),
      })),
      costs: exact(f.costs),
      contributed: exact(f.contributions),
      shortfall: exact(f.shortfall),
      deficit: exact(f.deficit),
    },
  };
};
