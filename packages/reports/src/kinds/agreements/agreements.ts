import type { JsonValue } from "@grant-ledger/core";
import { type Row, agreementRegister, listAgreements } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import type { Labels } from "../../labels/labels";
import { type Table, number, text } from "../../table/table";
import { type KindDefinition, str, unitName } from "../kind";

type Totals = Record<string, string> | null;
type Party = { name?: string; id?: string } | null;

const partyName = (p: unknown): string | null => {
  const party = p as Party;
  return party === null || party === undefined ? null : (party.name ?? party.id ?? null);
};

/** One table row per agreement and unit kind: hours and groups are never added. */
const rowsOf = (r: Row, labels: Labels): (string | null)[][] => {
  const offer = (r.offerTotals ?? null) as Totals;
  const draft = (r.draftTotals ?? null) as Totals;
  const contract = (r.contractTotals ?? null) as Totals;
  const kinds = [
    ...new Set([offer, draft, contract].flatMap((t) => (t === null ? [] : Object.keys(t)))),
  ].sort();
  const period = r.period as { start: string; end: string } | undefined;
  return (kinds.length === 0 ? [""] : kinds).map((kind) => [
    str(r.agreementId),
    partyName(r.municipality),
    partyName(r.provider),
    period?.start ?? null,
    period?.end ?? null,
    str(r.status),
    unitName(kind, labels),
    offer?.[kind] ?? null,
    draft?.[kind] ?? null,
    contract?.[kind] ?? null,
    str(r.lastRevision),
    str((r.lastChange as { recordedAt?: string } | undefined)?.recordedAt),
    str(r.signedAt),
  ]);
};

export const agreementsKind: KindDefinition = {
  body: (sources) =>
    E.right({ agreements: listAgreements(sources(agreementRegister)) as unknown as JsonValue[] }),
  tables: (body, labels): Table[] => {
    const k = labels.columns;
    return [
      {
        id: "agreements",
        title: labels.titles.agreements ?? "",
        columns: [
          text(k.agreement),
          text(k.municipality),
          text(k.provider),
          text(k.start),
          text(k.end),
          text(k.status),
          text(k.unit),
          number(k.offer),
          number(k.draft),
          number(k.contract),
          text(k.lastRevision),
          text(k.lastChange),
          text(k.signedAt),
        ],
        rows: (body as { agreements: Row[] }).agreements.flatMap((r) => rowsOf(r, labels)),
      },
    ];
  },
};
