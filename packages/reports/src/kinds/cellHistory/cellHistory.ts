import { type JsonValue, positionKey } from "@grant-ledger/core";
import { type Row, cellHistory, historyOf, knowsAgreement } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import type { Labels } from "../../labels/labels";
import { type Table, number, text } from "../../table/table";
import { type KindDefinition, str, unitName } from "../kind";

type Quantity = { kind: string; amount: string } | null;
type Actor = { organisationId: string; role: string; person: string };

/** One history entry as a table row: the columns of `historyColumns`. */
export const historyRow = (r: Row, labels: Labels): (string | null)[] => {
  const before = r.before as Quantity;
  const after = r.after as Quantity;
  const actor = r.actor as Actor;
  return [
    str(r.revision),
    str(r.recordedAt),
    str(r.occurredAt),
    str(r.step),
    str((r.position as { key: string }).key),
    str(r.level),
    unitName((after ?? before)?.kind ?? "", labels),
    before?.amount ?? null,
    after?.amount ?? null,
    actor.person,
    actor.organisationId,
    actor.role,
    str(r.reason ?? r.amendmentReason),
    str(r.requestId ?? r.amendmentId),
    str(r.period),
    str(r.policyVersion),
  ];
};

export const historyColumns = (labels: Labels) => {
  const k = labels.columns;
  return [
    text(k.revision),
    text(k.recordedAt),
    text(k.occurredAt),
    text(k.step),
    text(k.position),
    text(k.level),
    text(k.unit),
    number(k.before),
    number(k.after),
    text(k.person),
    text(k.organisation),
    text(k.role),
    text(k.reason),
    text(k.request),
    text(k.period),
    text(k.policyVersion),
  ];
};

export const cellHistoryKind: KindDefinition = {
  body: (sources, p) => {
    const source = sources(cellHistory);
    if (!knowsAgreement(source, p.agreementId))
      return E.left({ _tag: "UnknownAgreement", agreementId: p.agreementId });
    if (p.cell === undefined)
      return E.left({ _tag: "MissingParameter", kind: "cell-history", parameter: "cell" });
    const entries = historyOf(source, p.agreementId, p.cell, p.limit === undefined ? {} : { limit: p.limit });
    const cell = positionKey(p.cell);
    // Entries of the row or result area it lies in do not make a misspelt cell known; a page
    // without the cell's own entries is looked past (only then is the whole history read).
    const own = (rows: readonly { position?: unknown }[]) =>
      rows.some((e) => (e.position as { key?: unknown }).key === cell);
    if (!own(entries) && (p.limit === undefined || !own(historyOf(source, p.agreementId, p.cell))))
      return E.left({ _tag: "UnknownCell", agreementId: p.agreementId, cell });
    return E.right({ cell, entries: entries as unknown as JsonValue[] });
  },
  tables: (body, labels): Table[] => {
    const b = body as { entries: Row[] };
    return [
      {
        id: "entries",
        title: labels.tables.entries,
        columns: historyColumns(labels),
        rows: b.entries.map((r) => historyRow(r, labels)),
      },
    ];
  },
};
