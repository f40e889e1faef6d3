import type { JsonValue } from "@grant-ledger/core";
import { type Row, reallocationRegister, reallocationsOf } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import type { Labels } from "../../labels/labels";
import { type Table, number, percent, text } from "../../table/table";
import { type KindDefinition, str, unitName, yesNo } from "../kind";

type Cell = { resultArea: string; workType: string; district: string };
type Shift = { from: Cell; to: Cell; quantity: { kind: string; amount: string } };
type Cumulative = { kind: string; percent: string | null; threshold: string; aboveThreshold: boolean };
const cellText = (c: Cell) => `${c.resultArea}/${c.workType}/${c.district}`;

/** One table row per shift: a request of two shifts is two rows with the same request id. */
const rowsOf = (r: Row, labels: Labels): (string | null)[][] => {
  const decision = r.decision as { actor: { person: string }; justification: string } | null;
  const cumulative = (r.cumulative ?? []) as Cumulative[];
  return (r.shifts as Shift[]).map((s) => {
    const c = cumulative.find((x) => x.kind === s.quantity.kind);
    return [
      str(r.requestId),
      str(r.status),
      cellText(s.from),
      cellText(s.to),
      unitName(s.quantity.kind, labels),
      s.quantity.amount,
      (r.requestedBy as { person: string }).person,
      str(r.requestedAt),
      str(r.justification),
      decision?.actor.person ?? null,
      decision?.justification ?? null,
      c?.percent ?? null,
      c?.threshold ?? null,
      c === undefined ? null : yesNo(c.aboveThreshold, labels),
    ];
  });
};

const registerColumns = (labels: Labels) => {
  const k = labels.columns;
  return [
    text(k.request),
    text(k.status),
    text(k.from),
    text(k.to),
    text(k.unit),
    number(k.units),
    text(k.requestedBy),
    text(k.requestedAt),
    text(k.justification),
    text(k.decidedBy),
    text(k.decision),
    percent(k.cumulative),
    percent(k.threshold),
    text(k.aboveThreshold),
  ];
};

// Of the register's columns, those of a request still open: request, from, to, unit, units, by, at, justification.
const PENDING_COLUMNS = [0, 2, 3, 4, 5, 6, 7, 8] as const;

/** The requests waiting for a decision, as the state report lists them: who asked what, when and why. */
export const pendingTable = (requests: readonly Row[], labels: Labels): Table => {
  const columns = registerColumns(labels);
  return {
    id: "pending",
    title: labels.tables.pending,
    columns: PENDING_COLUMNS.map((i) => columns[i]!),
    rows: requests.flatMap((r) => rowsOf(r, labels).map((row) => PENDING_COLUMNS.map((i) => row[i] ?? null))),
  };
};

export const registerKind: KindDefinition = {
  body: (sources, p) => {
    const requests = reallocationsOf(
      sources(reallocationRegister),
      p.agreementId,
      p.limit === undefined ? {} : { limit: p.limit },
    );
    return requests === undefined
      ? E.left({ _tag: "UnknownAgreement", agreementId: p.agreementId })
      : E.right({ requests: requests as unknown as JsonValue[] });
  },
  tables: (body, labels): Table[] => [
    {
      id: "requests",
      title: labels.titles.register ?? "",
      columns: registerColumns(labels),
      rows: (body as { requests: Row[] }).requests.flatMap((r) => rowsOf(r, labels)),
    },
  ],
};
