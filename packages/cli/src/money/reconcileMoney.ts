import { HOURS, isNegative, negate, parseDecimal } from "@grant-ledger/core";
import type { Reconciliation } from "@grant-ledger/importer";
import type { NumberFormats } from "../format/numbers";
import type { Messages } from "../messages/catalogue";

/**
 * What `reconcile` read of the money, in the catalogue's words and number formats: per budget
 * its exact hours and euros, then the costs per group and the financing, all computed from the
 * lines (exact: `€ 854.788,425`); a value that is not a decimal is shown as it is.
 */
export const reconcileMoneyLines =
  (m: Messages, f: NumberFormats) =>
  (totals: Reconciliation["totals"]): string[] => {
    const money = (s: string) => {
      const d = parseDecimal(s);
      return d === undefined ? s : f.money(d);
    };
    const hours = (s: string) => {
      const d = parseDecimal(s);
      return d === undefined ? s : f.quantity({ kind: HOURS, amount: d });
    };
    const b = totals.budget;
    const deficit = parseDecimal(b.deficit);
    const surplus = deficit !== undefined && isNegative(deficit);
    return [
      ...Object.entries(totals.budgets).map(([name, t]) =>
        m.money.reconcileBudget(name, hours(t.hours), money(t.amount), t.complete),
      ),
      ...(Object.keys(b.groups).length === 0 && b.contributions === "0"
        ? []
        : [
            m.money.reconcileHeading,
            ...Object.entries(b.groups).map(([name, amount]) => `  ${name}: ${money(amount)}`),
            m.money.reconcileFinancing(
              money(b.costs),
              money(b.contributions),
              money(b.shortfall),
              money(b.grant),
              surplus && deficit !== undefined ? f.money(negate(deficit)) : money(b.deficit),
              surplus,
            ),
          ]),
    ];
  };
