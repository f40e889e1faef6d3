import type { JsonValue } from "@grant-ledger/core";
import { budgetRealisationOf, budgetRealisationView } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import type { Labels } from "../../labels/labels";
import { type Table, euros, text } from "../../table/table";
import type { KindDefinition } from "../kind";

type Budget = NonNullable<ReturnType<typeof budgetRealisationOf>>;
type Variance = Budget["total"];

const varianceColumns = (labels: Labels) => {
  const k = labels.columns;
  return [euros(k.planned), euros(k.realised), euros(k.variance), text(k.mark)];
};
const varianceCells = (v: Variance) => [v.planned, v.realised, v.variance, v.mark];

/**
 * Budget versus realisation per line, group and total (V: realised below the budget, N: above),
 * and the financing: grant, each contribution, shortfall and deficit, all computed by the view.
 */
export const budgetKind: KindDefinition = {
  body: (sources, p) => {
    const b = budgetRealisationOf(sources(budgetRealisationView), p.agreementId);
    return b === undefined
      ? E.left({ _tag: "NoBudget", agreementId: p.agreementId })
      : E.right(b as unknown as JsonValue);
  },
  tables: (body, labels): Table[] => {
    const b = body as unknown as Budget;
    const k = labels.columns;
    const f = b.financing;
    return [
      {
        id: "budget-lines",
        title: labels.tables.budgetLines,
        columns: [text(k.line), text(k.name), ...varianceColumns(labels)],
        rows: b.lines.map((l) => [l.line, l.name, ...varianceCells(l)]),
      },
      {
        id: "budget-groups",
        title: labels.tables.budgetGroups,
        columns: [text(k.group), text(k.name), ...varianceColumns(labels)],
        rows: [
          ...b.groups.map((g) => [g.code, g.name, ...varianceCells(g)]),
          [labels.total, null, ...varianceCells(b.total)],
        ],
      },
      {
        id: "financing",
        title: labels.tables.financing,
        columns: [text(k.item), text(k.party), text(k.form), euros(k.amount)],
        rows: [
          [labels.financing.costs, null, null, f.costs],
          ...f.contributions.map((c) => [
            c.item,
            c.party,
            labels.financing.forms[c.form] ?? c.form,
            c.amount,
          ]),
          [labels.financing.contributed, null, null, f.contributed],
          [labels.financing.shortfall, null, null, f.shortfall],
          [
            f.grant === null ? labels.financing.noGrant : `${labels.financing.grant} ${f.grant.reference}`,
            null,
            null,
            f.grant?.amountGranted ?? "0",
          ],
          [labels.financing.deficit, null, null, f.deficit],
        ],
      },
    ];
  },
};
