import {
  type CellChange,
  type Decimal,
  Organisation,
  type UnitKind,
  ZERO,
  add,
  subtract,
  totalsByKind,
} from "@grant-ledger/core";
import type { JsonObject } from "@grant-ledger/core";
import type { ViewEvent } from "../event/viewEvent";
import { ledgerTimeOf, totalsFrom, totalsJson } from "../rows/encoding";
import { type Row, type RowReader, type RowSource, type RowView, type RowWrite, foldOf } from "../rows/rows";

const GROUP = "agreement";
const KEY = "";

/** Totals after a list of changes, each `to − from` in its own unit kind. */
const withChanges = (
  totals: Map<UnitKind, Decimal>,
  changes: readonly CellChange[],
): Map<UnitKind, Decimal> => {
  const next = new Map(totals);
  for (const c of changes) {
    if (c.from !== null) next.set(c.from.kind, subtract(next.get(c.from.kind) ?? ZERO, c.from.amount));
    if (c.to !== null) next.set(c.to.kind, add(next.get(c.to.kind) ?? ZERO, c.to.amount));
  }
  return next;
};

/** What one event changes in the agreement's register row (besides its last revision and change). */
const changesOf = (row: Row, e: ViewEvent): JsonObject => {
  const event = e.event;
  switch (event.type) {
    case "AgreementProposed": {
      const d = event.data;
      const totals = totalsJson(totalsByKind(d.offer));
      return {
        agreementId: d.agreementId,
        municipality: Organisation.encode(d.municipality) as unknown as JsonObject,
        provider: Organisation.encode(d.provider) as unknown as JsonObject,
        period: { start: d.period.start, end: d.period.end },
        frameworkAgreement: d.frameworkAgreement,
        status: "proposed",
        offerTotals: totals,
        draftTotals: totals,
        contractTotals: null,
        negotiationRounds: 0,
        signedAt: null,
        closedOn: null,
      };
    }
    case "AgreementNegotiated":
      return {
        negotiationRounds: event.data.round,
        draftTotals: totalsJson(withChanges(totalsFrom(row.draftTotals), event.data.cellChanges)),
      };
    case "AgreementSigned":
      return {
        status: "signed",
        contractTotals: totalsJson(totalsByKind(event.data.baseline)),
        signedAt: ledgerTimeOf(e),
      };
    case "AgreementAmended":
      // Reallocations keep every total; only amendments change the contract's.
      return { contractTotals: totalsJson(withChanges(totalsFrom(row.contractTotals), event.data.changes)) };
    case "AgreementClosed":
      return { status: "closed", closedOn: event.data.closedOn };
    default:
      return {};
  }
};

/**
 * Every agreement with its parties, period, status, totals per unit kind (offer, draft under
 * negotiation, contract as last approved), last revision and last change. One row per
 * agreement, rewritten by each of its events: a row the size of its terms, never of its history.
 */
export const agreementRegister: RowView = {
  name: "agreement_register",
  version: 1,
  step: (e: ViewEvent, rows: RowReader): readonly RowWrite[] => {
    const row = rows.get(GROUP, KEY) ?? {};
    const m = e.event.metadata;
    const next: Row = {
      ...row,
      ...changesOf(row, e),
      lastRevision: e.revision,
      lastChange: {
        type: e.event.type,
        actor: { organisationId: m.actor.organisationId, role: m.actor.role, person: m.actor.person },
        occurredAt: m.occurredAt,
        recordedAt: m.recordedAt,
      },
    };
    return [{ group: GROUP, key: KEY, row: next }];
  },
};

export const agreementRegisterFold = foldOf(agreementRegister);

/** The register: every agreement's row, by agreement id. */
export const listAgreements = (source: RowSource): readonly Row[] =>
  source.listAll(GROUP).map(([, row]) => row);

export const agreementEntry = (source: RowSource, agreementId: string): Row | undefined =>
  source.get(agreementId, GROUP, KEY);
